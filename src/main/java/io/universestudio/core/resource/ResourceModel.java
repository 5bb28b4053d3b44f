package io.universestudio.core.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.EditableJson;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.ObjectFileModel;
import io.universestudio.core.model.RevisionFile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * resource.json as the resource editor shows it: images, the two asset tables and the CLI binaries.
 * Immutable; edits return a new model whose text changes only where it was edited (ADR 0060), and
 * everything the editor does not show stays as it was.
 */
public final class ResourceModel extends ObjectFileModel {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ResourceModel(EditableJson json) {
        super(RevisionFile.RESOURCE, json);
    }

    /** The model of a resource.json document; empty when it does not parse or is not an object. */
    public static Optional<ResourceModel> of(JsonDocument document) {
        return editable(document).map(ResourceModel::new);
    }

    public static Optional<ResourceModel> parse(String text) {
        return editable(text).map(ResourceModel::new);
    }

    /** An empty resource.json: {@code {}}. */
    public static ResourceModel blank() {
        return parse("{}\n").orElseThrow();
    }

    // ---- images -----------------------------------------------------------------------------------------

    public Optional<String> image(ImageSlot icon) {
        JsonNode v = tree.path("images").path(icon.key());
        return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    public List<String> screenshots() {
        List<String> out = new ArrayList<>();
        tree.path("images").path("screenshots").forEach(s -> out.add(s.asText()));
        return out;
    }

    /** Every image: the icons present, then the screenshots. */
    public List<ImageRef> images() {
        List<ImageRef> out = new ArrayList<>();
        for (ImageSlot slot : ImageSlot.values()) {
            if (slot.isIcon()) {
                image(slot).ifPresent(url -> out.add(new ImageRef(slot, -1, url)));
            }
        }
        List<String> shots = screenshots();
        for (int i = 0; i < shots.size(); i++) {
            out.add(new ImageRef(ImageSlot.SCREENSHOT, i, shots.get(i)));
        }
        return out;
    }

    /** Sets an icon's URL ({@code null} or blank removes it). */
    public ResourceEdit withImage(ImageSlot icon, String url) {
        if (!icon.isIcon()) {
            return ResourceEdit.refused(this, "Screenshots are a list: use withScreenshots.");
        }
        JsonNode value = url == null || url.isBlank() ? null : NODES.textNode(url.trim());
        return ResourceEdit.done(withTree(update(tree, List.of("images"), o -> put(o, icon.key(), value))));
    }

    /** Replaces the screenshots (an empty list removes the key). */
    public ResourceEdit withScreenshots(List<String> urls) {
        ArrayNode a = NODES.arrayNode();
        urls.stream().filter(u -> u != null && !u.isBlank()).forEach(u -> a.add(u.trim()));
        return ResourceEdit.done(withTree(update(tree, List.of("images"), o -> put(o, "screenshots", a.isEmpty() ? null : a))));
    }

    /** Sets the three icons at once, e.g. to the hosted URLs of {@link ScaledIcons#urls}. */
    public ResourceEdit withIcons(Map<ImageSlot, String> urls) {
        ResourceModel m = this;
        for (Map.Entry<ImageSlot, String> e : urls.entrySet()) {
            ResourceEdit r = m.withImage(e.getKey(), e.getValue());
            if (!r.applied()) {
                return ResourceEdit.refused(this, r.refusalMessage());
            }
            m = r.model();
        }
        return ResourceEdit.done(m);
    }

    // ---- assets -----------------------------------------------------------------------------------------

    public List<Asset> assets(AssetKind kind) {
        List<Asset> out = new ArrayList<>();
        JsonNode table = at(kind.path());
        Iterator<Map.Entry<String, JsonNode>> it = table.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(new Asset(kind, e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    /** Adds an alias (last) or changes its value in place. */
    public ResourceEdit withAsset(AssetKind kind, String alias, String value) {
        Optional<String> bad = aliasProblem(alias);
        if (bad.isPresent()) {
            return ResourceEdit.refused(this, bad.get());
        }
        return ResourceEdit.done(withTree(update(tree, kind.path(), o -> put(o, alias, NODES.textNode(value == null ? "" : value)))));
    }

    /** Removes an alias; empty tables are removed too, so {@code {}} is not left behind. */
    public ResourceEdit withoutAsset(AssetKind kind, String alias) {
        if (!at(kind.path()).has(alias)) {
            return ResourceEdit.refused(this, "There is no " + kind.templatePath(alias) + ".");
        }
        ObjectNode next = update(tree, kind.path(), o -> put(o, alias, null));
        return ResourceEdit.done(withTree(pruneEmpty(next, kind.path())));
    }

    /** Renames an alias in place (remember the template: see {@link AssetUsages}). */
    public ResourceEdit renameAsset(AssetKind kind, String from, String to) {
        JsonNode table = at(kind.path());
        Optional<String> bad = aliasProblem(to);
        if (!table.has(from)) {
            return ResourceEdit.refused(this, "There is no " + kind.templatePath(from) + ".");
        }
        if (bad.isPresent() || (table.has(to) && !from.equals(to))) {
            return ResourceEdit.refused(this, bad.orElse("The alias \"" + to + "\" is already used."));
        }
        return ResourceEdit.done(withTree(update(tree, kind.path(), o -> {
            ObjectNode out = NODES.objectNode();
            o.fields().forEachRemaining(e -> out.set(e.getKey().equals(from) ? to : e.getKey(), e.getValue()));
            return out;
        })));
    }

    private static Optional<String> aliasProblem(String alias) {
        if (alias == null || alias.isEmpty()) {
            return Optional.of("An asset needs an alias.");
        }
        if (alias.contains(".") || alias.chars().anyMatch(c -> Character.isWhitespace(c) || c == '{' || c == '}')) {
            return Optional.of("\"" + alias + "\" cannot be used in a template path: use letters, digits, - and _.");
        }
        return Optional.empty();
    }

    // ---- CLI --------------------------------------------------------------------------------------------

    public List<CliBinary> cliBinaries() {
        List<CliBinary> out = new ArrayList<>();
        for (CliBinary.Os os : CliBinary.Os.values()) {
            cliBinary(os).ifPresent(out::add);
        }
        return out;
    }

    public Optional<CliBinary> cliBinary(CliBinary.Os os) {
        JsonNode b = tree.path("cli").path("binaries").path(os.key()).path(CliBinary.ARCH);
        if (!b.isObject()) {
            return Optional.empty();
        }
        String sha = "";
        for (JsonNode h : b.path("contentHash")) {
            if ("sha256".equals(h.path("algo").asText())) {
                sha = h.path("value").asText();
            }
        }
        return Optional.of(new CliBinary(os, b.path("kind").asText(), b.path("url").asText(), sha));
    }

    /** Sets one OS's binary; other keys of that binary object stay. */
    public ResourceEdit withCliBinary(CliBinary binary) {
        List<String> path = List.of("cli", "binaries", binary.os().key(), CliBinary.ARCH);
        return ResourceEdit.done(withTree(update(tree, path, o -> {
            ObjectNode b = put(o, "kind", NODES.textNode(binary.kind()));
            b = put(b, "url", NODES.textNode(binary.url()));
            ArrayNode hashes = NODES.arrayNode();
            hashes.addObject().put("algo", "sha256").put("value", binary.sha256());
            return put(b, "contentHash", hashes);
        })));
    }

    /** Removes one OS's binary, and the {@code cli} object when no binary is left. */
    public ResourceEdit withoutCliBinary(CliBinary.Os os) {
        if (cliBinary(os).isEmpty()) {
            return ResourceEdit.refused(this, "There is no " + os.key() + " binary.");
        }
        ObjectNode next = update(tree, List.of("cli", "binaries"), o -> put(o, os.key(), null));
        return ResourceEdit.done(withTree(pruneEmpty(next, List.of("cli", "binaries"))));
    }

    // ---- checks -----------------------------------------------------------------------------------------

    /** What to fix, found without the network: image URLs, CLI URLs and hashes. */
    public List<ResourceIssue> issues() {
        List<ResourceIssue> out = new ArrayList<>();
        images().forEach(i -> out.addAll(ImageCheck.url(i)));
        for (CliBinary b : cliBinaries()) {
            String p = "/cli/binaries/" + b.os().key() + "/" + CliBinary.ARCH;
            if (!b.url().startsWith("https://") && !b.url().startsWith("http://")) {
                out.add(new ResourceIssue(p + "/url", "The " + b.os().key() + " binary's URL must start with https://"
                        + " (the index generator rejects others)."));
            }
            if (!b.kind().equals(CliBinary.EXECUTABLE) && !b.kind().equals(CliBinary.ZIP)) {
                out.add(new ResourceIssue(p + "/kind", "kind must be \"executable\" or \"zip\"."));
            }
            if (!Sha256.looksValid(b.sha256())) {
                out.add(new ResourceIssue(p + "/contentHash", "The " + b.os().key()
                        + " binary needs a sha256 of 64 hex digits: drop the file here to compute it."));
            }
        }
        return out;
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private ResourceModel withTree(ObjectNode newTree) {
        EditableJson next = json.withTree(newTree);
        return next == json ? this : new ResourceModel(next);
    }

    private JsonNode at(List<String> path) {
        JsonNode n = tree;
        for (String p : path) {
            n = n.path(p);
        }
        return n;
    }

    /** Copy-on-write: copies only the objects on the path (creating missing ones) and changes the last. */
    private static ObjectNode update(ObjectNode root, List<String> path, UnaryOperator<ObjectNode> change) {
        ObjectNode copy = NODES.objectNode();
        copy.setAll(root);
        if (path.isEmpty()) {
            return change.apply(copy);
        }
        JsonNode child = root.get(path.get(0));
        ObjectNode c = child != null && child.isObject() ? (ObjectNode) child : NODES.objectNode();
        copy.set(path.get(0), update(c, path.subList(1, path.size()), change));
        return copy;
    }

    private static ObjectNode put(ObjectNode o, String key, JsonNode value) {
        if (value == null) {
            o.remove(key);
        } else {
            o.set(key, value);
        }
        return o;
    }

    /** Removes objects along {@code path} that became empty, deepest first. */
    private static ObjectNode pruneEmpty(ObjectNode root, List<String> path) {
        for (int depth = path.size(); depth > 0; depth--) {
            List<String> p = path.subList(0, depth);
            JsonNode n = root;
            for (String k : p) {
                n = n.path(k);
            }
            if (n.isObject() && n.isEmpty()) {
                String emptied = p.get(depth - 1);
                root = update(root, p.subList(0, depth - 1), o -> put(o, emptied, null));
            } else {
                break;
            }
        }
        return root;
    }
}

package io.universestudio.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.universestudio.core.json.EditableJson;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.ObjectFileModel;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * config.json as an editable tree of options. Immutable: every edit returns a new schema (in an
 * {@link EditResult}), whose {@link #text()} changes only the text of what was edited (see
 * {@link JsonSplicer} and ADR 0060). With no edit, {@link #text()} is the text it was read from, byte for
 * byte, so {@link #applyTo(Revision)} leaves an unedited revision as it was.
 *
 * <p>The tree is shared between schemas and must be treated as read-only.
 */
public final class ConfigSchema extends ObjectFileModel {

    private ConfigSchema(EditableJson json) {
        super(RevisionFile.CONFIG, json);
    }

    /** The options model of a config.json document; empty when it does not parse or is not a JSON object. */
    public static Optional<ConfigSchema> of(JsonDocument document) {
        return editable(document).map(ConfigSchema::new);
    }

    /** The options model of config.json text; empty when it does not parse or is not a JSON object. */
    public static Optional<ConfigSchema> parse(String text) {
        return editable(text).map(ConfigSchema::new);
    }

    /** A new config: {@code {"type": "object", "properties": {}}}, which DC/OS UI can draw. */
    public static ConfigSchema blank() {
        return parse("{\n  \"type\": \"object\",\n  \"properties\": {}\n}\n").orElseThrow();
    }

    /** The config object itself, whose children are the top-level options (the install form's tabs). */
    public ConfigOption root() {
        return new ConfigOption(OptionPath.ROOT, tree, false);
    }

    /** The option at {@code path}; a direct walk down the tree, cheap enough to call per template tag. */
    public Optional<ConfigOption> option(OptionPath path) {
        JsonNode node = tree;
        JsonNode parent = null;
        for (String name : path.names()) {
            JsonNode props = node.get("properties");
            JsonNode child = props != null && props.isObject() ? props.get(name) : null;
            if (child == null) {
                return Optional.empty();
            }
            parent = node;
            node = child;
        }
        return Optional.of(new ConfigOption(path, node, parent != null && listsRequired(parent, path.name())));
    }

    private static boolean listsRequired(JsonNode parent, String name) {
        JsonNode r = parent.get("required");
        if (r != null && r.isArray()) {
            for (JsonNode e : r) {
                if (e.isTextual() && e.asText().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every option below the root, depth first in key order. */
    public List<ConfigOption> allOptions() {
        List<ConfigOption> out = new ArrayList<>();
        collect(root(), out);
        return out;
    }

    private static void collect(ConfigOption o, List<ConfigOption> out) {
        for (ConfigOption c : o.children()) {
            out.add(c);
            collect(c, out);
        }
    }

    /** Every issue of every option (the root included). */
    public List<OptionIssue> issues() {
        List<OptionIssue> out = new ArrayList<>(root().issues());
        allOptions().forEach(o -> out.addAll(o.issues()));
        return out;
    }

    // ---- edits ------------------------------------------------------------------------------------------

    /** Adds an empty option of {@code type} as the last child of {@code parent}. */
    public EditResult add(OptionPath parent, String name, OptionType type) {
        return add(parent, Integer.MAX_VALUE, name, blankOption(type));
    }

    /** Adds {@code schema} as option {@code name} at {@code index} among {@code parent}'s children. */
    public EditResult add(OptionPath parent, int index, String name, ObjectNode schema) {
        Optional<String> problem = canHoldChild(parent, name);
        if (problem.isPresent()) {
            return EditResult.refused(this, parent, problem.get());
        }
        ObjectNode next = Nodes.update(tree, parent.schemaTokens(), p -> withChild(p, index, name, schema));
        return EditResult.done(withTree(next), parent.child(name));
    }

    public EditResult remove(OptionPath path) {
        Optional<String> problem = existing(path);
        if (problem.isPresent()) {
            return EditResult.refused(this, path, problem.get());
        }
        ObjectNode next = Nodes.update(tree, path.parent().schemaTokens(), p -> withoutChild(p, path.name()));
        return EditResult.done(withTree(next), path.parent());
    }

    /** Renames an option in place; the parent's {@code required} follows. See also the template rename preview. */
    public EditResult rename(OptionPath path, String newName) {
        Optional<String> problem = existing(path).or(() -> newName.equals(path.name()) ? Optional.empty()
                : nameProblem(path.parent(), newName));
        if (problem.isPresent()) {
            return EditResult.refused(this, path, problem.get());
        }
        if (newName.equals(path.name())) {
            return EditResult.done(this, path);
        }
        ObjectNode next = Nodes.update(tree, path.parent().schemaTokens(), p -> {
            ObjectNode props = Nodes.renameKey((ObjectNode) p.get("properties"), path.name(), newName);
            ObjectNode withProps = Nodes.withKeyword(p, SchemaKeyword.PROPERTIES, props);
            return Nodes.renameRequired(withProps, path.name(), newName);
        });
        return EditResult.done(withTree(next), path.renamed(newName));
    }

    /** Copies an option next to itself as {@code name_copy} (then {@code name_copy2}, ...). */
    public EditResult duplicate(OptionPath path) {
        Optional<String> problem = existing(path);
        if (problem.isPresent()) {
            return EditResult.refused(this, path, problem.get());
        }
        ConfigOption parent = option(path.parent()).orElseThrow();
        List<String> siblings = parent.children().stream().map(ConfigOption::name).toList();
        String name = path.name() + "_copy";
        for (int n = 2; siblings.contains(name); n++) {
            name = path.name() + "_copy" + n;
        }
        ConfigOption original = option(path).orElseThrow();
        String copyName = name;
        ObjectNode next = Nodes.update(tree, path.parent().schemaTokens(), p -> {
            ObjectNode added = withChild(p, siblings.indexOf(path.name()) + 1, copyName, original.schema().deepCopy());
            return original.required() ? Nodes.withRequired(added, copyName, true) : added;
        });
        return EditResult.done(withTree(next), path.renamed(copyName));
    }

    /**
     * Moves an option to position {@code index} among the children of {@code newParent} (the same parent
     * to reorder). Whether it is required moves with it.
     */
    public EditResult move(OptionPath path, OptionPath newParent, int index) {
        Optional<String> problem = existing(path);
        if (problem.isEmpty() && newParent.startsWith(path)) {
            problem = Optional.of("An option cannot be moved into itself.");
        }
        if (problem.isEmpty() && !newParent.equals(path.parent())) {
            problem = canHoldChild(newParent, path.name());
        }
        if (problem.isPresent()) {
            return EditResult.refused(this, path, problem.get());
        }
        ConfigOption moving = option(path).orElseThrow();
        JsonNode schema = moving.schema();
        ObjectNode next;
        if (newParent.equals(path.parent())) {
            next = Nodes.update(tree, newParent.schemaTokens(), p -> Nodes.withKeyword(p, SchemaKeyword.PROPERTIES,
                    Nodes.insertAt((ObjectNode) p.get("properties"), index, path.name(), schema)));
        } else {
            ObjectNode removed = Nodes.update(tree, path.parent().schemaTokens(), p -> withoutChild(p, path.name()));
            next = Nodes.update(removed, newParent.schemaTokens(), p -> {
                ObjectNode added = withChild(p, index, path.name(), schema);
                return moving.required() ? Nodes.withRequired(added, path.name(), true) : added;
            });
        }
        return EditResult.done(withTree(next), newParent.child(path.name()));
    }

    /** Sets a modelled keyword ({@code null} removes it). {@code properties} and {@code required} change through the other edits. */
    public EditResult set(OptionPath path, SchemaKeyword keyword, JsonNode value) {
        if (keyword == SchemaKeyword.PROPERTIES || keyword == SchemaKeyword.REQUIRED) {
            return EditResult.refused(this, path, "Change " + keyword.json()
                    + " by adding, removing or marking options instead.");
        }
        Optional<String> problem = existingOrRoot(path);
        if (problem.isPresent()) {
            return EditResult.refused(this, path, problem.get());
        }
        ObjectNode next = Nodes.update(tree, path.schemaTokens(), o -> Nodes.withKeyword(o, keyword, value));
        return EditResult.done(withTree(next), path);
    }

    /** Sets a keyword the editor does not model ({@code null} removes it); new ones go last. */
    public EditResult setOther(OptionPath path, String keyword, JsonNode value) {
        if (SchemaKeyword.byName(keyword).isPresent()) {
            return set(path, SchemaKeyword.byName(keyword).get(), value);
        }
        Optional<String> problem = existingOrRoot(path);
        if (problem.isPresent()) {
            return EditResult.refused(this, path, problem.get());
        }
        ObjectNode next = Nodes.update(tree, path.schemaTokens(), o -> {
            if (value == null) {
                o.remove(keyword);
            } else {
                o.set(keyword, value);
            }
            return o;
        });
        return EditResult.done(withTree(next), path);
    }

    /** Marks an option required or not in its parent's {@code required} list (removed when it empties). */
    public EditResult setRequired(OptionPath path, boolean required) {
        Optional<String> problem = existing(path);
        if (problem.isPresent()) {
            return EditResult.refused(this, path, problem.get());
        }
        ObjectNode next = Nodes.update(tree, path.parent().schemaTokens(), p -> Nodes.withRequired(p, path.name(), required));
        return EditResult.done(withTree(next), path);
    }

    public EditResult setType(OptionPath path, OptionType type) {
        return set(path, SchemaKeyword.TYPE, type == null ? null : TextNode.valueOf(type.jsonName()));
    }

    public EditResult setDescription(OptionPath path, String description) {
        return set(path, SchemaKeyword.DESCRIPTION, description == null ? null : TextNode.valueOf(description));
    }

    public EditResult setDefault(OptionPath path, JsonNode value) {
        return set(path, SchemaKeyword.DEFAULT, value);
    }

    public EditResult setEnum(OptionPath path, List<JsonNode> values) {
        return set(path, SchemaKeyword.ENUM, values == null || values.isEmpty() ? null
                : Nodes.NODES.arrayNode().addAll(values));
    }

    public EditResult setMinimum(OptionPath path, BigDecimal minimum) {
        return set(path, SchemaKeyword.MINIMUM, number(minimum));
    }

    public EditResult setMaximum(OptionPath path, BigDecimal maximum) {
        return set(path, SchemaKeyword.MAXIMUM, number(maximum));
    }

    /** Sets the pattern even when it is invalid (people type patterns a character at a time); see {@link ConfigOption#patternProblem()}. */
    public EditResult setPattern(OptionPath path, String pattern) {
        return set(path, SchemaKeyword.PATTERN, pattern == null ? null : TextNode.valueOf(pattern));
    }

    public EditResult setFormat(OptionPath path, String format) {
        return set(path, SchemaKeyword.FORMAT, format == null ? null : TextNode.valueOf(format));
    }

    public EditResult setMedia(OptionPath path, MediaHint media) {
        return set(path, SchemaKeyword.MEDIA, media == null ? null : media.toJson());
    }

    /** {@code false} makes misspelt option names fail validation (universe #106); null removes the keyword. */
    public EditResult setAdditionalProperties(OptionPath path, JsonNode value) {
        return set(path, SchemaKeyword.ADDITIONAL_PROPERTIES, value);
    }

    /** This schema holding {@code newTree}, its text changed only where the trees differ. */
    public ConfigSchema withTree(ObjectNode newTree) {
        EditableJson next = json.withTree(newTree);
        return next == json ? this : new ConfigSchema(next);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static BigDecimal plain(BigDecimal b) {
        return b.scale() < 0 ? b.setScale(0) : b;
    }

    private static JsonNode number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = plain(value);
        return v.scale() == 0 && v.unscaledValue().bitLength() < 63 ? Nodes.NODES.numberNode(v.longValueExact()) : Nodes.NODES.numberNode(v);
    }

    static ObjectNode blankOption(OptionType type) {
        ObjectNode o = Nodes.NODES.objectNode();
        o.put("type", type.jsonName());
        if (type == OptionType.OBJECT) {
            o.set("properties", Nodes.NODES.objectNode());
        }
        return o;
    }

    private static ObjectNode withChild(ObjectNode parent, int index, String name, JsonNode schema) {
        JsonNode props = parent.get("properties");
        ObjectNode current = props != null && props.isObject() ? (ObjectNode) props : Nodes.NODES.objectNode();
        ObjectNode withProps = Nodes.withKeyword(parent, SchemaKeyword.PROPERTIES,
                Nodes.insertAt(current, Math.min(index, current.size()), name, schema));
        return parent.has("type") ? withProps : Nodes.withKeyword(withProps, SchemaKeyword.TYPE, TextNode.valueOf("object"));
    }

    private static ObjectNode withoutChild(ObjectNode parent, String name) {
        ObjectNode props = Nodes.shallowCopy((ObjectNode) parent.get("properties"));
        props.remove(name);
        return Nodes.withRequired(Nodes.withKeyword(parent, SchemaKeyword.PROPERTIES, props), name, false);
    }

    private Optional<String> existing(OptionPath path) {
        if (path.isRoot()) {
            return Optional.of("The config object itself cannot be removed, renamed or moved.");
        }
        return existingOrRoot(path);
    }

    private Optional<String> existingOrRoot(OptionPath path) {
        Optional<ConfigOption> o = option(path);
        if (o.isEmpty()) {
            return Optional.of("There is no option " + path + ".");
        }
        if (o.get().malformed()) {
            return Optional.of("The schema of " + path + " is not a JSON object; fix it in the JSON view.");
        }
        return Optional.empty();
    }

    private Optional<String> canHoldChild(OptionPath parent, String name) {
        Optional<ConfigOption> p = option(parent);
        if (p.isEmpty()) {
            return Optional.of("There is no option " + parent + ".");
        }
        if (p.get().malformed()) {
            return Optional.of("The schema of " + parent + " is not a JSON object; fix it in the JSON view.");
        }
        List<OptionType> types = p.get().types();
        if (!types.isEmpty() && !types.contains(OptionType.OBJECT)) {
            return Optional.of(parent + " is of type " + p.get().typeText()
                    + ": make it an object to put options inside it.");
        }
        JsonNode props = p.get().schema().get("properties");
        if (props != null && !props.isObject()) {
            return Optional.of("The properties of " + parent + " are not a JSON object; fix them in the JSON view.");
        }
        return nameProblem(parent, name);
    }

    private Optional<String> nameProblem(OptionPath parent, String name) {
        Optional<String> bad = OptionNames.problem(name);
        if (bad.isPresent()) {
            return bad;
        }
        boolean taken = option(parent).map(p -> p.child(name).isPresent()).orElse(false);
        return taken ? Optional.of("\"" + name + "\" is already " + (parent.isRoot() ? "a top-level option"
                : "an option of " + parent) + "; choose another name.") : Optional.empty();
    }
}

package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.PackageField;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionRef;
import io.universestudio.core.model.SourceText;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A revision as Cosmos holds it after decoding its repository entry: the package model of its
 * packagingVersion encoded again, with every field the model knows (null when absent), in the model's
 * order, and unknown fields dropped. {@code DCOS_PACKAGE_DEFINITION} carries this JSON, and the render
 * scope's {@code resource} is its resource part.
 */
public final class CosmosPackage {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> PLATFORMS = List.of("windows", "linux", "darwin");
    private static final List<String> IMAGES = List.of("icon-small", "icon-medium", "icon-large", "screenshots");

    private CosmosPackage() {
    }

    /** The packagingVersion Cosmos decodes the entry as (2.0 when package.json does not say). */
    public static PackagingVersion packagingVersion(Revision revision) {
        return revision.packagingVersion().orElse(PackagingVersion.V2_0);
    }

    /** The package definition as Cosmos re-encodes it (nulls kept). */
    public static ObjectNode definition(Revision revision) {
        PackagingVersion pv = packagingVersion(revision);
        ObjectNode pkg = revision.packageJson().map(JsonDocument::objectOrEmpty).orElseGet(NODES::objectNode);
        ObjectNode out = NODES.objectNode();
        for (String field : PackageField.cosmosOrder(pv)) {
            JsonNode value = switch (field) {
                case "packagingVersion" -> NODES.textNode(pv.text());
                case "releaseVersion" -> NODES.numberNode(releaseVersion(revision));
                case "marathon" -> marathon(revision);
                case "resource" -> resource(revision);
                case "config" -> revision.config().flatMap(JsonDocument::tree).<JsonNode>map(JsonNode::deepCopy)
                        .orElse(NullNode.instance);
                case "command" -> command(revision);
                case "licenses" -> licenses(pkg.get("licenses"));
                case "manager" -> manager(pkg.get("manager"));
                default -> copyOrNull(pkg.get(field));
            };
            out.set(field, value);
        }
        return out;
    }

    /** The resource as the render scope sees it: the decoded model encoded again (null when there is none). */
    public static JsonNode resource(Revision revision) {
        JsonNode raw = revision.resource().flatMap(JsonDocument::tree).orElse(null);
        if (raw == null || !raw.isObject()) {
            return NullNode.instance;
        }
        ObjectNode out = NODES.objectNode();
        out.set("assets", assets(raw.get("assets")));
        out.set("images", images(raw.get("images")));
        if (packagingVersion(revision).allowsCli()) {
            out.set("cli", cli(raw.get("cli")));
        }
        return out;
    }

    /** The Universe generator sets releaseVersion to the revision folder's number. */
    private static int releaseVersion(Revision revision) {
        return revision.origin().refIfAny().map(RevisionRef::number).filter(n -> n.isPresent())
                .map(n -> n.getAsInt()).orElse(0);
    }

    private static JsonNode marathon(Revision revision) {
        return revision.source(RevisionFile.TEMPLATE).map(SourceText::bytes)
                .filter(b -> b.length > 0)
                .<JsonNode>map(b -> NODES.objectNode().put("v2AppMustacheTemplate", Base64.getEncoder().encodeToString(b)))
                .orElse(NullNode.instance);
    }

    private static JsonNode command(Revision revision) {
        JsonNode cmd = revision.command().flatMap(JsonDocument::tree).orElse(null);
        if (cmd == null || !cmd.isObject()) {
            return NullNode.instance;
        }
        return NODES.objectNode().set("pip", copyOrNull(cmd.get("pip")));
    }

    private static JsonNode licenses(JsonNode licenses) {
        if (licenses == null || !licenses.isArray()) {
            return copyOrNull(licenses);
        }
        ArrayNode out = NODES.arrayNode();
        for (JsonNode l : licenses) {
            out.add(pick(l, List.of("name", "url")));
        }
        return out;
    }

    private static JsonNode manager(JsonNode manager) {
        return manager == null || !manager.isObject() ? copyOrNull(manager)
                : pick(manager, List.of("packageName", "minPackageVersion"));
    }

    private static JsonNode assets(JsonNode assets) {
        if (assets == null || !assets.isObject()) {
            return copyOrNull(assets);
        }
        ObjectNode out = NODES.objectNode();
        out.set("uris", copyOrNull(assets.get("uris")));
        JsonNode container = assets.get("container");
        out.set("container", container == null || !container.isObject() ? copyOrNull(container)
                : NODES.objectNode().set("docker", copyOrNull(container.get("docker"))));
        return out;
    }

    private static JsonNode images(JsonNode images) {
        return images == null || !images.isObject() ? copyOrNull(images) : pick(images, IMAGES);
    }

    private static JsonNode cli(JsonNode cli) {
        if (cli == null || !cli.isObject()) {
            return copyOrNull(cli);
        }
        JsonNode binaries = cli.get("binaries");
        if (binaries == null || !binaries.isObject()) {
            return NODES.objectNode().set("binaries", copyOrNull(binaries));
        }
        ObjectNode platforms = NODES.objectNode();
        for (String platform : PLATFORMS) {
            JsonNode p = binaries.get(platform);
            if (p == null || !p.isObject()) {
                platforms.set(platform, copyOrNull(p));
                continue;
            }
            ObjectNode arch = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : p.properties()) {
                arch.set(e.getKey(), binary(e.getValue()));
            }
            platforms.set(platform, arch);
        }
        return NODES.objectNode().set("binaries", platforms);
    }

    private static JsonNode binary(JsonNode b) {
        if (!b.isObject()) {
            return b.deepCopy();
        }
        ObjectNode out = (ObjectNode) pick(b, List.of("kind", "url"));
        JsonNode hashes = b.get("contentHash");
        if (hashes != null && hashes.isArray()) {
            ArrayNode list = NODES.arrayNode();
            hashes.forEach(h -> list.add(pick(h, List.of("algo", "value"))));
            out.set("contentHash", list);
        } else {
            out.set("contentHash", copyOrNull(hashes));
        }
        return out;
    }

    private static JsonNode pick(JsonNode source, List<String> fields) {
        if (!source.isObject()) {
            return source.deepCopy();
        }
        ObjectNode out = NODES.objectNode();
        fields.forEach(f -> out.set(f, copyOrNull(source.get(f))));
        return out;
    }

    private static JsonNode copyOrNull(JsonNode node) {
        return node == null ? NullNode.instance : node.deepCopy();
    }
}

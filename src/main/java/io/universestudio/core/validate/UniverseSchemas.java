package io.universestudio.core.validate;

import io.universestudio.core.json.Draft4;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.path.PathType;
import io.universestudio.core.model.PackagingVersion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The project's own draft-04 schemas for the package files (resources under
 * {@code io/universestudio/schemas/package/}), compiled once per JVM and shared: compiled schemas are
 * immutable and thread-safe, and compiling them is the slow part of validation.
 */
final class UniverseSchemas {

    private static final String BASE = "classpath:io/universestudio/schemas/package/";

    private final Map<PackagingVersion, Schema> packageBranches = new EnumMap<>(PackagingVersion.class);
    private final Map<String, JsonNode> documents = new HashMap<>();
    private final Schema resourceV2;
    private final Schema resourceV3;
    private final Schema command;
    private final Schema configMeta;

    static {
        // The schema library logs through SLF4J; with no SLF4J backend on the class path, SLF4J prints a
        // three-line warning to stderr on first use, which would pollute every CLI run.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    private final SchemaRegistry optionsRegistry;

    private UniverseSchemas() {
        // "format" is never asserted by the Universe (no format checker), so neither do we.
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(false)
                .pathType(PathType.JSON_POINTER)
                .regularExpressionFactory(PythonSearchRegex.INSTANCE)
                .build();
        SchemaRegistry registry = Draft4.registry(config);
        for (PackagingVersion v : PackagingVersion.values()) {
            String branch = "v" + v.text().replace(".", "") + "Package";
            packageBranches.put(v, load(registry, "package-schema.json#/definitions/" + branch));
        }
        resourceV2 = load(registry, "v2-resource-schema.json");
        resourceV3 = load(registry, "v3-resource-schema.json");
        command = load(registry, "command-schema.json");
        configMeta = load(registry, "config-schema.json");
        // For a package's own config.json as Cosmos applies it: draft-04, ECMA-style regexes, and whole
        // numbers count as integers (Cosmos normalises 80.0 to 80 before validating).
        optionsRegistry = Draft4.registry(SchemaRegistryConfig.builder().losslessNarrowing(true)
                .pathType(PathType.JSON_POINTER).build());
    }

    /** The registry for compiling a package's config.json as Cosmos would apply it to options. */
    SchemaRegistry optionsRegistry() {
        return optionsRegistry;
    }

    /**
     * The "properties" object next to the keyword at {@code location} (e.g. the fields allowed beside a
     * failed additionalProperties), or an empty object; used to suggest the field a typo meant.
     */
    JsonNode siblingProperties(SchemaLocation location) {
        if (location == null) {
            return MissingNode.getInstance();
        }
        String text = location.toString();
        int hash = text.indexOf('#');
        String file = text.substring(text.lastIndexOf('/', hash < 0 ? text.length() : hash) + 1,
                hash < 0 ? text.length() : hash);
        String fragment = hash < 0 ? "" : text.substring(hash + 1);
        JsonNode doc = documents.get(file);
        if (doc == null) {
            return MissingNode.getInstance();
        }
        String parent = fragment.isEmpty() ? "" : fragment.substring(0, Math.max(0, fragment.lastIndexOf('/')));
        return doc.at(parent + "/properties");
    }

    private Schema load(SchemaRegistry registry, String name) {
        String file = name.contains("#") ? name.substring(0, name.indexOf('#')) : name;
        documents.computeIfAbsent(file, UniverseSchemas::readResource);
        Schema s = registry.getSchema(SchemaLocation.of(BASE + name));
        s.initializeValidators();
        return s;
    }

    private static JsonNode readResource(String file) {
        try (InputStream in = UniverseSchemas.class.getResourceAsStream("/io/universestudio/schemas/package/" + file)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled schema " + file + " could not be read", e);
        }
    }

    private static final class Holder {
        static final UniverseSchemas INSTANCE = new UniverseSchemas();
    }

    static UniverseSchemas get() {
        return Holder.INSTANCE;
    }

    /** The package.json branch of one packagingVersion (never the oneOf of all four). */
    Schema packageJson(PackagingVersion version) {
        return packageBranches.get(version);
    }

    /** v2 for 2.0 (no cli), v3 for 3.0, 4.0 and 5.0. */
    Schema resourceJson(PackagingVersion version) {
        return version.allowsCli() ? resourceV3 : resourceV2;
    }

    Schema commandJson() {
        return command;
    }

    /** The draft-04 meta-schema every config.json must satisfy. */
    Schema configMetaSchema() {
        return configMeta;
    }
}

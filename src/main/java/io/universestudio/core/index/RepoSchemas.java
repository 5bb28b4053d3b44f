package io.universestudio.core.index;

import io.universestudio.core.json.Draft4;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.regex.RegularExpression;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The project's own draft-04 repository schemas (v3/v4/v5, {@code schemas/repo/}), compiled once.
 * Patterns use search semantics with Java's {@code $} (which, like Python's, also matches before a final
 * newline), as the Universe's jsonschema does; {@code format} is not asserted.
 */
public final class RepoSchemas {

    static final String FOLDER = "io/universestudio/schemas/repo/";
    private static final String DEFINITIONS = "classpath:" + FOLDER + "repo-definitions.json";

    private final Map<RepoVersion, Schema> repoSchemas = new EnumMap<>(RepoVersion.class);
    private final Map<String, Schema> entrySchemas = new java.util.HashMap<>();

    public RepoSchemas() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .regularExpressionFactory(RepoSchemas::searchPattern)
                .formatAssertionsEnabled(false)
                .build();
        SchemaRegistry registry = Draft4.registry(config);
        for (RepoVersion v : RepoVersion.values()) {
            Schema schema = registry.getSchema(SchemaLocation.of("classpath:" + v.schemaResource()));
            schema.initializeValidators();
            repoSchemas.put(v, schema);
        }
        for (String pv : List.of("2.0", "3.0", "4.0", "5.0")) {
            Schema schema = registry.getSchema(SchemaLocation.of(DEFINITIONS + "#/definitions/" + branch(pv)));
            schema.initializeValidators();
            entrySchemas.put(pv, schema);
        }
    }

    /** The schemas' base64String pattern (universe-format.md 2.2). */
    static final String BASE64_PATTERN =
            "^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)$";

    private static RegularExpression searchPattern(String regex) {
        if (regex.equals(BASE64_PATTERN)) {
            // Same language, one pass: templates are up to 1.3 MB and every oneOf branch checks them.
            return Base64Shape::matches;
        }
        Pattern p = Pattern.compile(regex);
        return s -> p.matcher(s).find();
    }

    private static String branch(String packagingVersion) {
        return "v" + packagingVersion.replace(".", "") + "Package";
    }

    /** Schema errors of a whole repository document, as "pointer: message" lines; empty when valid. */
    public List<String> errors(RepoVersion version, JsonNode repository) {
        return lines(repoSchemas.get(version).validate(repository));
    }

    /**
     * Why one entry would make a repository file of {@code version} invalid; empty when it would not.
     *
     * <p>A file validates exactly when each of its entries does (the schemas have no constraint across
     * items), and an entry matches the file's {@code oneOf} exactly when its declared packagingVersion is
     * one the file allows and it matches that version's definition, because every other branch fails on
     * the packagingVersion enum. So each entry is checked against its one definition, once, and that
     * result serves every file version (the corpus test validates whole files with the full schemas).
     */
    public List<String> entryErrors(RepoVersion version, JsonNode entry) {
        return entryErrors(version, entry, null);
    }

    /** As {@link #entryErrors(RepoVersion, JsonNode)}, reusing {@link #definitionErrors} if already known. */
    public List<String> entryErrors(RepoVersion version, JsonNode entry, List<String> knownDefinitionErrors) {
        String declared = declaredVersion(entry);
        if (declared == null) {
            return lines(repoSchemas.get(version).validate(single(entry)));
        }
        if (!version.allows(declared)) {
            return List.of("/packagingVersion: " + declared + " packages cannot be in a " + version.label()
                    + " repository file");
        }
        return knownDefinitionErrors != null ? knownDefinitionErrors : definitionErrors(entry);
    }

    /** Errors of the entry against the definition of its declared packagingVersion (empty: valid). */
    public List<String> definitionErrors(JsonNode entry) {
        String declared = declaredVersion(entry);
        if (declared == null) {
            return List.of("/packagingVersion: must be one of \"2.0\", \"3.0\", \"4.0\", \"5.0\"");
        }
        return lines(entrySchemas.get(declared).validate(entry));
    }

    private String declaredVersion(JsonNode entry) {
        JsonNode pv = entry.get("packagingVersion");
        String declared = pv != null && pv.isTextual() ? pv.textValue() : null;
        return declared != null && entrySchemas.containsKey(declared) ? declared : null;
    }

    private static JsonNode single(JsonNode entry) {
        ObjectNode single = JsonNodeFactory.instance.objectNode();
        single.putArray("packages").add(entry);
        return single;
    }

    private static List<String> lines(List<Error> errors) {
        List<String> out = new ArrayList<>();
        for (Error e : errors) {
            String at = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
            out.add((at.isEmpty() || at.equals("$") ? "/" : at) + ": " + e.getMessage());
        }
        return out;
    }
}

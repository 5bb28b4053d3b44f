package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.render.ConfigDefaults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The defaults of config.json, which the Universe never looks at: a default whose type contradicts the
 * declared type, and the options built from defaults alone failing the package's own schema, which
 * means nobody can install the package without typing something (Cosmos validates the merged options).
 */
final class ConfigDefaultRules implements Rule {

    private static final System.Logger LOG = System.getLogger(ConfigDefaultRules.class.getName());
    private static final int MAX_REPORTED = 25;
    private static final java.util.Set<String> SIMPLE_TYPES = java.util.Set.of("array", "boolean", "integer", "null",
            "number", "object", "string");

    /** Compiled config schemas by their text: live validation re-checks the same config on every keystroke. */
    private static final Map<String, Optional<Schema>> COMPILED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Schema>> eldest) {
            return size() > 16;
        }
    };

    @Override
    public List<Problem> check(Revision revision) {
        JsonDocument doc = revision.config().orElse(null);
        if (doc == null || doc.object().isEmpty()) {
            return List.of();
        }
        ObjectNode config = doc.object().get();
        if (JsonDepth.tooDeep(config)) {
            return List.of(); // JSON-TOO-DEEP is reported by the schema check
        }
        List<Problem> out = new ArrayList<>();
        ConfigSchemaWalker.walk(config, (pointer, schema) -> defaultType(doc, config, pointer, schema, out));
        ObjectNode defaults = ConfigDefaults.extract(config);
        if (!defaults.isEmpty()) { // Cosmos skips validation of empty options
            compiled(doc.text(), config).ifPresent(schema -> defaultsAgainstSchema(doc, config, schema, defaults, out));
        }
        return out;
    }

    private static void defaultType(JsonDocument doc, JsonNode config, String pointer, JsonNode schema, List<Problem> out) {
        JsonNode def = schema.get("default");
        JsonNode type = schema.get("type");
        if (def == null || type == null) {
            return;
        }
        List<String> declared = new ArrayList<>();
        if (type.isTextual()) {
            declared.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> declared.add(t.asText()));
        }
        String actual = Describe.typeOf(def);
        if (!SIMPLE_TYPES.containsAll(declared)) {
            return; // a misspelled type is the meta-schema's finding; comparing with it would only add noise
        }
        if (declared.isEmpty() || declared.contains(actual) || actual.equals("integer") && declared.contains("number")) {
            return;
        }
        String at = JsonPointers.child(pointer, "default");
        String crumb = ConfigBreadcrumbs.ofSchemaPointer(config, at);
        String expected = String.join(" or ", declared.stream().map(Describe::article).toList());
        out.add(Problem.warning("CONFIG-DEFAULT-TYPE").in(RevisionFile.CONFIG).at(at).at(doc.locations().nearest(at))
                .fix(declared.size() == 1 ? DefaultFixes.convertDefault(at, def, declared.get(0)) : null)
                .hint("Change the default to " + expected + (def.isTextual() && !declared.contains("string")
                        ? " without quotes" : "") + ", or change \"type\".")
                .message((crumb.isEmpty() ? "config.json" : crumb) + ": expected " + expected + ", got "
                        + Describe.value(def) + " as the default."));
    }

    private static void defaultsAgainstSchema(JsonDocument doc, JsonNode config, Schema schema, ObjectNode defaults,
                                              List<Problem> out) {
        List<Error> errors;
        try {
            errors = schema.validate(defaults);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "config defaults could not be validated", e);
            return;
        }
        int reported = 0;
        for (Error e : errors) {
            if ("type".equals(e.getKeyword()) || reported >= MAX_REPORTED) {
                continue; // wrong default types are CONFIG-DEFAULT-TYPE's
            }
            String option = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
            if ("required".equals(e.getKeyword())) {
                String missing = JsonPointers.child(option, e.getProperty());
                String at = ConfigBreadcrumbs.schemaPointerOfOption(missing);
                out.add(Problem.info("CONFIG-NEEDS-INPUT").in(RevisionFile.CONFIG).at(at)
                        .at(doc.locations().nearest(at))
                        .fix(DefaultFixes.addDefault(config, at))
                        .hint("Fine if the user must choose this value (a license key, a password); otherwise give it"
                                + " a \"default\".")
                        .message(ConfigBreadcrumbs.ofOptionPointer(config, missing) + " is required and has no default,"
                                + " so the package cannot be installed without user input."));
            } else {
                String at = ConfigBreadcrumbs.schemaPointerOfOption(option);
                String crumb = ConfigBreadcrumbs.ofOptionPointer(config, option);
                out.add(Problem.warning("CONFIG-DEFAULT-INVALID").in(RevisionFile.CONFIG).at(at)
                        .at(doc.locations().nearest(at))
                        .hint("Change the default so that it satisfies the option's own rules (" + e.getKeyword()
                                + "), or relax the rule.")
                        .message((crumb.isEmpty() ? "The defaults" : crumb) + ": the default fails its own schema ("
                                + e.getMessage() + "), so installing needs user input."));
            }
            reported++;
        }
    }

    private static Optional<Schema> compiled(String text, ObjectNode config) {
        synchronized (COMPILED) {
            Optional<Schema> cached = COMPILED.get(text);
            if (cached != null) {
                return cached;
            }
        }
        Optional<Schema> schema = compile(config);
        synchronized (COMPILED) {
            COMPILED.put(text, schema);
        }
        return schema;
    }

    private static Optional<Schema> compile(ObjectNode config) {
        // Never fetch remote schemas while typing (see OfflineSchema).
        ObjectNode copy = OfflineSchema.copyOf(config);
        try {
            Schema s = UniverseSchemas.get().optionsRegistry().getSchema(copy);
            s.initializeValidators();
            return Optional.of(s);
        } catch (RuntimeException e) {
            // An invalid config (bad pattern, malformed keyword) is reported by ConfigSchemaRules.
            LOG.log(System.Logger.Level.DEBUG, "config.json could not be compiled as a schema", e);
            return Optional.empty();
        }
    }

    static int cacheSize() {
        synchronized (COMPILED) {
            return COMPILED.size();
        }
    }
}

package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * config.json as a schema: valid against the draft-04 meta-schema (the Universe's check), plus what the
 * Universe misses: a top-level {@code "type": "object"} (the DC/OS form needs it), unknown or misspelled
 * keywords, and {@code pattern}s that are not regular expressions.
 */
final class ConfigSchemaRules implements Rule {

    /** Every draft-04 keyword. */
    static final Set<String> KEYWORDS = Set.of("id", "$schema", "$ref", "title", "description", "default",
            "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength",
            "pattern", "additionalItems", "items", "maxItems", "minItems", "uniqueItems", "maxProperties",
            "minProperties", "required", "additionalProperties", "definitions", "properties", "patternProperties",
            "dependencies", "enum", "type", "allOf", "anyOf", "oneOf", "not", "format");

    /**
     * Keywords that are not draft-04 but that DC/OS tools read as UI hints (1,211 uses of "media" in the
     * Universe, with "binaryEncoding" inside it), plus the usual annotation keywords of later drafts.
     */
    static final Set<String> UI_HINTS = Set.of("media", "binaryEncoding", "$comment", "examples", "readOnly",
            "writeOnly", "deprecated");

    @Override
    public List<Problem> check(Revision revision) {
        JsonDocument doc = revision.config().orElse(null);
        if (doc == null || doc.tree().isEmpty()) {
            return List.of();
        }
        JsonNode config = doc.tree().get();
        List<Problem> out = new ArrayList<>(SchemaFindings.check(UniverseSchemas.get().configMetaSchema(), doc,
                config, new Vocabulary(config)));
        if (!config.isObject()) {
            return out;
        }
        JsonNode type = config.get("type");
        if (type == null || !type.isTextual() || !type.asText().equals("object")) {
            out.add(Problem.warning("CONFIG-TOP-TYPE").in(RevisionFile.CONFIG).at(type == null ? "" : "/type")
                    .at(doc.locations().nearest(type == null ? "" : "/type"))
                    .hint("Add \"type\": \"object\" at the top of config.json, next to \"properties\".")
                    .message("config.json does not say \"type\": \"object\" at the top; the DC/OS installer cannot"
                            + " show the options form without it."));
        }
        ConfigSchemaWalker.walk(config, (pointer, schema) -> {
            keywords(doc, config, pointer, schema, out);
            pattern(doc, config, pointer, schema, out);
        });
        return out;
    }

    private static void keywords(JsonDocument doc, JsonNode config, String pointer, JsonNode schema, List<Problem> out) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (KEYWORDS.contains(key) || UI_HINTS.contains(key) || key.startsWith("x-")) {
                continue;
            }
            String at = JsonPointers.child(pointer, key);
            String suggestion = Spelling.closest(key, KEYWORDS);
            String crumb = ConfigBreadcrumbs.ofSchemaPointer(config, pointer + "/x");
            String where = crumb.isEmpty() ? "the top level of config.json" : crumb;
            boolean looksLikeOption = schema.get(key).isObject() && suggestion == null;
            out.add(Problem.warning("CONFIG-UNKNOWN-KEYWORD").in(RevisionFile.CONFIG).at(at)
                    .at(doc.locations().key(at).orElse(doc.locations().nearest(at)))
                    .hint(suggestion != null ? "Rename \"" + key + "\" to \"" + suggestion + "\"."
                            : looksLikeOption ? "If \"" + key + "\" is an option, move it inside \"properties\"."
                            : "Remove it, or check its spelling against the JSON schema keywords.")
                    .message(where + ": \"" + key + "\" is not a JSON schema keyword, so it has no effect"
                            + (suggestion != null ? ". Did you mean \"" + suggestion + "\"?" : ".")));
        }
    }

    private static void pattern(JsonDocument doc, JsonNode config, String pointer, JsonNode schema, List<Problem> out) {
        JsonNode p = schema.get("pattern");
        if (p == null || !p.isTextual()) {
            return;
        }
        try {
            Pattern.compile(p.asText());
        } catch (PatternSyntaxException e) {
            String at = JsonPointers.child(pointer, "pattern");
            String crumb = ConfigBreadcrumbs.ofSchemaPointer(config, at);
            out.add(Problem.error("CONFIG-PATTERN-INVALID").in(RevisionFile.CONFIG).at(at)
                    .at(doc.locations().nearest(at))
                    .hint("Fix the regular expression (" + e.getDescription() + " near position " + e.getIndex()
                            + "); remember that a backslash is written \\\\ inside a JSON string.")
                    .message((crumb.isEmpty() ? "config.json" : crumb) + ": the pattern " + Describe.value(p)
                            + " is not a valid regular expression, so DC/OS cannot check this option on install."));
        }
    }

    /** config.json wording: breadcrumbs built from the options' titles. */
    private record Vocabulary(JsonNode config) implements SchemaVocabulary {
        @Override
        public String prefix() {
            return "CONFIG-SCHEMA";
        }

        @Override
        public String breadcrumb(String pointer) {
            String crumb = ConfigBreadcrumbs.ofSchemaPointer(config, pointer);
            String keyword = JsonPointers.tokens(pointer).isEmpty() ? ""
                    : JsonPointers.tokens(pointer).get(JsonPointers.tokens(pointer).size() - 1);
            if (!KEYWORDS.contains(keyword)) {
                return crumb;
            }
            return (crumb.isEmpty() ? "config.json" : crumb) + " > \"" + keyword + "\"";
        }

        @Override
        public String fieldHint(String pointer, String fallback) {
            String last = pointer.substring(pointer.lastIndexOf('/') + 1);
            return switch (last) {
                case "type" -> "Use one of \"string\", \"number\", \"integer\", \"boolean\", \"object\", \"array\","
                        + " \"null\", or a list of them.";
                case "required" -> "List the names of required options, e.g. [\"name\"]; remove \"required\" if"
                        + " none are (draft-04 does not allow an empty list or true/false).";
                case "enum" -> "List at least one allowed value, each only once.";
                case "properties" -> "Write an object mapping each option's name to its schema.";
                case "items" -> "Give one schema object ({...}), or a non-empty list of schema objects.";
                case "additionalProperties", "additionalItems" -> "Use true, false or a schema object ({...}).";
                default -> fallback;
            };
        }
    }
}

package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonPointers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names an option of a config.json the way the DC/OS form shows it: "Service > CPUs", built from the
 * {@code title} of each property (or its name when it has none).
 */
final class ConfigBreadcrumbs {

    private static final Set<String> PASS_THROUGH = Set.of("items", "additionalProperties", "additionalItems", "not",
            "allOf", "anyOf", "oneOf", "definitions", "patternProperties", "dependencies");

    private ConfigBreadcrumbs() {
    }

    /** For a pointer into config.json (e.g. /properties/service/properties/cpus/default). */
    static String ofSchemaPointer(JsonNode config, String pointer) {
        List<String> names = new ArrayList<>();
        List<String> tokens = JsonPointers.tokens(pointer);
        JsonNode node = config;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("properties") && i + 1 < tokens.size()) {
                String name = tokens.get(++i);
                node = node.path("properties").path(name);
                names.add(label(node, name));
            } else {
                node = node.path(t); // path() never returns null: a missing node just has no title
                if (PASS_THROUGH.contains(t) || t.chars().allMatch(Character::isDigit) && !t.isEmpty()
                        || i == tokens.size() - 1) {
                    continue; // a keyword such as "default" or a list index: not part of the option's name
                }
                names.add(t);
            }
        }
        return String.join(" > ", names);
    }

    /** For a pointer into the options object (e.g. /service/cpus), walking the schema's properties. */
    static String ofOptionPointer(JsonNode config, String optionPointer) {
        List<String> names = new ArrayList<>();
        JsonNode node = config;
        for (String t : JsonPointers.tokens(optionPointer)) {
            node = node.path("properties").path(t);
            names.add(label(node, t));
        }
        return String.join(" > ", names);
    }

    /** The pointer into config.json of the schema describing the option at {@code optionPointer}. */
    static String schemaPointerOfOption(String optionPointer) {
        StringBuilder sb = new StringBuilder();
        for (String t : JsonPointers.tokens(optionPointer)) {
            sb.append("/properties").append(JsonPointers.child("", t));
        }
        return sb.toString();
    }

    private static String label(JsonNode schema, String name) {
        JsonNode title = schema.get("title");
        return title != null && title.isTextual() && !title.asText().isBlank() ? title.asText().trim() : name;
    }
}

package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonPointers;

import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;

/** Visits every sub-schema of a config.json schema with its JSON pointer, following draft-04's keywords. */
final class ConfigSchemaWalker {

    /** Deep enough for any real config (the deepest has 5 levels); stops a malicious file from recursing forever. */
    private static final int MAX_DEPTH = 64;

    private ConfigSchemaWalker() {
    }

    static void walk(JsonNode schema, BiConsumer<String, JsonNode> visitor) {
        walk(schema, "", visitor, 0);
    }

    private static void walk(JsonNode schema, String pointer, BiConsumer<String, JsonNode> visitor, int depth) {
        if (schema == null || !schema.isObject() || depth > MAX_DEPTH) {
            return;
        }
        visitor.accept(pointer, schema);
        for (String mapKeyword : new String[] {"properties", "patternProperties", "definitions", "dependencies"}) {
            JsonNode map = schema.get(mapKeyword);
            if (map != null && map.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    walk(e.getValue(), JsonPointers.child(JsonPointers.child(pointer, mapKeyword), e.getKey()),
                            visitor, depth + 1);
                }
            }
        }
        for (String single : new String[] {"items", "additionalItems", "additionalProperties", "not"}) {
            JsonNode sub = schema.get(single);
            if (sub != null && sub.isObject()) {
                walk(sub, JsonPointers.child(pointer, single), visitor, depth + 1);
            } else if (sub != null && sub.isArray() && single.equals("items")) {
                for (int i = 0; i < sub.size(); i++) {
                    walk(sub.get(i), JsonPointers.child(JsonPointers.child(pointer, single), i), visitor, depth + 1);
                }
            }
        }
        for (String list : new String[] {"allOf", "anyOf", "oneOf"}) {
            JsonNode sub = schema.get(list);
            if (sub != null && sub.isArray()) {
                for (int i = 0; i < sub.size(); i++) {
                    walk(sub.get(i), JsonPointers.child(JsonPointers.child(pointer, list), i), visitor, depth + 1);
                }
            }
        }
    }
}

package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/**
 * The options Cosmos builds from a config.json's defaults alone (cosmos-rendering.md 1.4): from the top
 * level {@code properties}, a property's {@code default} is taken as is (its nested properties are not
 * visited); otherwise nested {@code properties} are visited and kept only when they yield something.
 * Nothing else ({@code $ref}, {@code items}, {@code allOf}...) contributes.
 */
final class ConfigDefaults {

    private static final int MAX_DEPTH = 64;

    private ConfigDefaults() {
    }

    static ObjectNode of(JsonNode config) {
        return extract(config, 0);
    }

    private static ObjectNode extract(JsonNode schema, int depth) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        JsonNode props = schema == null ? null : schema.get("properties");
        if (props == null || !props.isObject() || depth > MAX_DEPTH) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode property = e.getValue();
            if (!property.isObject()) {
                continue;
            }
            if (property.has("default")) {
                out.set(e.getKey(), property.get("default"));
            } else if (property.has("properties")) {
                ObjectNode nested = extract(property, depth + 1);
                if (!nested.isEmpty()) {
                    out.set(e.getKey(), nested);
                }
            }
        }
        return out;
    }
}

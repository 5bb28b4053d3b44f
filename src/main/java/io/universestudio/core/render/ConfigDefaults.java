package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * The options a config.json schema gives when the user supplies none, taken exactly as Cosmos's
 * {@code JsonSchema.extractDefaultsFromSchema} takes them: only the top-level {@code properties}, a
 * {@code default} used as-is (nested properties under it are not visited), otherwise recursion into
 * {@code properties} keeping only non-empty results. {@code $ref}, {@code items}, {@code allOf} and the
 * rest are ignored on purpose, because Cosmos ignores them.
 */
public final class ConfigDefaults {

    private ConfigDefaults() {
    }

    public static ObjectNode extract(JsonNode schema) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (schema == null || !schema.isObject()) {
            return out;
        }
        JsonNode properties = schema.get("properties");
        if (properties == null || !properties.isObject()) {
            return out;
        }
        for (Map.Entry<String, JsonNode> e : properties.properties()) {
            JsonNode property = e.getValue();
            if (!property.isObject()) {
                continue;
            }
            if (property.has("default")) {
                out.set(e.getKey(), property.get("default").deepCopy());
            } else if (property.has("properties")) {
                ObjectNode nested = extract(property);
                if (!nested.isEmpty()) {
                    out.set(e.getKey(), nested);
                }
            }
        }
        return out;
    }
}

package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * The options a config.json schema gives when the user supplies none, taken exactly as Cosmos's
 * {@code JsonSchema.extractDefaultsFromSchema} takes them (cosmos-rendering.md 1.4): only the top-level
 * {@code properties}, a {@code default} used as-is (nested properties under it are not visited), otherwise
 * recursion into {@code properties} keeping only non-empty results. {@code $ref}, {@code items},
 * {@code allOf} and the rest are ignored on purpose, because Cosmos ignores them. Validation, rendering and
 * the preview all take defaults and merge options here (ADR 0097).
 *
 * <p>The result is a copy (changing it never changes the schema) and the recursion stops
 * {@value #MAX_DEPTH} property levels down: far beyond real configs (a dozen levels at most), far below what
 * would overflow a thread's stack.
 */
public final class ConfigDefaults {

    /** Property levels followed at most; deeper {@code properties} give no defaults. */
    static final int MAX_DEPTH = 64;

    private ConfigDefaults() {
    }

    public static ObjectNode extract(JsonNode schema) {
        return extract(schema, 0);
    }

    /**
     * The options Cosmos validates and renders with: {@code options} deep-merged over the defaults (circe's
     * {@code deepMerge}, so the user's keys come first, then the keys only the defaults have).
     */
    public static ObjectNode withOptions(JsonNode schema, ObjectNode options) {
        return JsonMerge.deepMerge(extract(schema), options);
    }

    private static ObjectNode extract(JsonNode schema, int depth) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        JsonNode properties = schema == null || !schema.isObject() ? null : schema.get("properties");
        if (properties == null || !properties.isObject() || depth >= MAX_DEPTH) {
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
                ObjectNode nested = extract(property, depth + 1);
                if (!nested.isEmpty()) {
                    out.set(e.getKey(), nested);
                }
            }
        }
        return out;
    }
}

package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * circe's {@code Json.deepMerge}, which Cosmos uses for options, the scope and the labels: when both
 * sides are objects the merge recurses key by key, otherwise the overriding value replaces the base
 * (arrays and {@code null} included). Key order follows circe: the overriding object's keys first, in its
 * order, then the keys only the base has.
 */
public final class JsonMerge {

    private JsonMerge() {
    }

    /** A new tree: {@code over} merged over {@code base}; neither input is modified. */
    public static JsonNode deepMerge(JsonNode base, JsonNode over) {
        if (base == null || !base.isObject() || over == null || !over.isObject()) {
            return over == null ? null : over.deepCopy();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : over.properties()) {
            JsonNode b = base.get(e.getKey());
            out.set(e.getKey(), b == null ? e.getValue().deepCopy() : deepMerge(b, e.getValue()));
        }
        for (Map.Entry<String, JsonNode> e : base.properties()) {
            if (!over.has(e.getKey())) {
                out.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        return out;
    }

    /**
     * The same merge as {@link #deepMerge(JsonNode, JsonNode)}, with the same keys in the same order, but the
     * subtrees only one side has are shared rather than copied: for a scope that is only read (the lint's
     * variations render 48 times over the whole defaults and resource). Never modify the result.
     */
    static JsonNode mergeSharing(JsonNode base, JsonNode over) {
        if (base == null || !base.isObject() || over == null || !over.isObject()) {
            return over;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : over.properties()) {
            JsonNode b = base.get(e.getKey());
            out.set(e.getKey(), b == null ? e.getValue() : mergeSharing(b, e.getValue()));
        }
        for (Map.Entry<String, JsonNode> e : base.properties()) {
            if (!over.has(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    public static ObjectNode deepMerge(ObjectNode base, ObjectNode over) {
        return (ObjectNode) deepMerge((JsonNode) base, (JsonNode) over);
    }

    /** A copy without object members whose value is null (nulls inside arrays stay), as /package/render prints. */
    public static JsonNode dropNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getValue().isNull()) {
                    out.set(e.getKey(), dropNulls(e.getValue()));
                }
            }
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(dropNulls(n)));
            return out;
        }
        return node;
    }
}

package io.universestudio.core.json;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/** Comparisons of JSON trees that Jackson's {@code equals} does not make. */
public final class JsonTrees {

    private JsonTrees() {
    }

    /**
     * True when both trees are the same including the order of object keys and the spelling of numbers
     * ({@code 1.0} is not {@code 1}): the equality that matters when text is written from a tree.
     * Jackson's {@code ObjectNode.equals} ignores key order.
     */
    public static boolean sameInOrder(JsonNode a, JsonNode b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
            return false;
        }
        if (a.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<Map.Entry<String, JsonNode>> ia = a.properties().iterator();
            Iterator<Map.Entry<String, JsonNode>> ib = b.properties().iterator();
            while (ia.hasNext()) {
                Map.Entry<String, JsonNode> ea = ia.next();
                Map.Entry<String, JsonNode> eb = ib.next();
                if (!ea.getKey().equals(eb.getKey()) || !sameInOrder(ea.getValue(), eb.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameInOrder(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isNumber()) {
            return a.asText().equals(b.asText());
        }
        return a.equals(b);
    }
}

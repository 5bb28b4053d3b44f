package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How deeply a JSON value nests. The schema library recurses once per level (several frames each), so a
 * file nested hundreds of levels deep, which the parser still accepts, would overflow the stack of a
 * validation thread. Real package files nest a dozen levels at most.
 */
final class JsonDepth {

    /** Far beyond any real file (the deepest corpus config nests about 12 levels), far below a stack overflow. */
    static final int LIMIT = 100;

    private JsonDepth() {
    }

    static boolean exceeds(JsonNode node, int limit) {
        if (limit < 0) {
            return true;
        }
        if (node == null || !node.isContainerNode()) {
            return false;
        }
        for (JsonNode child : node) {
            if (exceeds(child, limit - 1)) {
                return true;
            }
        }
        return false;
    }

    static boolean tooDeep(JsonNode node) {
        return exceeds(node, LIMIT);
    }
}

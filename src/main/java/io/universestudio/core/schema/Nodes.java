package io.universestudio.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Copy-on-write helpers for JSON trees that are shared between revisions: every change copies only the
 * objects on the path to it (each a shallow copy), so an edit of a 148 KB config costs a few small copies.
 */
final class Nodes {

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Nodes() {
    }

    static ObjectNode shallowCopy(ObjectNode o) {
        ObjectNode c = NODES.objectNode();
        c.setAll(o);
        return c;
    }

    /** {@code root} with the object at {@code tokens} replaced by {@code change} applied to a copy of it. */
    static ObjectNode update(ObjectNode root, List<String> tokens, UnaryOperator<ObjectNode> change) {
        if (tokens.isEmpty()) {
            return change.apply(shallowCopy(root));
        }
        JsonNode child = root.get(tokens.get(0));
        if (child == null || !child.isObject()) {
            throw new IllegalArgumentException("No object at " + tokens);
        }
        ObjectNode copy = shallowCopy(root);
        copy.set(tokens.get(0), update((ObjectNode) child, tokens.subList(1, tokens.size()), change));
        return copy;
    }

    static JsonNode at(ObjectNode root, List<String> tokens) {
        JsonNode n = root;
        for (String t : tokens) {
            n = n == null ? null : n.get(t);
        }
        return n;
    }

    static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** A copy of {@code o} with {@code key} set to {@code value} at {@code index} (moved there if present). */
    static ObjectNode insertAt(ObjectNode o, int index, String key, JsonNode value) {
        ObjectNode out = NODES.objectNode();
        int i = 0;
        boolean placed = false;
        Iterator<Map.Entry<String, JsonNode>> it = o.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals(key)) {
                continue;
            }
            if (i++ == index) {
                out.set(key, value);
                placed = true;
            }
            out.set(e.getKey(), e.getValue());
        }
        if (!placed) {
            out.set(key, value);
        }
        return out;
    }

    /** A copy of {@code o} with {@code from} renamed to {@code to} in the same place. */
    static ObjectNode renameKey(ObjectNode o, String from, String to) {
        ObjectNode out = NODES.objectNode();
        o.fields().forEachRemaining(e -> out.set(e.getKey().equals(from) ? to : e.getKey(), e.getValue()));
        return out;
    }

    /**
     * {@code option} with a modelled keyword set to {@code value} (removed when null). A keyword not yet
     * present goes after the modelled keywords that come before it in {@link SchemaKeyword} order, so new
     * options read description, type, default, ... as most corpus options do.
     */
    static ObjectNode withKeyword(ObjectNode option, SchemaKeyword keyword, JsonNode value) {
        if (value == null) {
            ObjectNode out = shallowCopy(option);
            out.remove(keyword.json());
            return out;
        }
        if (option.has(keyword.json())) {
            ObjectNode out = shallowCopy(option);
            out.set(keyword.json(), value);
            return out;
        }
        List<String> keys = keys(option);
        int index = 0;
        for (int i = 0; i < keys.size(); i++) {
            int rank = SchemaKeyword.byName(keys.get(i)).map(Enum::ordinal).orElse(-1);
            if (rank >= 0 && rank < keyword.ordinal()) {
                index = i + 1;
            }
        }
        return insertAt(option, index, keyword.json(), value);
    }

    /** {@code parent} with {@code name} added to or removed from its {@code required} list. */
    static ObjectNode withRequired(ObjectNode parent, String name, boolean required) {
        List<String> names = new ArrayList<>();
        JsonNode r = parent.get("required");
        if (r != null && r.isArray()) {
            r.forEach(e -> names.add(e.asText()));
        }
        if (names.contains(name) == required) {
            return parent;
        }
        if (required) {
            names.add(name);
        } else {
            names.remove(name);
        }
        return withKeyword(parent, SchemaKeyword.REQUIRED, names.isEmpty() ? null : strings(names));
    }

    /** {@code parent} with {@code from} renamed to {@code to} in its {@code required} list, if listed. */
    static ObjectNode renameRequired(ObjectNode parent, String from, String to) {
        JsonNode r = parent.get("required");
        if (r == null || !r.isArray()) {
            return parent;
        }
        ArrayNode out = NODES.arrayNode();
        boolean changed = false;
        for (JsonNode e : r) {
            boolean hit = e.isTextual() && e.asText().equals(from);
            changed |= hit;
            out.add(hit ? NODES.textNode(to) : e);
        }
        if (!changed) {
            return parent;
        }
        ObjectNode copy = shallowCopy(parent);
        copy.set("required", out);
        return copy;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode a = NODES.arrayNode();
        values.forEach(a::add);
        return a;
    }
}

package io.universestudio.core.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.json.JsonText;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A structured difference between two JSON trees: the deepest pointers that were added, removed or
 * changed. Objects are compared key by key (order ignored: it is not a change of meaning), arrays item by
 * item (a shorter array shows its missing tail as removals). Numbers compare by value, so 1 and 1.0 are
 * the same.
 */
public final class JsonDiff {

    private JsonDiff() {
    }

    public static List<JsonChange> between(JsonNode before, JsonNode after) {
        List<JsonChange> out = new ArrayList<>();
        compare("", before, after, out);
        return List.copyOf(out);
    }

    private static void compare(String pointer, JsonNode a, JsonNode b, List<JsonChange> out) {
        if (a.isObject() && b.isObject()) {
            Iterator<String> names = a.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String child = JsonPointers.child(pointer, name);
                if (b.has(name)) {
                    compare(child, a.get(name), b.get(name), out);
                } else {
                    out.add(new JsonChange(JsonChange.Kind.REMOVED, child, a.get(name), null));
                }
            }
            Iterator<String> added = b.fieldNames();
            while (added.hasNext()) {
                String name = added.next();
                if (!a.has(name)) {
                    out.add(new JsonChange(JsonChange.Kind.ADDED, JsonPointers.child(pointer, name), null, b.get(name)));
                }
            }
        } else if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                String child = JsonPointers.child(pointer, i);
                if (i >= b.size()) {
                    out.add(new JsonChange(JsonChange.Kind.REMOVED, child, a.get(i), null));
                } else if (i >= a.size()) {
                    out.add(new JsonChange(JsonChange.Kind.ADDED, child, null, b.get(i)));
                } else {
                    compare(child, a.get(i), b.get(i), out);
                }
            }
        } else if (!same(a, b)) {
            out.add(new JsonChange(JsonChange.Kind.CHANGED, pointer, a, b));
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    /** The changes as {@code {"added": [...], "removed": [...], "changed": [...]}} with pointers and values. */
    public static ObjectNode toJson(List<JsonChange> changes) {
        ObjectNode root = JsonText.mapper().createObjectNode();
        ArrayNode added = root.putArray("added");
        ArrayNode removed = root.putArray("removed");
        ArrayNode changed = root.putArray("changed");
        for (JsonChange c : changes) {
            switch (c.kind()) {
                case ADDED -> added.addObject().put("pointer", c.pointer()).set("value", c.after());
                case REMOVED -> removed.addObject().put("pointer", c.pointer()).set("value", c.before());
                case CHANGED -> {
                    ObjectNode o = changed.addObject().put("pointer", c.pointer());
                    o.set("before", c.before());
                    o.set("after", c.after());
                }
            }
        }
        return root;
    }
}

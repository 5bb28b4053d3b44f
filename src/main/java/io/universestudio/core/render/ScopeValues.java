package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonPointers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cosmos's {@code jsonToJava}: how scope values become the Java objects mustache prints.
 * <ul>
 *   <li>strings are JSON-escaped as circe escapes them, without quotes, except inside arrays where they
 *       keep their quotes (Cosmos 0.6.0+), so {@code {{arr}}} prints a JSON array;</li>
 *   <li>whole numbers, in any spelling, become integers; other numbers {@link Double} (printed by
 *       {@link Double#toString});</li>
 *   <li>arrays become lists printing {@code [a, b]}, objects maps printing {@code {k=v}};</li>
 *   <li>null stays null (prints nothing, but hides outer keys of the same name).</li>
 * </ul>
 * Every list and map made here is remembered with the JSON pointer it came from, so the source map can
 * say which option a rendered value came from.
 */
final class ScopeValues {

    /** Beyond this many digits circe's {@code toBigInt} gives up and Cosmos falls back to a double. */
    private static final int MAX_INTEGER_DIGITS = 1 << 18;

    /** Null when nobody asks where a value came from (text-only renders): no pointer is then built. */
    private final Map<Object, String> containerPointers;

    /** Lists and maps converted before, by the identity of their JSON node (see {@link #containersBelow}). */
    private final Map<JsonNode, Object> converted;
    /** Where {@link #containersBelow} collects what it converts; null in a render's converter. */
    private Map<JsonNode, Object> collected;

    /** A converter that remembers each list's and map's pointer, for {@link #pointerOf}. */
    ScopeValues() {
        this.containerPointers = new IdentityHashMap<>();
        this.converted = Map.of();
    }

    /**
     * A converter for renders that need only the text ({@link #pointerOf} says null), which takes the lists and
     * maps of {@code converted} (from {@link #containersBelow}) for the very JSON nodes they were made from.
     */
    ScopeValues(Map<JsonNode, Object> converted) {
        this.containerPointers = null;
        this.converted = converted;
    }

    /**
     * Every list and map below the roots of {@code trees}, converted once, by the identity of its JSON node:
     * the scopes of a template's variations share these subtrees (see {@link JsonMerge#mergeSharing}), so
     * their renders take them as they are instead of converting the whole defaults and resource each time.
     * The roots are left out: a render adds its lambda to its root map. Read-only once made; renders on
     * several threads may share it, as mustache only reads its scope.
     */
    static Map<JsonNode, Object> containersBelow(JsonNode... trees) {
        Map<JsonNode, Object> out = new IdentityHashMap<>();
        ScopeValues recorder = new ScopeValues(Map.of());
        recorder.collected = out;
        for (JsonNode tree : trees) {
            for (JsonNode child : tree) {
                if (child.isContainerNode()) {
                    recorder.convert(child, false, null);
                }
            }
        }
        return out;
    }

    /** Converts the scope object; the result is a mutable map the caller may add the lambda to. */
    Map<String, Object> convertRoot(JsonNode scope) {
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) convert(scope, false, "");
        return root;
    }

    /** The pointer of a list or map made by this converter, or null for other objects. */
    String pointerOf(Object container) {
        return containerPointers == null ? null : containerPointers.get(container);
    }

    private Object convert(JsonNode node, boolean insideArray, String pointer) {
        switch (node.getNodeType()) {
            case STRING:
                return insideArray ? '"' + escape(node.textValue()) + '"' : escape(node.textValue());
            case NUMBER:
                return number(node);
            case BOOLEAN:
                return node.booleanValue();
            case ARRAY: {
                Object known = converted.get(node);
                if (known != null) {
                    return known;
                }
                List<Object> list = new ArrayList<>(node.size());
                int i = 0;
                for (JsonNode item : node) {
                    list.add(convert(item, true, childPointer(pointer, item, i++)));
                }
                remember(node, list, pointer);
                return list;
            }
            case OBJECT: {
                Object known = converted.get(node);
                if (known != null) {
                    return known;
                }
                Map<String, Object> map = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    map.put(e.getKey(), convert(e.getValue(), false, childPointer(pointer, e.getValue(), e.getKey())));
                }
                remember(node, map, pointer);
                return map;
            }
            default:
                return null;
        }
    }

    private void remember(JsonNode node, Object container, String pointer) {
        if (containerPointers != null) {
            containerPointers.put(container, pointer);
        }
        if (collected != null) {
            collected.put(node, container);
        }
    }

    // Only lists and maps are remembered, so only they need their pointer (most values are scalars).
    private String childPointer(String parent, JsonNode child, int index) {
        return containerPointers != null && child.isContainerNode() ? JsonPointers.child(parent, index) : null;
    }

    private String childPointer(String parent, JsonNode child, String key) {
        return containerPointers != null && child.isContainerNode() ? JsonPointers.child(parent, key) : null;
    }

    /** circe's {@code toBigInt}, falling back to {@code toDouble}. */
    static Object number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue();
        }
        BigDecimal value = node.decimalValue();
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= MAX_INTEGER_DIGITS) {
            return stripped.toBigIntegerExact();
        }
        return value.doubleValue();
    }

    /** {@code \\u} and four lower-case hex digits, as {@code String.format("\\u%04x", c)} writes them. */
    private static String unicodeEscape(char c) {
        String hex = Integer.toHexString(c);
        return "\\u" + "0000".substring(hex.length()) + hex;
    }

    /** circe's string escaping with {@code noSpaces}: quote, backslash, control characters and DEL; the rest raw. */
    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                default -> c < 0x20 || c == 0x7f ? unicodeEscape(c) : null;
            };
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}

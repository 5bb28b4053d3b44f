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

    private final Map<Object, String> containerPointers = new IdentityHashMap<>();

    /** Converts the scope object; the result is a mutable map the caller may add the lambda to. */
    Map<String, Object> convertRoot(JsonNode scope) {
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) convert(scope, false, "");
        return root;
    }

    /** The pointer of a list or map made by this converter, or null for other objects. */
    String pointerOf(Object container) {
        return containerPointers.get(container);
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
                List<Object> list = new ArrayList<>(node.size());
                int i = 0;
                for (JsonNode item : node) {
                    list.add(convert(item, true, JsonPointers.child(pointer, i++)));
                }
                containerPointers.put(list, pointer);
                return list;
            }
            case OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    map.put(e.getKey(), convert(e.getValue(), false,
                            JsonPointers.child(pointer, e.getKey())));
                }
                containerPointers.put(map, pointer);
                return map;
            }
            default:
                return null;
        }
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
                default -> c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : null;
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

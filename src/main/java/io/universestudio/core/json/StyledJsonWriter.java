package io.universestudio.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON value in a given {@link JsonStyle}, starting at a given indentation, so an edited value
 * can be put back into a file without changing how the file looks. Scalars are written by
 * {@link JsonText#compact} so strings and numbers come out exactly as everywhere else in the project.
 */
public final class StyledJsonWriter {

    private final JsonStyle style;

    public StyledJsonWriter(JsonStyle style) {
        this.style = style;
    }

    /** {@code node} as text whose first line continues a line indented by {@code baseIndent}. */
    public String write(JsonNode node, String baseIndent) {
        StringBuilder out = new StringBuilder();
        write(node, baseIndent, out);
        return out.toString();
    }

    /** A whole file: the value at the margin, with a final line break. */
    public String document(JsonNode node) {
        return write(node, "") + style.newline();
    }

    /** {@code node} on a single line ({@code [1, 2]}, {@code {"a": 1}}), for values that were inline. */
    public String inline(JsonNode node) {
        if (node.isObject() && !node.isEmpty()) {
            StringBuilder out = new StringBuilder("{");
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append(key(e.getKey())).append(style.keySeparator()).append(inline(e.getValue()));
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append('}').toString();
        }
        if (node.isArray() && !node.isEmpty()) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < node.size(); i++) {
                out.append(i > 0 ? ", " : "").append(inline(node.get(i)));
            }
            return out.append(']').toString();
        }
        return scalarOrEmpty(node);
    }

    /** A member as it appears inside an object: {@code "key": value}. */
    public String member(String key, JsonNode value, String memberIndent) {
        return key(key) + style.keySeparator() + write(value, memberIndent);
    }

    public static String key(String key) {
        return JsonText.compact(TextNode.valueOf(key));
    }

    private void write(JsonNode node, String indent, StringBuilder out) {
        if (node.isObject() && !node.isEmpty()) {
            String inner = indent + style.indent();
            out.append('{').append(style.newline());
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append(inner).append(key(e.getKey())).append(style.keySeparator());
                write(e.getValue(), inner, out);
                out.append(it.hasNext() ? style.comma() : "").append(style.newline());
            }
            out.append(indent).append('}');
        } else if (node.isArray() && !node.isEmpty()) {
            String inner = indent + style.indent();
            out.append('[').append(style.newline());
            for (int i = 0; i < node.size(); i++) {
                out.append(inner);
                write(node.get(i), inner, out);
                out.append(i + 1 < node.size() ? style.comma() : "").append(style.newline());
            }
            out.append(indent).append(']');
        } else {
            out.append(scalarOrEmpty(node));
        }
    }

    private static String scalarOrEmpty(JsonNode node) {
        if (node.isObject()) {
            return "{}";
        }
        if (node.isArray()) {
            return "[]";
        }
        return JsonText.compact(node);
    }
}

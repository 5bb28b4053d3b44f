package io.universestudio.core.index;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Compact JSON exactly as Python's {@code json.dump} writes it with default settings, which is how the
 * Universe's generator writes every index file (universe-format.md 4.1, 4.5): {@code ", "} and
 * {@code ": "} separators, no indent, keys in insertion order, ASCII only with lower-case
 * {@code \\u} escapes such as {@code \\u00e9} (surrogate pairs above U+FFFF), and decimals in Python's float repr.
 */
public final class PythonJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PythonJson() {
    }

    public static String write(JsonNode node) {
        StringBuilder sb = new StringBuilder(256);
        write(node, sb);
        return sb.toString();
    }

    public static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.append('{');
                Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
                boolean first = true;
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    string(f.getKey(), out);
                    out.append(": ");
                    write(f.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> {
                if (node instanceof Base64Text) {
                    // Made by us from the template bytes: only base64 characters, nothing to escape.
                    out.append('"').append(node.textValue()).append('"');
                } else {
                    string(node.textValue(), out);
                }
            }
            case NUMBER -> number(node, out);
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            case NULL, MISSING -> out.append("null");
            default -> throw new IllegalArgumentException("Not a JSON value: " + node.getNodeType());
        }
    }

    static void string(String s, StringBuilder out) {
        out.append('"');
        int plain = 0;
        int n = s.length();
        while (plain < n) {
            char c = s.charAt(plain);
            if (c >= 128 || !PLAIN[c]) {
                break;
            }
            plain++;
        }
        out.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append(c);
                    } else {
                        // Python escapes everything outside space..tilde, DEL included; Java chars are
                        // already UTF-16 units, so characters above U+FFFF come out as surrogate pairs too.
                        out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
                    }
                }
            }
        }
        out.append('"');
    }

    /** ASCII characters written as they are: space to tilde, except quote and backslash. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = 0x20; c < 0x7f; c++) {
            PLAIN[c] = c != '"' && c != '\\';
        }
    }

    private static void number(JsonNode node, StringBuilder out) {
        if (node.isInt() || node.isLong()) {
            out.append(node.longValue()); // no BigInteger for the common case: its toString divides
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
        } else {
            out.append(floatRepr(node.isBigDecimal() ? node.decimalValue().doubleValue() : node.doubleValue()));
        }
    }

    /**
     * Python's {@code repr(float)}: the shortest digits that round-trip, in fixed notation when the
     * decimal exponent is in [-4, 16), else {@code 1.5e+300} style; overflow is {@code Infinity}.
     */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        int exponent = digits.length() - 1 - exact.scale();
        StringBuilder sb = new StringBuilder(24);
        if (d < 0) {
            sb.append('-');
        }
        if (exponent >= -4 && exponent < 16) {
            if (exponent < 0) {
                sb.append("0.").append("0".repeat(-exponent - 1)).append(digits);
            } else if (digits.length() <= exponent + 1) {
                sb.append(digits).append("0".repeat(exponent + 1 - digits.length())).append(".0");
            } else {
                sb.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) {
                sb.append('0');
            }
            sb.append(abs);
        }
        return sb.toString();
    }
}

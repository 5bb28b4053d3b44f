package io.universestudio.core.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a JSON file is laid out: indent unit, what sits between a key and its value, what follows a comma
 * at the end of a line, and the line break. Detected from a file so that edited parts are written the way
 * the rest of it is (Python 2's {@code json.dumps} left {@code ", "} at line ends in many Universe files).
 */
public record JsonStyle(String indent, String keySeparator, String comma, String newline) {

    /** The Universe's usual style, the one {@link JsonText#pretty} writes. */
    public static final JsonStyle UNIVERSE = new JsonStyle("  ", ": ", ",", "\n");

    private static final Pattern KEY_SEPARATOR = Pattern.compile("\"([ \\t]*:[ \\t]*)[^\\s]");
    private static final Pattern LINE_END_COMMA = Pattern.compile(",([ \\t]*)\\r?\\n");
    private static final Pattern MEMBER_INDENT = Pattern.compile("\\n([ \\t]+)[\"\\]}]");

    /** The style of {@code text}; what cannot be told (e.g. a one-line file) is taken from {@link #UNIVERSE}. */
    public static JsonStyle detect(String text) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String separator = UNIVERSE.keySeparator;
        Matcher s = KEY_SEPARATOR.matcher(text);
        if (s.find()) {
            separator = s.group(1);
        }
        String comma = UNIVERSE.comma;
        Matcher c = LINE_END_COMMA.matcher(text);
        if (c.find()) {
            comma = "," + c.group(1);
        }
        return new JsonStyle(indentUnit(text), separator, comma, newline);
    }

    /** The smallest indentation of a line that starts a member or closes a container. */
    private static String indentUnit(String text) {
        Matcher m = MEMBER_INDENT.matcher(text);
        String best = null;
        int scanned = 0;
        while (m.find() && scanned++ < 200) {
            String ws = m.group(1);
            if (best == null || ws.length() < best.length()) {
                best = ws;
                if (ws.length() == 1) {
                    break;
                }
            }
        }
        if (best == null) {
            return UNIVERSE.indent;
        }
        return best.charAt(0) == '\t' ? "\t" : " ".repeat(best.length());
    }
}

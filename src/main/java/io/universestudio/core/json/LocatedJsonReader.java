package io.universestudio.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads JSON text into a Jackson tree while recording where every value and key is.
 *
 * <p>Strict JSON as the Universe's Python tools accept it, with one tolerance real packages need:
 * duplicate keys keep the last value and are recorded. Key order is kept; decimal numbers keep their
 * spelling ({@code 1.0} stays {@code 1.0}) so a round trip through the tree does not rewrite them.
 */
public final class LocatedJsonReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private LocatedJsonReader() {
    }

    public static ParsedJson read(String text) {
        if (text.isBlank()) {
            return new ParsedJson(null, JsonLocations.EMPTY,
                    List.of(new JsonSyntaxProblem("The file is empty: it needs a JSON object such as {}.",
                            TextPosition.ofOffset(text, text.length()))),
                    List.of());
        }
        Builder builder = new Builder(text);
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            JsonNode root = builder.value(parser, first, "");
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                TextPosition at = builder.position(parser.currentTokenLocation());
                return builder.failed(new JsonSyntaxProblem(
                        "Unexpected text after the end of the JSON value. Remove it, or wrap all values in one object.",
                        at));
            }
            return new ParsedJson(root, new JsonLocations(builder.values, builder.keys), List.of(),
                    builder.duplicates);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            TextPosition at = loc == null ? TextPosition.ofOffset(text, text.length()) : builder.position(loc);
            return builder.failed(new JsonSyntaxProblem(plain(e.getOriginalMessage()), at));
        } catch (IOException e) {
            // Reading from a String cannot fail with I/O; keep the message all the same.
            return builder.failed(new JsonSyntaxProblem(String.valueOf(e.getMessage()), TextPosition.START));
        }
    }

    /**
     * Whether {@link #read} would parse {@code text}, found without building a tree or recording places:
     * the same parser and the same rules, several times faster.
     */
    public static boolean isWellFormed(String text) {
        if (text.isBlank()) {
            return false;
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static final Pattern[] LIMITS = {
            Pattern.compile("Document nesting depth \\(\\d+\\) exceeds the maximum allowed \\((\\d+)[^)]*\\)"),
            Pattern.compile("Name length \\(\\d+\\) exceeds the maximum allowed \\((\\d+)[^)]*\\)"),
            Pattern.compile("String value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+)[^)]*\\)"),
            Pattern.compile("Number value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+)[^)]*\\)")};
    private static final String[] LIMIT_SENTENCES = {"The JSON nests more than %s levels deep",
            "A key is longer than %s characters", "A string is longer than %s characters",
            "A number is longer than %s digits"};
    private static final Pattern CHARACTER_CODE = Pattern.compile(" ?\\(code \\d+(?: / 0x[0-9a-fA-F]+)?\\)");
    private static final Pattern CONTROL_CHARACTER = Pattern.compile("\\(?\\(CTRL-CHAR, code \\d+\\)\\)?");
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");
    private static final Pattern FEATURE = Pattern.compile(":? ?\\(?(?:enable|disable)? ?`?(?:JsonReadFeature|JsonParser\\.Feature|"
            + "StreamReadFeature|StreamReadConstraints)[^)`]*`?\\)?(?: to allow)?");

    /**
     * Jackson's messages mention Java types, character codes, its own settings and source references; keep
     * only the part a person needs ("Unexpected character ',': expected a value").
     */
    static String plain(String message) {
        if (message == null) {
            return "The JSON is not valid.";
        }
        String m = message;
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        for (int i = 0; i < LIMITS.length; i++) {
            java.util.regex.Matcher limit = LIMITS[i].matcher(m);
            if (limit.find()) {
                return String.format(LIMIT_SENTENCES[i], String.format(java.util.Locale.ROOT, "%,d",
                        Long.parseLong(limit.group(1))));
            }
        }
        m = m.replace("Unexpected end-of-input", "The text ends too early")
                .replace("was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "expected a value (a string, number, array, object, true, false or null)")
                .replace(" (JSON String, Number, Array, Object or token 'null', 'true' or 'false')", "")
                .replace("was expecting double-quote to start field name", "expected a key in double quotes"
                        + " (is there a trailing comma before '}'?)")
                .replace("maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not"
                        + " enabled for parser)", "comments are not allowed in JSON")
                .replace("start marker at ", "opened at ")
                .replace("for Object starting at ", "for the object opened at ")
                .replace("for Array starting at ", "for the array opened at ");
        m = CONTROL_CHARACTER.matcher(m).replaceAll("(a control character)");
        m = CHARACTER_CODE.matcher(m).replaceAll("");
        m = m.replaceAll("\\('(.{1,2}?)'\\)", "'$1'");
        m = SOURCE.matcher(m).replaceAll("line $1, column $2");
        m = FEATURE.matcher(m).replaceAll("");
        return m;
    }

    private static final class Builder {
        private final String text;
        private final LineIndex lines;
        private final Map<String, TextRange> values = new HashMap<>();
        private final Map<String, TextPosition> keys = new HashMap<>();
        private final List<DuplicateKey> duplicates = new ArrayList<>();

        Builder(String text) {
            this.text = text;
            this.lines = new LineIndex(text);
        }

        TextPosition position(JsonLocation loc) {
            long chars = loc.getCharOffset();
            if (chars >= 0 && chars <= text.length()) {
                // Jackson's line/column agree with ours for LF and CRLF; derive both from the offset.
                return lines.position((int) chars);
            }
            return new TextPosition(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()), 0);
        }

        ParsedJson failed(JsonSyntaxProblem problem) {
            return new ParsedJson(null, JsonLocations.EMPTY, List.of(problem), duplicates);
        }

        JsonNode value(JsonParser p, JsonToken token, String pointer) throws IOException {
            if (token == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "The text ends too early");
            }
            TextPosition start = position(p.currentTokenLocation());
            JsonNode node;
            switch (token) {
                case START_OBJECT -> node = object(p, pointer);
                case START_ARRAY -> node = array(p, pointer);
                case VALUE_STRING -> node = NODES.textNode(p.getText());
                case VALUE_NUMBER_INT -> node = switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> node = NODES.numberNode(p.getDecimalValue());
                case VALUE_TRUE -> node = NODES.booleanNode(true);
                case VALUE_FALSE -> node = NODES.booleanNode(false);
                case VALUE_NULL -> node = NODES.nullNode();
                default -> throw new com.fasterxml.jackson.core.JsonParseException(p,
                        "Unexpected " + token.asString());
            }
            int end = (int) Math.min(text.length(), Math.max(start.offset(),
                    p.currentLocation().getCharOffset()));
            values.put(pointer, new TextRange(start, end));
            return node;
        }

        private ObjectNode object(JsonParser p, String pointer) throws IOException {
            ObjectNode object = NODES.objectNode();
            Map<String, TextPosition> seen = new HashMap<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                String child = JsonPointers.child(pointer, key);
                TextPosition keyAt = position(p.currentTokenLocation());
                TextPosition earlier = seen.put(key, keyAt);
                if (earlier != null) {
                    duplicates.add(new DuplicateKey(child, key, earlier, keyAt));
                    // Last one wins, but it takes the first one's place in key order (as Python's dict does).
                }
                keys.put(child, keyAt);
                object.set(key, value(p, p.nextToken(), child));
            }
            if (t != JsonToken.END_OBJECT) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "The text ends inside an object");
            }
            return object;
        }

        private ArrayNode array(JsonParser p, String pointer) throws IOException {
            ArrayNode array = NODES.arrayNode();
            JsonToken t;
            int index = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new com.fasterxml.jackson.core.JsonParseException(p, "The text ends inside an array");
                }
                array.add(value(p, t, JsonPointers.child(pointer, index++)));
            }
            return array;
        }
    }
}

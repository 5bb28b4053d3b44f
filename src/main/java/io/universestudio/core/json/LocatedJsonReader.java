package io.universestudio.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
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

    /**
     * The deepest nesting read. Python's json module gives up at about the same depth (its recursion
     * limit), and the reader below recurses once per level, so this stays the project's own limit.
     */
    static final int MAX_NESTING = 1000;
    /** Python reads numbers of any length; Jackson's default of 1,000 digits is raised far beyond real files. */
    static final int MAX_NUMBER_DIGITS = 100_000;
    static final int MAX_STRING_LENGTH = 20_000_000;
    static final int MAX_KEY_LENGTH = 100_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxNumberLength(MAX_NUMBER_DIGITS)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_KEY_LENGTH)
                    .build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private LocatedJsonReader() {
    }

    public static ParsedJson read(String text) {
        return read(text, null);
    }

    /**
     * Reads {@code text}; a syntax problem names lines with {@code names} (null: "line N" of the text), so
     * text rendered from a template can be explained in the template's lines.
     */
    public static ParsedJson read(String text, LineNames names) {
        if (text.isBlank()) {
            JsonSyntaxExplainer explainer = new JsonSyntaxExplainer(text, names == null ? LineNames.of(text) : names);
            return new ParsedJson(null, JsonLocations.EMPTY, List.of(explainer.empty()), List.of());
        }
        Builder builder = new Builder(text);
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            JsonNode root = builder.value(parser, first, "");
            builder.valueDone = true;
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                int at = (int) Math.min(text.length(), Math.max(0, parser.currentTokenLocation().getCharOffset()));
                return builder.failed(new JsonSyntaxExplainer(text, names == null ? builder.lineNames() : names)
                        .trailingText(at));
            }
            return new ParsedJson(root, new JsonLocations(builder.values, builder.keys), List.of(),
                    builder.duplicates);
        } catch (JsonProcessingException e) {
            return builder.failed(new JsonSyntaxExplainer(text, names == null ? builder.lineNames() : names)
                    .explain(e, builder.open, builder.valueDone));
        } catch (IOException e) {
            // Reading from a String cannot fail with I/O.
            throw new java.io.UncheckedIOException(e);
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

    private static final class Builder {
        private final String text;
        private final LineIndex lines;
        private final Map<String, TextRange> values = new HashMap<>();
        private final Map<String, TextPosition> keys = new HashMap<>();
        private final List<DuplicateKey> duplicates = new ArrayList<>();
        /** The objects and lists open at this moment, outermost first: after a failure, those left unclosed. */
        private final List<JsonSyntaxExplainer.Open> open = new ArrayList<>();
        private boolean valueDone;

        Builder(String text) {
            this.text = text;
            this.lines = new LineIndex(text);
        }

        LineNames lineNames() {
            return offset -> "line " + lines.position(offset).line();
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
                throw new JsonSyntaxExplainer.EndedEarly(p);
            }
            TextPosition start = position(p.currentTokenLocation());
            JsonNode node;
            switch (token) {
                case START_OBJECT -> node = container(p, pointer, '{', start);
                case START_ARRAY -> node = container(p, pointer, '[', start);
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
                default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "expected a valid value");
            }
            int end = (int) Math.min(text.length(), Math.max(start.offset(),
                    p.currentLocation().getCharOffset()));
            values.put(pointer, new TextRange(start, end));
            return node;
        }

        private JsonNode container(JsonParser p, String pointer, char opener, TextPosition start) throws IOException {
            open.add(new JsonSyntaxExplainer.Open(opener, start.offset()));
            JsonNode node = opener == '{' ? object(p, pointer) : array(p, pointer);
            open.remove(open.size() - 1);
            return node;
        }

        private ObjectNode object(JsonParser p, String pointer) throws IOException {
            ObjectNode object = NODES.objectNode();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                String child = JsonPointers.child(pointer, key);
                TextPosition keyAt = position(p.currentTokenLocation());
                // Only this object writes its members' pointers, so when it already has the key the place
                // recorded for that pointer is the earlier occurrence's (no map of seen keys per object).
                TextPosition earlier = keys.put(child, keyAt);
                if (earlier != null && object.has(key)) {
                    duplicates.add(new DuplicateKey(child, key, earlier, keyAt));
                    // Last one wins, but it takes the first one's place in key order (as Python's dict does).
                }
                object.set(key, value(p, p.nextToken(), child));
            }
            if (t != JsonToken.END_OBJECT) {
                throw new JsonSyntaxExplainer.EndedEarly(p);
            }
            return object;
        }

        private ArrayNode array(JsonParser p, String pointer) throws IOException {
            ArrayNode array = NODES.arrayNode();
            JsonToken t;
            int index = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new JsonSyntaxExplainer.EndedEarly(p);
                }
                array.add(value(p, t, JsonPointers.child(pointer, index++)));
            }
            return array;
        }
    }
}

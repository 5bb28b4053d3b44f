package io.universestudio.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.JsonLocations;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.json.LocatedJsonReader;
import io.universestudio.core.json.ParsedJson;
import io.universestudio.core.json.TextRange;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Changes one top-level member of a JSON file the way a careful person would by hand: only the text of
 * that member changes, the rest of the file keeps its layout. Every splice is checked by parsing the
 * result; when a splice cannot be done safely the file is rewritten in the Universe's style instead.
 */
public final class JsonEdits {

    private JsonEdits() {
    }

    /**
     * {@code revision} with the top-level member {@code key} of {@code file} set to {@code value}, or
     * removed when {@code value} is null. Unchanged when the file does not parse (the form is read-only then).
     */
    public static Revision setMember(Revision revision, RevisionFile file, String key, JsonNode value) {
        Optional<JsonDocument> doc = revision.document(file);
        Optional<ObjectNode> tree = doc.flatMap(JsonDocument::object);
        if (tree.isEmpty()) {
            return revision;
        }
        ObjectNode expected = tree.get().deepCopy();
        if (value == null) {
            if (!expected.has(key)) {
                return revision;
            }
            expected.remove(key);
        } else {
            if (value.equals(expected.get(key))) {
                return revision;
            }
            expected.set(key, value);
        }
        String text = doc.get().text();
        Optional<String> spliced = splice(text, doc.get().locations(), tree.get(), key, value);
        if (spliced.isPresent()) {
            ParsedJson check = LocatedJsonReader.read(spliced.get());
            if (check.parsed() && check.tree().equals(expected) && check.duplicateKeys().size() == doc.get().duplicateKeys().size()) {
                return revision.withText(file, spliced.get());
            }
        }
        return revision.withTree(file, expected);
    }

    private static Optional<String> splice(String text, JsonLocations at, ObjectNode tree, String key, JsonNode value) {
        String pointer = JsonPointers.child("", key);
        Optional<TextRange> range = at.value(pointer);
        if (value != null && range.isPresent()) {
            return Optional.of(text.substring(0, range.get().startOffset())
                    + render(value, indentOfLine(text, range.get().startOffset()))
                    + text.substring(range.get().endOffset()));
        }
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        if (value == null) {
            return remove(text, at, keys, key);
        }
        return append(text, at, keys, key, value);
    }

    private static Optional<String> remove(String text, JsonLocations at, List<String> keys, String key) {
        int i = keys.indexOf(key);
        Optional<TextRange> own = at.value(JsonPointers.child("", key));
        Optional<io.universestudio.core.json.TextPosition> ownKey = at.key(JsonPointers.child("", key));
        if (i < 0 || own.isEmpty() || ownKey.isEmpty()) {
            return Optional.empty();
        }
        if (i + 1 < keys.size()) {
            Optional<io.universestudio.core.json.TextPosition> next = at.key(JsonPointers.child("", keys.get(i + 1)));
            int from = lineStartIfOnlyIndent(text, ownKey.get().offset());
            int to = next.map(p -> lineStartIfOnlyIndent(text, p.offset())).orElse(-1);
            return to < 0 ? Optional.empty() : Optional.of(text.substring(0, from) + text.substring(to));
        }
        if (i > 0) {
            Optional<TextRange> previous = at.value(JsonPointers.child("", keys.get(i - 1)));
            return previous.map(p -> text.substring(0, p.endOffset()) + text.substring(own.get().endOffset()));
        }
        return Optional.empty();
    }

    private static Optional<String> append(String text, JsonLocations at, List<String> keys, String key, JsonNode value) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        String last = keys.get(keys.size() - 1);
        Optional<TextRange> lastValue = at.value(JsonPointers.child("", last));
        Optional<io.universestudio.core.json.TextPosition> lastKey = at.key(JsonPointers.child("", last));
        if (lastValue.isEmpty() || lastKey.isEmpty()) {
            return Optional.empty();
        }
        String indent = indentOfLine(text, lastKey.get().offset());
        boolean ownLine = lineStartIfOnlyIndent(text, lastKey.get().offset()) != lastKey.get().offset()
                || lastKey.get().column() == 1;
        String separator = ownLine ? ",\n" + indent : ", ";
        String member = JsonText.compact(com.fasterxml.jackson.databind.node.TextNode.valueOf(key)) + ": "
                + render(value, indent);
        int end = lastValue.get().endOffset();
        return Optional.of(text.substring(0, end) + separator + member + text.substring(end));
    }

    /** Scalars compact; arrays and objects pretty, with continuation lines indented like the member. */
    private static String render(JsonNode value, String indent) {
        if (value.isValueNode() || value.isEmpty()) {
            return JsonText.compact(value);
        }
        String pretty = JsonText.pretty(value).stripTrailing();
        return pretty.replace("\n", "\n" + indent);
    }

    private static String indentOfLine(String text, int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(start, i);
    }

    /** The start of the line when only indentation precedes {@code offset} on it, else {@code offset}. */
    private static int lineStartIfOnlyIndent(String text, int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        for (int i = start; i < offset; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return offset;
            }
        }
        return start;
    }
}

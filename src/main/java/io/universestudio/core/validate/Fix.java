package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.EditableJson;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mechanical change that makes a problem go away ("Use {{service.cpus}}", "Add a license entry"), as
 * data: a label for a button and an edit of one file. {@link #change} turns it into one replacement of a
 * stretch of the file's current text, so an editor applies it as one undoable step; {@link #applyTo} gives
 * the revision with it applied. A fix made for an older text of the file no longer applies (both are empty).
 *
 * @param label what the fix does, for a button or a menu ("Use {{service.cpus}}")
 * @param file  the file it edits
 * @param edit  how it edits it
 */
public record Fix(String label, RevisionFile file, Edit edit) {

    /** How a fix edits its file. */
    public sealed interface Edit permits ReplaceText, SetJson {
    }

    /**
     * Replaces stretches of the text, each of which must still read as it did when the fix was made.
     *
     * @param ranges non-overlapping ranges of the text, with what they held and what they become
     */
    public record ReplaceText(List<Range> ranges) implements Edit {
        public ReplaceText {
            ranges = ranges.stream().sorted(Comparator.comparingInt(Range::start)).toList();
            if (ranges.isEmpty()) {
                throw new IllegalArgumentException("a text fix needs at least one range");
            }
        }
    }

    /** {@code [start, end)} of a text, which held {@code expected} and becomes {@code replacement}. */
    public record Range(int start, int end, String expected, String replacement) {
    }

    /**
     * Sets the JSON value at {@code pointer} (adding the member, and objects on the way to it, if missing).
     * The rest of the file keeps its text: only what changes is rewritten.
     */
    public record SetJson(String pointer, JsonNode value) implements Edit {
    }

    /** One replacement of {@code [start, end)} of a file's text: what an editor applies as one undoable step. */
    public record TextChange(RevisionFile file, int start, int end, String replacement) {
        public String applyTo(String text) {
            return text.substring(0, start) + replacement + text.substring(end);
        }
    }

    public Fix {
        Objects.requireNonNull(label);
        Objects.requireNonNull(file);
        Objects.requireNonNull(edit);
    }

    /** The change to make to the file's current text in {@code revision}; empty when the fix no longer fits. */
    public Optional<TextChange> change(Revision revision) {
        Optional<String> text = revision.text(file);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> after = edit instanceof ReplaceText r ? replaced(text.get(), r)
                : revision.document(file).flatMap(doc -> withValue(doc, (SetJson) edit));
        return after.filter(a -> !a.equals(text.get())).map(a -> difference(text.get(), a));
    }

    /** {@code revision} with this fix applied; empty when the fix no longer fits. */
    public Optional<Revision> applyTo(Revision revision) {
        return change(revision).map(c -> revision.withText(file, c.applyTo(revision.text(file).orElseThrow())));
    }

    private static Optional<String> replaced(String text, ReplaceText edit) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Range r : edit.ranges()) {
            if (r.start() < at || r.end() > text.length() || !text.substring(r.start(), r.end()).equals(r.expected())) {
                return Optional.empty(); // the text moved on since the problem was found
            }
            out.append(text, at, r.start()).append(r.replacement());
            at = r.end();
        }
        return Optional.of(out.append(text, at, text.length()).toString());
    }

    private static Optional<String> withValue(JsonDocument doc, SetJson edit) {
        Optional<JsonNode> tree = doc.tree();
        if (tree.isEmpty() || !tree.get().isContainerNode()) {
            return Optional.empty();
        }
        JsonNode root = tree.get().deepCopy();
        List<String> tokens = JsonPointers.tokens(edit.pointer());
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        JsonNode at = root;
        for (String token : tokens.subList(0, tokens.size() - 1)) {
            JsonNode next = at.isObject() ? at.get(token) : at.isArray() && isIndex(token) ? at.get(Integer.parseInt(token)) : null;
            if (next == null && at instanceof ObjectNode o) {
                next = o.putObject(token);
            }
            if (next == null || !next.isContainerNode()) {
                return Optional.empty();
            }
            at = next;
        }
        String last = tokens.get(tokens.size() - 1);
        if (at instanceof ObjectNode o) {
            o.set(last, edit.value().deepCopy());
        } else if (at instanceof ArrayNode a && isIndex(last) && Integer.parseInt(last) < a.size()) {
            a.set(Integer.parseInt(last), edit.value().deepCopy());
        } else {
            return Optional.empty();
        }
        EditableJson json = EditableJson.of(doc.text(), tree.get(), doc.locations(), doc.duplicateKeys());
        return Optional.of(json.withTree(root).text());
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 9 && token.chars().allMatch(Character::isDigit);
    }

    /** The smallest single replacement that turns {@code before} into {@code after}. */
    private TextChange difference(String before, String after) {
        int start = 0;
        int max = Math.min(before.length(), after.length());
        while (start < max && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        int endBefore = before.length();
        int endAfter = after.length();
        while (endBefore > start && endAfter > start && before.charAt(endBefore - 1) == after.charAt(endAfter - 1)) {
            endBefore--;
            endAfter--;
        }
        return new TextChange(file, start, endBefore, after.substring(start, endAfter));
    }
}

package io.universestudio.core.json;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an edited JSON tree back into the text it was read from, changing only the text of what was
 * edited: a changed value is replaced where it stands, an added or removed member is inserted or cut
 * with its comma, a renamed key has just its key replaced, and a member moved within its object keeps
 * its text. Everything else keeps its bytes, whatever style the file was written in (new text follows
 * the file's detected {@link JsonStyle}).
 *
 * <p>The result is parsed and compared with the tree; if they ever differ (an unusual layout), the whole
 * tree is written in the file's style instead, so the tree is always what the text says.
 */
public final class JsonSplicer {

    private final String text;
    private final JsonLocations locations;
    private final Set<String> objectsWithDuplicates;
    private final JsonStyle style;
    private final StyledJsonWriter writer;

    private JsonSplicer(String text, JsonLocations locations, Set<String> objectsWithDuplicates) {
        this.text = text;
        this.locations = locations;
        this.objectsWithDuplicates = objectsWithDuplicates;
        this.style = JsonStyle.detect(text);
        this.writer = new StyledJsonWriter(style);
    }

    /** How the new text was made. */
    public enum Method { UNCHANGED, SPLICED, REWRITTEN }

    /** The new text, its parse, and how it was made. */
    public record Result(String text, ParsedJson parsed, Method method) {
    }

    /**
     * The text for {@code newTree}, given the {@code text} that {@code oldTree} was parsed from.
     *
     * @param objectsWithDuplicates pointers of objects holding a duplicate key: their text does not map
     *                              one to one onto the tree, so they are rewritten rather than patched
     */
    public static Result rewrite(String text, JsonNode oldTree, JsonLocations locations,
                                 Set<String> objectsWithDuplicates, JsonNode newTree) {
        if (JsonTrees.sameInOrder(oldTree, newTree)) {
            return new Result(text, null, Method.UNCHANGED);
        }
        JsonSplicer splicer = new JsonSplicer(text, locations, objectsWithDuplicates);
        String spliced = splicer.splice(oldTree, newTree);
        if (spliced != null) {
            ParsedJson parsed = LocatedJsonReader.read(spliced);
            boolean noNewDuplicates = !objectsWithDuplicates.isEmpty() || parsed.duplicateKeys().isEmpty();
            if (parsed.parsed() && noNewDuplicates
                    && JsonTrees.sameInOrder(parsed.tree(), newTree)) {
                return new Result(spliced, parsed, Method.SPLICED);
            }
        }
        String whole = splicer.whole(newTree);
        return new Result(whole, LocatedJsonReader.read(whole), Method.REWRITTEN);
    }

    private String whole(JsonNode tree) {
        String out = style.equals(JsonStyle.UNIVERSE) ? JsonText.pretty(tree) : writer.document(tree);
        boolean finalNewline = text.endsWith("\n");
        return finalNewline ? out : out.stripTrailing();
    }

    private record Replacement(int start, int end, String text) {
    }

    private String splice(JsonNode oldTree, JsonNode newTree) {
        List<Replacement> reps = new ArrayList<>();
        try {
            patch(oldTree, newTree, "", reps);
        } catch (Unlocated e) {
            return null;
        }
        reps.sort(Comparator.comparingInt(Replacement::start).thenComparingInt(Replacement::end).reversed());
        StringBuilder out = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (Replacement r : reps) {
            if (r.end() > limit) {
                return null; // overlapping changes: let the caller rewrite
            }
            out.replace(r.start(), r.end(), r.text());
            limit = r.start();
        }
        return out.toString();
    }

    private static final class Unlocated extends RuntimeException {
        Unlocated() {
            super(null, null, false, false);
        }
    }

    private TextRange range(String pointer) {
        return locations.value(pointer).orElseThrow(Unlocated::new);
    }

    private int keyStart(String pointer) {
        return locations.key(pointer).orElseThrow(Unlocated::new).offset();
    }

    private void patch(JsonNode a, JsonNode b, String pointer, List<Replacement> out) {
        if (JsonTrees.sameInOrder(a, b)) {
            return;
        }
        if (a.isObject() && b.isObject() && objectsWithDuplicates.contains(pointer) && keys(a).equals(keys(b))) {
            // A duplicate key's location is its last (winning) occurrence, so values can be patched in
            // place; only changes to the members themselves need the whole object rewritten.
            a.fieldNames().forEachRemaining(k -> patch(a.get(k), b.get(k), JsonPointers.child(pointer, k), out));
            return;
        }
        if (a.isObject() && b.isObject() && !a.isEmpty() && !b.isEmpty()
                && !objectsWithDuplicates.contains(pointer)) {
            List<Replacement> local = new ArrayList<>();
            if (patchObject(a, b, pointer, local)) {
                out.addAll(local);
                return;
            }
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                patch(a.get(i), b.get(i), JsonPointers.child(pointer, i), out);
            }
            return;
        }
        replaceValue(a, b, pointer, out);
    }

    private void replaceValue(JsonNode a, JsonNode b, String pointer, List<Replacement> out) {
        TextRange r = range(pointer);
        boolean wasInline = a.isContainerNode() && !a.isEmpty()
                && text.substring(r.startOffset(), r.endOffset()).indexOf('\n') < 0;
        String value = wasInline && flat(b) ? writer.inline(b) : writer.write(b, lineIndent(r.startOffset()));
        out.add(new Replacement(r.startOffset(), r.endOffset(), value));
    }

    /** A container holding only scalars, which reads well on one line. */
    private static boolean flat(JsonNode node) {
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    /** Patches an object member by member; false when the change is not one this can express. */
    private boolean patchObject(JsonNode a, JsonNode b, String pointer, List<Replacement> out) {
        List<String> keysA = keys(a);
        List<String> keysB = keys(b);
        if (renamesOnly(keysA, keysB, a, b)) {
            for (int i = 0; i < keysA.size(); i++) {
                String oldKey = keysA.get(i);
                String newKey = keysB.get(i);
                String child = JsonPointers.child(pointer, oldKey);
                if (!oldKey.equals(newKey)) {
                    int start = keyStart(child);
                    out.add(new Replacement(start, keyEnd(start), StyledJsonWriter.key(newKey)));
                }
                patch(a.get(oldKey), b.get(newKey), child, out);
            }
            return true;
        }
        List<String> removed = keysA.stream().filter(k -> !b.has(k)).toList();
        List<String> added = keysB.stream().filter(k -> !a.has(k)).toList();
        List<String> commonA = keysA.stream().filter(b::has).toList();
        List<String> commonB = keysB.stream().filter(a::has).toList();
        String moved = null;
        if (!commonA.equals(commonB)) {
            moved = movedKey(commonA, commonB);
            if (moved == null || !removed.isEmpty() || !added.isEmpty()) {
                return false;
            }
        }
        String removedKey = moved != null ? moved : removed.isEmpty() ? null : removed.get(0);
        String addedKey = moved != null ? moved : added.isEmpty() ? null : added.get(0);
        if (removed.size() > 1 || added.size() > 1 || (removedKey != null && keysA.size() == 1)) {
            return false;
        }
        String memberIndent = lineIndent(keyStart(JsonPointers.child(pointer, keysA.get(0))));
        for (String k : keysA) {
            if (!k.equals(removedKey) && b.has(k)) {
                patch(a.get(k), b.get(k), JsonPointers.child(pointer, k), out);
            }
        }
        if (removedKey != null) {
            int i = keysA.indexOf(removedKey);
            String child = JsonPointers.child(pointer, removedKey);
            if (i + 1 < keysA.size()) {
                out.add(new Replacement(keyStart(child), keyStart(JsonPointers.child(pointer, keysA.get(i + 1))), ""));
            } else {
                out.add(new Replacement(range(JsonPointers.child(pointer, keysA.get(i - 1))).endOffset(),
                        range(child).endOffset(), ""));
            }
        }
        if (addedKey != null) {
            TextRange objectRange = range(pointer);
            boolean inline = text.substring(objectRange.startOffset(), objectRange.endOffset()).indexOf('\n') < 0;
            int j = keysB.indexOf(addedKey);
            String member;
            String separator;
            if (moved != null && JsonTrees.sameInOrder(a.get(moved), b.get(moved))) {
                // A member moved within its object takes its own text and separator along, so that moving
                // it back gives the original text even where members are separated by blank lines.
                int i = keysA.indexOf(moved);
                String child = JsonPointers.child(pointer, moved);
                member = text.substring(keyStart(child), range(child).endOffset());
                separator = i + 1 < keysA.size()
                        ? text.substring(range(child).endOffset(), keyStart(JsonPointers.child(pointer, keysA.get(i + 1))))
                        : text.substring(range(JsonPointers.child(pointer, keysA.get(i - 1))).endOffset(), keyStart(child));
            } else if (inline) {
                member = StyledJsonWriter.key(addedKey) + style.keySeparator() + writer.inline(b.get(addedKey));
                separator = ", ";
            } else {
                member = writer.member(addedKey, b.get(addedKey), memberIndent);
                separator = style.comma() + style.newline() + memberIndent;
            }
            if (j + 1 < keysB.size()) {
                int at = keyStart(JsonPointers.child(pointer, keysB.get(j + 1)));
                out.add(new Replacement(at, at, member + separator));
            } else if (j > 0) {
                int at = range(JsonPointers.child(pointer, keysB.get(j - 1))).endOffset();
                out.add(new Replacement(at, at, separator + member));
            } else {
                return false;
            }
        }
        return true;
    }

    /** Same size, and where keys differ neither key exists on the other side: renames in place. */
    private static boolean renamesOnly(List<String> keysA, List<String> keysB, JsonNode a, JsonNode b) {
        if (keysA.size() != keysB.size()) {
            return false;
        }
        for (int i = 0; i < keysA.size(); i++) {
            String ka = keysA.get(i);
            String kb = keysB.get(i);
            if (!ka.equals(kb) && (b.has(ka) || a.has(kb))) {
                return false;
            }
        }
        return true;
    }

    /** The one key whose removal makes both orders equal, or null. */
    private static String movedKey(List<String> orderA, List<String> orderB) {
        for (String k : orderA) {
            List<String> ra = new ArrayList<>(orderA);
            List<String> rb = new ArrayList<>(orderB);
            ra.remove(k);
            rb.remove(k);
            if (ra.equals(rb)) {
                return k;
            }
        }
        return null;
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>(object.size());
        Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator();
        while (it.hasNext()) {
            keys.add(it.next().getKey());
        }
        return keys;
    }

    private int keyEnd(int start) {
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), i + 1);
    }

    /** The whitespace that starts the line holding {@code offset}. */
    private String lineIndent(int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(lineStart, i);
    }
}

package io.universestudio.core.json;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON text with its tree and locations, changed by giving it a new tree: the text is then spliced so
 * only what differs is rewritten ({@link JsonSplicer}). Unchanged, it keeps the very text it was made
 * from. The base of the editable file models (options, resources). Immutable; the tree is shared and
 * must be treated as read-only.
 */
public final class EditableJson {

    private final String text;
    private final JsonNode tree;
    private final JsonLocations locations;
    private final Set<String> objectsWithDuplicates;

    private EditableJson(String text, JsonNode tree, JsonLocations locations, List<DuplicateKey> duplicates) {
        this.text = text;
        this.tree = tree;
        this.locations = locations;
        Set<String> objects = new HashSet<>();
        duplicates.forEach(d -> objects.add(JsonPointers.parent(d.pointer())));
        this.objectsWithDuplicates = Set.copyOf(objects);
    }

    /** From an already parsed text; empty when it did not parse. */
    public static Optional<EditableJson> of(String text, ParsedJson parsed) {
        return parsed.treeIfParsed().map(t -> new EditableJson(text, t, parsed.locations(), parsed.duplicateKeys()));
    }

    /** From the parts of an already parsed document (e.g. a {@code JsonDocument}), without parsing again. */
    public static EditableJson of(String text, JsonNode tree, JsonLocations locations, List<DuplicateKey> duplicates) {
        return new EditableJson(text, tree, locations, duplicates);
    }

    public static Optional<EditableJson> parse(String text) {
        return of(text, LocatedJsonReader.read(text));
    }

    public String text() {
        return text;
    }

    public JsonNode tree() {
        return tree;
    }

    public JsonLocations locations() {
        return locations;
    }

    /** This JSON holding {@code newTree}; the same instance when nothing differs. */
    public EditableJson withTree(JsonNode newTree) {
        JsonSplicer.Result r = JsonSplicer.rewrite(text, tree, locations, objectsWithDuplicates, newTree);
        if (r.method() == JsonSplicer.Method.UNCHANGED) {
            return this;
        }
        return new EditableJson(r.text(), newTree, r.parsed().locations(), r.parsed().duplicateKeys());
    }
}

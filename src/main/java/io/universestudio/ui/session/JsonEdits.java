package io.universestudio.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.EditableJson;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.util.Optional;

/**
 * Form edits to one top-level member of a JSON file. The text changes only where the tree does (core's
 * {@code JsonSplicer}, ADR 0060), so the rest of a hand-written file keeps its layout.
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
        ObjectNode next = tree.get().deepCopy();
        if (value == null) {
            next.remove(key);
        } else {
            next.set(key, value);
        }
        if (next.equals(tree.get())) {
            return revision;
        }
        JsonDocument d = doc.get();
        String text = EditableJson.of(d.text(), tree.get(), d.locations(), d.duplicateKeys()).withTree(next).text();
        return revision.withText(file, text);
    }
}

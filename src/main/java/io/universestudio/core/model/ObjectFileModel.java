package io.universestudio.core.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.EditableJson;
import io.universestudio.core.json.JsonLocations;

import java.util.Optional;

/**
 * What the form models of config.json and resource.json share: a JSON object file whose text changes only
 * where it was edited (ADR 0060), so with no edit {@link #text()} is the text it was read from, byte for byte.
 * Immutable; the tree is shared between models and must be treated as read-only.
 */
public abstract class ObjectFileModel {

    protected final EditableJson json;
    protected final ObjectNode tree;
    private final RevisionFile file;

    protected ObjectFileModel(RevisionFile file, EditableJson json) {
        this.file = file;
        this.json = json;
        this.tree = (ObjectNode) json.tree();
    }

    /** The editable JSON of a document that parsed to an object; empty otherwise. */
    protected static Optional<EditableJson> editable(JsonDocument document) {
        return document.object().map(o -> EditableJson.of(document.text(), o, document.locations(), document.duplicateKeys()));
    }

    /** The editable JSON of a text that parses to an object; empty otherwise. */
    protected static Optional<EditableJson> editable(String text) {
        return EditableJson.parse(text).filter(j -> j.tree().isObject());
    }

    /** The file's text: the original text when nothing was edited. */
    public String text() {
        return json.text();
    }

    /** The file's tree (shared: do not change it). */
    public ObjectNode tree() {
        return tree;
    }

    /** Where each value and key sits in {@link #text()}. */
    public JsonLocations locations() {
        return json.locations();
    }

    /** {@code revision} with this file; the same revision when the text is what it already holds. */
    public Revision applyTo(Revision revision) {
        return revision.withText(file, json.text());
    }
}

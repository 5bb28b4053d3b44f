package io.universestudio.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.DuplicateKey;
import io.universestudio.core.json.JsonLocations;
import io.universestudio.core.json.JsonSyntaxProblem;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.json.LocatedJsonReader;
import io.universestudio.core.json.ParsedJson;

import java.util.List;
import java.util.Optional;

/**
 * One JSON file of a revision: its raw text (always kept, even when it does not parse), the parsed tree
 * with key order and unknown fields kept, where each value is, and what was wrong with the text.
 *
 * <p>The tree is shared, not copied: treat it as read-only. To change a document, build a new tree
 * (e.g. {@code tree().deepCopy()}) and call {@link #withTree(JsonNode)}.
 */
public final class JsonDocument {

    private final RevisionFile file;
    private final SourceText source;
    private final ParsedJson parsed;

    private JsonDocument(RevisionFile file, SourceText source) {
        this.file = file;
        this.source = source;
        this.parsed = LocatedJsonReader.read(source.text());
    }

    public static JsonDocument of(RevisionFile file, SourceText source) {
        if (!file.isJson()) {
            throw new IllegalArgumentException(file.fileName() + " is not a JSON file");
        }
        return new JsonDocument(file, source);
    }

    public static JsonDocument ofText(RevisionFile file, String text) {
        return of(file, SourceText.of(text));
    }

    public static JsonDocument ofTree(RevisionFile file, JsonNode tree) {
        return ofText(file, JsonText.pretty(tree));
    }

    public RevisionFile file() {
        return file;
    }

    public SourceText source() {
        return source;
    }

    public String text() {
        return source.text();
    }

    /** The parsed tree, or empty when the text is not valid JSON. */
    public Optional<JsonNode> tree() {
        return parsed.treeIfParsed();
    }

    /** The tree if it is a JSON object; empty when the text does not parse or holds something else. */
    public Optional<ObjectNode> object() {
        return tree().filter(JsonNode::isObject).map(ObjectNode.class::cast);
    }

    /** The object, or an empty object when there is none: convenient for lenient lookups. */
    public ObjectNode objectOrEmpty() {
        return object().orElseGet(JsonNodeFactory.instance::objectNode);
    }

    public boolean parses() {
        return parsed.parsed();
    }

    public List<JsonSyntaxProblem> syntaxProblems() {
        return parsed.problems();
    }

    public List<DuplicateKey> duplicateKeys() {
        return parsed.duplicateKeys();
    }

    public JsonLocations locations() {
        return parsed.locations();
    }

    /** A document with new text; the same instance when the text is unchanged. */
    public JsonDocument withText(String text) {
        SourceText next = source.withText(text);
        return next == source ? this : new JsonDocument(file, next);
    }

    /** A document holding {@code tree}, written in the Universe's style. */
    public JsonDocument withTree(JsonNode tree) {
        return withText(JsonText.pretty(tree));
    }
}

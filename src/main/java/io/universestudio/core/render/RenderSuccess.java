package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.DuplicateKey;

import java.util.List;

/**
 * A rendered Marathon app.
 *
 * @param app            the app as {@code /package/install} sends it to Marathon (nulls kept), keys in
 *                       Cosmos's order
 * @param renderedText   the text the template produced, before parsing and decorating
 * @param labels         the five Cosmos labels, encoded and decoded
 * @param mergedOptions  the config defaults with the user's options merged over them
 * @param duplicateKeys  keys the rendered text holds twice (the last wins, as in Cosmos)
 * @param sourceMap      where each rendered value came from
 */
public record RenderSuccess(ObjectNode app, String renderedText, CosmosLabels labels, ObjectNode mergedOptions,
                            List<DuplicateKey> duplicateKeys, SourceMap sourceMap) implements RenderResult {

    public RenderSuccess {
        duplicateKeys = List.copyOf(duplicateKeys);
    }

    /** The app as {@code /package/render} prints it: object members holding null left out. */
    public ObjectNode renderJson() {
        return (ObjectNode) JsonMerge.dropNulls(app);
    }

    /** What {@code /package/install} sends to Marathon: nulls kept. */
    public ObjectNode installJson() {
        return app.deepCopy();
    }

    /** The render output with the OPTIONS and DEFINITION labels decoded, for people to read. */
    public ObjectNode renderJsonWithDecodedLabels() {
        ObjectNode out = renderJson();
        JsonNode current = out.get("labels");
        ObjectNode labelsNode = current instanceof ObjectNode o ? o : out.putObject("labels");
        labels.decoded().properties().forEach(e -> labelsNode.set(e.getKey(), e.getValue()));
        return out;
    }
}

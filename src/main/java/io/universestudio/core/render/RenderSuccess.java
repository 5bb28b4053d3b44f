package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.DuplicateKey;

import java.util.List;
import java.util.function.Supplier;

/**
 * A rendered Marathon app. Immutable in use: treat the trees it returns as read-only, or copy them.
 * The decorated app, its labels and the source map are built on first request (the preview asks for them;
 * lint renders never do).
 */
public final class RenderSuccess implements RenderResult {

    private final Supplier<Decorated> decorator;
    private volatile Decorated decorated;
    private final String renderedText;
    private final ObjectNode mergedOptions;
    private final List<DuplicateKey> duplicateKeys;
    private final Supplier<SourceMap> sourceMapBuilder;
    private volatile SourceMap sourceMap;

    /** The app with Cosmos's labels on it, and those labels. */
    record Decorated(ObjectNode app, CosmosLabels labels) {
    }

    RenderSuccess(Supplier<Decorated> decorator, String renderedText, ObjectNode mergedOptions,
                  List<DuplicateKey> duplicateKeys, Supplier<SourceMap> sourceMapBuilder) {
        this.decorator = decorator;
        this.renderedText = renderedText;
        this.mergedOptions = mergedOptions;
        this.duplicateKeys = List.copyOf(duplicateKeys);
        this.sourceMapBuilder = sourceMapBuilder;
    }

    /** The app as {@code /package/install} sends it to Marathon (nulls kept), keys in Cosmos's order. */
    public ObjectNode app() {
        return decorated().app();
    }

    private Decorated decorated() {
        Decorated d = decorated;
        if (d == null) {
            synchronized (this) {
                d = decorated;
                if (d == null) {
                    d = decorator.get();
                    decorated = d;
                }
            }
        }
        return d;
    }

    /** The text the template produced, before parsing and decorating. */
    public String renderedText() {
        return renderedText;
    }

    /** The five Cosmos labels, encoded and decoded. */
    public CosmosLabels labels() {
        return decorated().labels();
    }

    /** The config defaults with the user's options merged over them (what was validated). */
    public ObjectNode mergedOptions() {
        return mergedOptions;
    }

    /** Keys the rendered text holds twice (the last wins, as in Cosmos). */
    public List<DuplicateKey> duplicateKeys() {
        return duplicateKeys;
    }

    /** Where each rendered value came from (built once, on first use; thread-safe). */
    public SourceMap sourceMap() {
        SourceMap map = sourceMap;
        if (map == null) {
            synchronized (this) {
                map = sourceMap;
                if (map == null) {
                    map = sourceMapBuilder.get();
                    sourceMap = map;
                }
            }
        }
        return map;
    }

    /** The app as {@code /package/render} prints it: object members holding null left out. */
    public ObjectNode renderJson() {
        return (ObjectNode) JsonMerge.dropNulls(app());
    }

    /** What {@code /package/install} sends to Marathon: nulls kept. */
    public ObjectNode installJson() {
        return app().deepCopy();
    }

    /** The render output with the OPTIONS and DEFINITION labels decoded, for people to read. */
    public ObjectNode renderJsonWithDecodedLabels() {
        ObjectNode out = renderJson();
        JsonNode current = out.get("labels");
        ObjectNode labelsNode = current instanceof ObjectNode o ? o : out.putObject("labels");
        labels().decoded().properties().forEach(e -> labelsNode.set(e.getKey(), e.getValue()));
        return out;
    }
}

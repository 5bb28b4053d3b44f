package io.universestudio.ui.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.render.CosmosLabels;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The rendered app as the preview shows it: Cosmos's base64 labels (the package definition, the options)
 * replaced by a short note, because the Labels tab shows them decoded. The definition label is the gzip of
 * the whole package: for datastax-dse/700 one 69,000-character line at the top of the preview, which changes
 * at every edit of any file and had to be laid out again on the FX thread at every render (ADR 0148).
 */
final class EncodedLabels {

    /** Labels that are base64 of JSON, shown decoded in the Labels tab. */
    private static final List<String> ENCODED = List.of(CosmosLabels.DEFINITION, CosmosLabels.OPTIONS);
    /** Shorter values are shown as they are: the options of a default render are a few characters. */
    static final int LONGEST_SHOWN = 200;

    private EncodedLabels() {
    }

    /**
     * {@code app} with each long encoded label replaced by {@code note} of its length; {@code app} itself is
     * not changed (the other values are shared, not copied).
     */
    static ObjectNode abbreviated(ObjectNode app, IntFunction<String> note) {
        if (!(app.get("labels") instanceof ObjectNode labels)
                || ENCODED.stream().noneMatch(k -> labels.path(k).isTextual() && labels.get(k).textValue().length() > LONGEST_SHOWN)) {
            return app;
        }
        ObjectNode shortLabels = JsonNodeFactory.instance.objectNode();
        labels.properties().forEach(e -> shortLabels.set(e.getKey(), shown(e.getKey(), e.getValue(), note)));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        app.properties().forEach(e -> out.set(e.getKey(), e.getKey().equals("labels") ? shortLabels : e.getValue()));
        return out;
    }

    private static JsonNode shown(String key, JsonNode value, IntFunction<String> note) {
        return ENCODED.contains(key) && value.isTextual() && value.textValue().length() > LONGEST_SHOWN
                ? JsonNodeFactory.instance.textNode(note.apply(value.textValue().length()))
                : value;
    }
}

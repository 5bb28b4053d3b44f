package io.universestudio.ui.preview;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.render.CosmosLabels;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EncodedLabelsTest {

    private static ObjectNode app(String definition, String options) {
        ObjectNode app = JsonNodeFactory.instance.objectNode();
        app.put("id", "demo");
        ObjectNode labels = app.putObject("labels");
        labels.put(CosmosLabels.NAME, "demo");
        labels.put(CosmosLabels.DEFINITION, definition);
        labels.put(CosmosLabels.OPTIONS, options);
        labels.put("MY_LABEL", "x".repeat(500));
        app.put("cpus", 1);
        return app;
    }

    @Test
    void longEncodedLabelsBecomeANoteOfTheirLengthAndTheRestStaysInOrder() {
        ObjectNode app = app("H".repeat(69_000), "e30=");
        ObjectNode shown = EncodedLabels.abbreviated(app, n -> "(" + n + " characters)");

        assertThat(shown.path("labels").path(CosmosLabels.DEFINITION).textValue()).isEqualTo("(69000 characters)");
        assertThat(shown.path("labels").path(CosmosLabels.OPTIONS).textValue()).isEqualTo("e30=");
        assertThat(shown.path("labels").path("MY_LABEL").textValue()).hasSize(500); // the template's own labels as written
        assertThat(List.of(shown.fieldNames().next(), shown.path("cpus").asInt())).containsExactly("id", 1);
        assertThat(shown.path("labels").properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly(CosmosLabels.NAME, CosmosLabels.DEFINITION, CosmosLabels.OPTIONS, "MY_LABEL");
        assertThat(app.path("labels").path(CosmosLabels.DEFINITION).textValue()).hasSize(69_000); // the render is untouched
    }

    @Test
    void anAppWithShortOrNoLabelsIsShownAsItIs() {
        ObjectNode app = app("short", "e30=");
        assertThat(EncodedLabels.abbreviated(app, n -> "note")).isSameAs(app);
        ObjectNode none = JsonNodeFactory.instance.objectNode().put("id", "x");
        assertThat(EncodedLabels.abbreviated(none, n -> "note")).isSameAs(none);
    }
}

package io.universestudio.ui.editor.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.schema.OptionPath;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The install form is a view of the one what-if options property, both ways. */
class InstallFormViewModelTest {

    private static final String CONFIG = """
            {"type": "object", "properties": {"service": {"type": "object", "properties": {
              "name": {"type": "string", "default": "demo"},
              "cpus": {"type": "number", "default": 1},
              "instances": {"type": "integer", "default": 2}}}}}
            """;

    private final ObjectProperty<ConfigSchema> schema = new SimpleObjectProperty<>(
            ConfigSchema.of(JsonDocument.ofText(RevisionFile.CONFIG, CONFIG)).orElseThrow());
    private final ObjectProperty<ObjectNode> whatIf = new SimpleObjectProperty<>(JsonText.mapper().createObjectNode());
    private final InstallFormViewModel form = new InstallFormViewModel(schema, whatIf);

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JsonText.mapper().readTree(text);
    }

    @Test
    void valuesSetElsewhereShowInTheFieldsAndTypedOnesGoBackInPlace() throws Exception {
        whatIf.set(json("{\"service\": {\"instances\": 5}, \"extra\": {\"x\": 1}}"));
        assertThat(form.valuesProperty().get().text(OptionPath.of("service", "instances"))).isEqualTo("5");
        assertThat(form.outsideChangesProperty().get()).isEqualTo(1);

        form.setText(OptionPath.of("service", "cpus"), "2.5");
        // The key without a field stays; the order of the JSON is kept, the new value is added after.
        assertThat(JsonText.compact(whatIf.get())).isEqualTo("{\"service\":{\"instances\":5,\"cpus\":2.5},\"extra\":{\"x\":1}}");
        assertThat(form.outsideChangesProperty().get()).isEqualTo(1);

        // Back to a default: the key goes, and an object left empty with it.
        form.setText(OptionPath.of("service", "instances"), "2");
        form.setText(OptionPath.of("service", "cpus"), "1");
        assertThat(JsonText.compact(whatIf.get())).isEqualTo("{\"extra\":{\"x\":1}}");

        // Text that does not parse is kept in the field while the what-if options leave the value out.
        form.setText(OptionPath.of("service", "instances"), "many");
        assertThat(form.valuesProperty().get().text(OptionPath.of("service", "instances"))).isEqualTo("many");
        assertThat(JsonText.compact(whatIf.get())).isEqualTo("{\"extra\":{\"x\":1}}");

        form.reset();
        assertThat(whatIf.get().isEmpty()).isTrue();
    }

    @Test
    void anotherConfigKeepsTheValuesItsFieldsCanHold() throws Exception {
        whatIf.set(json("{\"service\": {\"instances\": 5, \"gone\": true}}"));
        schema.set(ConfigSchema.of(JsonDocument.ofText(RevisionFile.CONFIG, CONFIG.replace("\"cpus\"", "\"mem\""))).orElseThrow());
        assertThat(JsonText.compact(whatIf.get())).isEqualTo("{\"service\":{\"instances\":5}}");
        assertThat(form.valuesProperty().get().text(OptionPath.of("service", "instances"))).isEqualTo("5");
    }

    /** Issue 13: keys the form has no field for (set in the preview's JSON) outlive a config edit while they name an option. */
    @Test
    void keysWithoutAFieldStayThroughAConfigEditWhileTheyNameAnOption() throws Exception {
        String withFreeForm = CONFIG.replace("\"instances\": {\"type\": \"integer\", \"default\": 2}}",
                "\"instances\": {\"type\": \"integer\", \"default\": 2},"
                        + " \"env\": {\"type\": \"object\", \"additionalProperties\": {\"type\": \"string\"}}}");
        assertThat(withFreeForm).contains("additionalProperties");
        schema.set(ConfigSchema.of(JsonDocument.ofText(RevisionFile.CONFIG, withFreeForm)).orElseThrow());
        whatIf.set(json("{\"service\": {\"env\": {\"A\": \"1\", \"B\": \"2\"}, \"instances\": 5, \"gone\": true}, \"other\": 1}"));

        // An edit elsewhere in config.json (cpus renamed mem): env still names an option, its keys stay whole.
        schema.set(ConfigSchema.of(JsonDocument.ofText(RevisionFile.CONFIG, withFreeForm.replace("\"cpus\"", "\"mem\""))).orElseThrow());
        assertThat(JsonText.compact(whatIf.get()))
                .isEqualTo("{\"service\":{\"env\":{\"A\":\"1\",\"B\":\"2\"},\"instances\":5}}");

        // env removed from config.json: then it names nothing and goes.
        schema.set(ConfigSchema.of(JsonDocument.ofText(RevisionFile.CONFIG, CONFIG)).orElseThrow());
        assertThat(JsonText.compact(whatIf.get())).isEqualTo("{\"service\":{\"instances\":5}}");
    }
}

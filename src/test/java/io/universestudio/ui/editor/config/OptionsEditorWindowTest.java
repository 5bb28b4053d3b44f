package io.universestudio.ui.editor.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.ui.app.AppContext;
import io.universestudio.ui.app.StudioWindow;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds and renames options through the Options tab of the real window, as an author would. */
@StudioWindow.WindowTest
class OptionsEditorWindowTest {

    static final String TEMPLATE = """
            {
              "id": "{{service.name}}",
              "cpus": {{service.cpus}},
              {{#service}}"user": "{{name}}-user",{{/service}}
              "mem": 512
            }
            """;

    @TempDir
    Path home;

    private AppContext app;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = StudioWindow.demoRevision(home, StudioWindow.DEMO_PACKAGE);
        Files.writeString(folder.resolve("marathon.json.mustache"), TEMPLATE);
        app = StudioWindow.show(stage, home, folder);
    }

    @Test
    void theInstallFormShowsOptionsWrittenWhileItWasNeverShown(FxRobot robot) {
        // Built only where it can be seen: options that came while the Options tab was never selected are in
        // the form when it first shows.
        robot.interact(() -> app.session().apply(io.universestudio.ui.session.Edit.of("options", r -> r.withText(RevisionFile.CONFIG, """
                {"type": "object", "properties": {"service": {"type": "object", "properties": {
                  "name": {"type": "string", "default": "hidden-demo", "description": "The name"}}}}}
                """))));
        showOptions(robot);
        robot.clickOn("#installFormTab");
        assertThat(robot.lookup("#if-service_name").queryAs(TextField.class).getText()).isEqualTo("hidden-demo");

        // And a change while it shows is drawn at once.
        robot.interact(() -> app.session().apply(io.universestudio.ui.session.Edit.of("options", r -> r.withText(RevisionFile.CONFIG, """
                {"type": "object", "properties": {"service": {"type": "object", "properties": {
                  "name": {"type": "string", "default": "shown-demo"}}}}}
                """))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#if-service_name").queryAs(TextField.class).getText()).isEqualTo("shown-demo");
    }

    @Test
    void anOptionSelectedWhileTheSourceShowsIsSelectedInTheTreeOnTheWayBack(FxRobot robot) {
        robot.interact(() -> app.session().apply(io.universestudio.ui.session.Edit.of("options", r -> r.withText(RevisionFile.CONFIG, """
                {"type": "object", "properties": {"service": {"type": "object", "properties": {
                  "name": {"type": "string", "default": "demo"}, "user": {"type": "string", "default": "nobody"}}}}}
                """))));
        showOptions(robot);
        var selection = app.visualEditors().options().model().selectionProperty();
        robot.interact(() -> selection.set(io.universestudio.core.schema.OptionPath.dotted("service.name")));
        robot.interact(() -> app.tabs().select(RevisionFile.CONFIG, false));
        robot.interact(() -> selection.set(io.universestudio.core.schema.OptionPath.dotted("service.user")));
        showOptions(robot);
        javafx.scene.control.TreeView<?> tree = robot.lookup("#optionsTree").queryAs(javafx.scene.control.TreeView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue())
                .isEqualTo(io.universestudio.core.schema.OptionPath.dotted("service.user"));
    }

    private void showOptions(FxRobot robot) {
        robot.interact(() -> app.tabs().select(RevisionFile.CONFIG, true));
    }

    private static void addOption(FxRobot robot, String type) {
        robot.clickOn("#addOption").clickOn("#add-" + type);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.clickOn(field).push(KeyCode.SHORTCUT, KeyCode.A).write(text).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private JsonNode config() throws Exception {
        return JsonText.mapper().readTree(app.session().current().text(RevisionFile.CONFIG).orElseThrow());
    }

    private void choose(FxRobot robot, String combo, String value) {
        @SuppressWarnings("unchecked")
        ComboBox<String> box = robot.lookup(combo).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    @Test
    void buildsAConfigFromNothingThroughTheTreeAndTheFormShowsIt(FxRobot robot) throws Exception {
        assertThat(app.session().current().has(RevisionFile.CONFIG)).isFalse();
        showOptions(robot);

        addOption(robot, "object");
        type(robot, "#prop-name", "service");
        robot.clickOn("#prop-description").write("The service").clickOn("#prop-name"); // focus leaves: commit
        WaitForAsyncUtils.waitForFxEvents();

        addOption(robot, "string");
        type(robot, "#prop-name", "name");
        type(robot, "#prop-default", "demo");
        robot.clickOn("#prop-required");

        robot.interact(() -> app.visualEditors().options().select(io.universestudio.core.schema.OptionPath.of("service")));
        addOption(robot, "integer");
        type(robot, "#prop-name", "instances");
        type(robot, "#prop-default", "2");
        type(robot, "#prop-minimum", "1");

        robot.interact(() -> app.visualEditors().options().select(io.universestudio.core.schema.OptionPath.of("service")));
        addOption(robot, "number");
        type(robot, "#prop-name", "cpus");
        type(robot, "#prop-default", "0.5");

        robot.interact(() -> app.visualEditors().options().select(io.universestudio.core.schema.OptionPath.of("service")));
        addOption(robot, "boolean");
        type(robot, "#prop-name", "debug");
        choose(robot, "#prop-default-choice", "false");

        robot.interact(() -> app.visualEditors().options().select(io.universestudio.core.schema.OptionPath.of("service")));
        addOption(robot, "string");
        type(robot, "#prop-name", "size");
        type(robot, "#prop-enum", "small, medium, large");
        choose(robot, "#prop-default-choice", "medium");

        robot.interact(() -> app.visualEditors().options().select(io.universestudio.core.schema.OptionPath.of("service")));
        addOption(robot, "array");
        type(robot, "#prop-name", "ports");
        type(robot, "#prop-default", "[80, 443]");

        JsonNode expected = JsonText.mapper().readTree("""
                {"type": "object", "properties": {"service": {"description": "The service", "type": "object",
                  "properties": {
                    "name": {"type": "string", "default": "demo"},
                    "instances": {"type": "integer", "default": 2, "minimum": 1},
                    "cpus": {"type": "number", "default": 0.5},
                    "debug": {"type": "boolean", "default": false},
                    "size": {"type": "string", "default": "medium", "enum": ["small", "medium", "large"]},
                    "ports": {"type": "array", "default": [80, 443]}},
                  "required": ["name"]}}}
                """);
        assertThat(config()).isEqualTo(expected);
        String text = app.session().current().text(RevisionFile.CONFIG).orElseThrow();
        assertThat(text).contains("\"enum\": [").contains("\"required\": [");

        // The Source view shows the same text.
        robot.interact(() -> app.tabs().select(RevisionFile.CONFIG, false));
        assertThat(app.tabs().source(RevisionFile.CONFIG).orElseThrow().area().getText()).isEqualTo(text);

        // The install form draws it: one tab, the required mark, the enum as a choice; a changed value
        // becomes a what-if option (only what differs from the defaults).
        robot.interact(() -> app.tabs().select(RevisionFile.CONFIG, true));
        robot.clickOn("#installFormTab");
        assertThat(robot.lookup("#formTab-service").tryQuery()).isPresent();
        assertThat(robot.lookup("#if-service_name").queryAs(TextField.class).getText()).isEqualTo("demo");
        assertThat(robot.lookup(LabeledMatchers.hasText("name *")).tryQuery()).isPresent();
        assertThat(robot.lookup("#if-service_size").queryAs(ComboBox.class).getItems()).hasSize(3);
        assertThat(robot.lookup("#if-service_debug").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(app.visualEditors().installForm().optionsProperty().get().isEmpty()).isTrue();
        type(robot, "#if-service_instances", "5");
        assertThat(JsonText.compact(app.visualEditors().installForm().optionsProperty().get()))
                .isEqualTo("{\"service\":{\"instances\":5}}");
        // ...and the Marathon preview renders with it.
        type(robot, "#if-service_cpus", "2.5");
        assertThat(JsonText.compact(app.preview().optionsProperty().get()))
                .isEqualTo("{\"service\":{\"instances\":5,\"cpus\":2.5}}");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> app.previewModel().appTextProperty().get().contains("2.5"));
        assertThat(app.previewModel().appTextProperty().get()).contains("\"id\": \"demo\"").contains("\"cpus\": 2.5");
        type(robot, "#if-service_instances", "0");
        assertThat(robot.lookup("Must be at least 1.").tryQuery()).isPresent();

        // Every step was an edit: undo walks back to no config at all.
        robot.interact(() -> {
            while (app.session().undo()) {
                // all the way back
            }
        });
        assertThat(app.session().current().has(RevisionFile.CONFIG)).isFalse();
    }

    @Test
    void renamingAnOptionUpdatesTheTemplateInTheSameUndoStep(FxRobot robot) throws Exception {
        robot.interact(() -> app.session().apply(io.universestudio.ui.session.Edit.of("config", r -> r.withText(
                RevisionFile.CONFIG, """
                        {
                          "type": "object",
                          "properties": {
                            "service": {
                              "type": "object",
                              "properties": {
                                "name": {"type": "string", "default": "demo"},
                                "cpus": {"type": "number", "default": 1}
                              }
                            }
                          }
                        }
                        """))));
        String configBefore = app.session().current().text(RevisionFile.CONFIG).orElseThrow();
        showOptions(robot);
        robot.interact(() -> app.visualEditors().options().select(io.universestudio.core.schema.OptionPath.of("service", "name")));
        type(robot, "#prop-name", "id");

        assertThat(robot.lookup("#renameDialog").tryQuery()).isPresent();
        String changes = robot.lookup("#renameChanges").queryAs(TextArea.class).getText();
        assertThat(changes).contains("line 2: {{service.name}} \u2192 {{service.id}}").contains("{{name}} \u2192 {{id}}");
        Node dialog = robot.lookup("#renameDialog").queryAs(Node.class);
        robot.clickOn(robot.from(dialog).lookup(LabeledMatchers.hasText("Rename and update template")).queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(config().at("/properties/service/properties").fieldNames()).toIterable().containsExactly("id", "cpus");
        String template = app.session().current().template().orElseThrow();
        assertThat(template).isEqualTo(TEMPLATE.replace("{{service.name}}", "{{service.id}}")
                .replace("\"{{name}}-user\"", "\"{{id}}-user\""));

        robot.interact(() -> app.session().undo());
        assertThat(app.session().current().template()).contains(TEMPLATE);
        assertThat(app.session().current().text(RevisionFile.CONFIG)).contains(configBefore);
    }

    @Test
    void aTakenOrUnusableNameIsRefusedBesideTheFieldAndTheTypedTextStays(FxRobot robot) throws Exception {
        robot.interact(() -> app.session().apply(io.universestudio.ui.session.Edit.of("config", r -> r.withText(
                RevisionFile.CONFIG, """
                        {
                          "type": "object",
                          "properties": {
                            "service": {
                              "type": "object",
                              "properties": {
                                "name": {"type": "string", "default": "demo"},
                                "cpus": {"type": "number", "default": 1}
                              }
                            }
                          }
                        }
                        """))));
        String configBefore = app.session().current().text(RevisionFile.CONFIG).orElseThrow();
        showOptions(robot);
        robot.interact(() -> app.visualEditors().options().select(io.universestudio.core.schema.OptionPath.of("service", "name")));

        type(robot, "#prop-name", "cpus");
        javafx.scene.control.Label problem = robot.lookup("#prop-name-problem").queryAs(javafx.scene.control.Label.class);
        assertThat(problem.getText()).isEqualTo("\"cpus\" is already an option of service; choose another name.");
        assertThat(problem.isVisible()).isTrue();
        assertThat(robot.lookup("#prop-name").queryAs(TextField.class).getText()).isEqualTo("cpus");
        assertThat(robot.lookup("#renameDialog").tryQuery()).isEmpty();
        assertThat(app.session().current().text(RevisionFile.CONFIG)).contains(configBefore);

        type(robot, "#prop-name", "cpus.max");
        assertThat(problem.getText()).contains("contains a dot");
        assertThat(robot.lookup("#prop-name").queryAs(TextField.class).getText()).isEqualTo("cpus.max");

        // Corrected back to a name that works: the reason goes away.
        type(robot, "#prop-name", "name");
        assertThat(problem.getText()).isEmpty();
        assertThat(problem.isVisible()).isFalse();
        assertThat(app.session().current().text(RevisionFile.CONFIG)).contains(configBefore);

        // Another option shows its own name, without the old reason.
        type(robot, "#prop-name", "cpus");
        robot.interact(() -> app.visualEditors().options().select(io.universestudio.core.schema.OptionPath.of("service", "cpus")));
        assertThat(problem.getText()).isEmpty();
        assertThat(robot.lookup("#prop-name").queryAs(TextField.class).getText()).isEqualTo("cpus");
    }
}

package io.universestudio.ui.preview;

import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.schema.OptionPath;
import io.universestudio.ui.app.AppContext;
import io.universestudio.ui.app.StudioWindow;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview's what-if list keeps the edited row and its focus, and shows the same values as the Install form. */
@StudioWindow.WindowTest
class WhatIfWindowTest {

    @TempDir
    Path home;

    private AppContext app;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = StudioWindow.demoRevision(home, StudioWindow.DEMO_PACKAGE);
        Files.writeString(folder.resolve("config.json"), """
                {
                  "type": "object",
                  "properties": {
                    "service": {
                      "type": "object",
                      "properties": {
                        "name": {"type": "string", "default": "demo"},
                        "cpus": {"type": "number", "default": 1},
                        "instances": {"type": "integer", "default": 2, "minimum": 1},
                        "user": {"type": "string", "default": "nobody"}
                      }
                    }
                  }
                }
                """);
        Files.writeString(folder.resolve("marathon.json.mustache"), """
                {
                  "id": "{{service.name}}",
                  "cpus": {{service.cpus}},
                  "instances": {{service.instances}},
                  "user": "{{service.user}}"
                }
                """);
        app = StudioWindow.show(stage, home, folder);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    private static List<String> pointers(ListView<OptionLeaf> list) {
        return list.getItems().stream().map(OptionLeaf::pointer).toList();
    }

    private static TextField rowField(FxRobot robot, String pointer) {
        return robot.lookup("#whatIfForm .text-field").queryAllAs(TextField.class).stream()
                .filter(f -> pointer.equals(f.getProperties().get("pointer"))).findFirst().orElseThrow();
    }

    @Test
    void theJsonTabIsMadeWhenFirstShownAndItsTextSetsTheOptions(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#whatIfJson").tryQuery()).as("made before its tab is shown").isEmpty();
        robot.clickOn(robot.lookup("#whatIf .tab-label").match((javafx.scene.control.Label l) -> "JSON".equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class));
        org.fxmisc.richtext.CodeArea json = robot.lookup("#whatIfJson").queryAs(org.fxmisc.richtext.CodeArea.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(json.getText()).as("the options given, none yet").isEqualTo(app.previewModel().optionsJsonProperty().get())
                .doesNotContain("instances");

        robot.interact(() -> json.replaceText("{\"service\": {\"instances\": 3}}"));
        // Handed over when the person leaves the tab, as after typing.
        robot.clickOn(robot.lookup("#whatIf .tab-label").match((javafx.scene.control.Label l) -> "Values".equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class));
        waitFor(() -> app.previewModel().appTextProperty().get().contains("\"instances\": 3"));
        assertThat(JsonText.compact(app.preview().optionsProperty().get())).isEqualTo("{\"service\":{\"instances\":3}}");
    }

    @Test
    void theEditedRowStaysInPlaceWithTheFocusAndTheInstallFormFollows(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<OptionLeaf> list = robot.lookup("#whatIfForm").queryAs(ListView.class);
        waitFor(() -> list.getItems().size() == 4);
        List<String> order = List.of("/service/name", "/service/cpus", "/service/instances", "/service/user");
        assertThat(pointers(list)).isEqualTo(order);

        TextField instances = rowField(robot, "/service/instances");
        robot.clickOn(instances).push(KeyCode.SHORTCUT, KeyCode.A).write("5").push(KeyCode.ENTER);
        waitFor(() -> app.previewModel().appTextProperty().get().contains("\"instances\": 5"));
        waitFor(() -> list.getItems().get(2).changed());

        // The row did not move, and the keyboard is still in its field.
        assertThat(pointers(list)).isEqualTo(order);
        Node focused = list.getScene().getFocusOwner();
        assertThat(focused).isInstanceOf(TextField.class);
        assertThat(focused.getProperties().get("pointer")).isEqualTo("/service/instances");
        assertThat(((TextField) focused).getText()).isEqualTo("5");
        // Typing goes on in the same row: the next value replaces it there.
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("7").push(KeyCode.ENTER);
        waitFor(() -> app.previewModel().appTextProperty().get().contains("\"instances\": 7"));
        assertThat(pointers(list)).isEqualTo(order);
        assertThat(list.getScene().getFocusOwner().getProperties().get("pointer")).isEqualTo("/service/instances");

        // The Install form shows the value set in the preview...
        robot.interact(() -> app.tabs().select(RevisionFile.CONFIG, true));
        robot.clickOn("#installFormTab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#if-service_instances").queryAs(TextField.class).getText()).isEqualTo("7");
        assertThat(app.visualEditors().installForm().valuesProperty().get().text(OptionPath.of("service", "instances")))
                .isEqualTo("7");

        // ...and a value typed there appears in the preview's list, beside the one from the preview.
        robot.clickOn("#if-service_cpus").push(KeyCode.SHORTCUT, KeyCode.A).write("2.5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(JsonText.compact(app.preview().optionsProperty().get()))
                .isEqualTo("{\"service\":{\"instances\":7,\"cpus\":2.5}}");
        waitFor(() -> list.getItems().get(1).text().equals("2.5"));
        assertThat(pointers(list)).isEqualTo(order);
        assertThat(rowField(robot, "/service/cpus").getText()).isEqualTo("2.5");

        // Back to the defaults from the preview: the form follows, in the same fields (the tab is not drawn again).
        TextField instancesField = robot.lookup("#if-service_instances").queryAs(TextField.class);
        TextField nameField = robot.lookup("#if-service_name").queryAs(TextField.class);
        robot.clickOn("#resetOptions");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#if-service_instances").queryAs(TextField.class)).isSameAs(instancesField);
        assertThat(robot.lookup("#if-service_name").queryAs(TextField.class)).isSameAs(nameField);
        assertThat(robot.lookup("#if-service_instances").queryAs(TextField.class).getText()).isEqualTo("2");
        assertThat(robot.lookup("#if-service_cpus").queryAs(TextField.class).getText()).isEqualTo("1");
        assertThat(app.visualEditors().installForm().optionsProperty().get().isEmpty()).isTrue();
    }
}

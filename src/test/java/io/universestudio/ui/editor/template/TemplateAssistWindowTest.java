package io.universestudio.ui.editor.template;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.schema.OptionPath;
import io.universestudio.core.template.Completion;
import io.universestudio.ui.app.AppContext;
import io.universestudio.ui.app.StudioWindow;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Completion, go to option, section matching and the unclosed-section mark in the real template editor. */
@StudioWindow.WindowTest
class TemplateAssistWindowTest {

    static final String TEMPLATE = "{\n  \"id\": \"{{service.name}}\",\n  {{#service}}\"cpus\": {{cpus}},{{/service}}\n  \"x\": 1\n}\n";

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
                        "name": {"type": "string", "default": "demo", "description": "Service name"},
                        "cpus": {"type": "number", "default": 1}
                      }
                    }
                  }
                }
                """);
        Files.writeString(folder.resolve("marathon.json.mustache"), TEMPLATE);
        app = StudioWindow.show(stage, home, folder);
        app.tabs().select(RevisionFile.TEMPLATE, false);
    }

    private CodeArea area(FxRobot robot) {
        return robot.lookup("#source-template").queryAs(CodeArea.class);
    }

    @Test
    void typingATagOffersTheOptionPathsAndEnterInsertsOne(FxRobot robot) {
        CodeArea area = area(robot);
        robot.clickOn(area);
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(TEMPLATE.indexOf("  \"x\""));
        });
        // Typed one character at a time at the caret, as keys would. (Typing through the robot is not used:
        // when the live preview and validation answer mid-typing, Monocle can move the focus.)
        for (char ch : "\"n\": {{serv".toCharArray()) {
            robot.interact(() -> area.replaceSelection(String.valueOf(ch)));
        }
        WaitForAsyncUtils.waitForFxEvents();
        TemplateAssist assist = app.visualEditors().template();
        assertThat(assist.shownCompletions()).extracting(Completion::insert)
                .startsWith("service").contains("service.name", "service.cpus");

        // The completion list follows the theme and the zoom while it is open.
        javafx.scene.Scene popup = robot.lookup("#templateCompletions").queryAs(javafx.scene.control.ListView.class).getScene();
        robot.interact(() -> {
            app.appearance().zoomIn();
            app.appearance().setDark(true);
        });
        assertThat(popup.getRoot().getStyle()).contains("-fx-font-size: 14.3px");
        assertThat(popup.getRoot().getStyleClass()).contains("dark");
        robot.interact(() -> {
            app.appearance().resetZoom();
            app.appearance().setDark(false);
        });
        assertThat(popup.getRoot().getStyle()).contains("-fx-font-size: 13.0px");
        assertThat(popup.getRoot().getStyleClass()).doesNotContain("dark");
        robot.interact(() -> {
            area.fireEvent(key(KeyCode.DOWN));
            area.fireEvent(key(KeyCode.ENTER));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).contains("\"n\": {{service.name}}  \"x\"");
        robot.interact(() -> app.tabs().commitPending());
        assertThat(app.session().current().template().orElseThrow()).contains("{{service.name}}  \"x\"");
    }

    private static javafx.scene.input.KeyEvent key(KeyCode code) {
        return new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }

    @Test
    void ctrlClickGoesToTheOptionAndSectionsAreMatchedAndMarked(FxRobot robot) throws Exception {
        TemplateAssist assist = app.visualEditors().template();
        CodeArea area = area(robot);

        // Go to option: {{cpus}} inside {{#service}} is service.cpus.
        robot.interact(() -> assist.goToOptionAt(TEMPLATE.indexOf("{{cpus}}") + 3));
        assertThat(app.visualEditors().options().model().selectionProperty().get()).isEqualTo(OptionPath.of("service", "cpus"));
        Tab selected = app.tabs().pane().getSelectionModel().getSelectedItem();
        assertThat(selected.getId()).isEqualTo("tab-config");

        // Matching: the caret on {{#service}} highlights it and its {{/service}}.
        robot.interact(() -> app.tabs().select(RevisionFile.TEMPLATE, false));
        robot.interact(() -> area.moveTo(TEMPLATE.indexOf("{{#service}}") + 4));
        assertThat(assist.matchedRanges()).hasSize(2);
        assertThat(assist.matchedRanges().get(1)[0]).isEqualTo(TEMPLATE.indexOf("{{/service}}"));

        // Removing the close tag leaves the section unclosed: its line gets a gutter mark.
        robot.interact(() -> area.replaceText(TEMPLATE.indexOf("{{/service}}"), TEMPLATE.indexOf("{{/service}}") + 12, ""));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !assist.marks().isEmpty());
        assertThat(assist.marks()).containsOnlyKeys(3);
        assertThat(assist.marks().get(3)).contains("never closed");
    }
}

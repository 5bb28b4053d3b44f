package io.universestudio.ui.preview;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.testsupport.Shared;
import io.universestudio.ui.app.AppContext;
import io.universestudio.ui.app.StudioWindow;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In presenter mode, with datastax-dse/700 open, the caret on a template tag marks in the preview the value
 * that tag printed (scrolled into view), and nothing is marked on plain template text or while the
 * template has changed since the last render.
 */
@StudioWindow.WindowTest
class CaretValueWindowTest {

    @TempDir
    Path home;

    private AppContext app;

    @Start
    void start(Stage stage) {
        Path folder = Shared.revision("D/datastax-dse/700");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(folder), "datastax-dse/700 is not in the corpus");
        app = StudioWindow.show(stage, home, folder);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    @Test
    void theValuePrintedByTheTagUnderTheCaretIsMarkedInThePreview(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app.appearance().setPresenter(true);
            app.tabs().select(RevisionFile.TEMPLATE, false);
        });
        CodeArea template = robot.lookup("#source-template").queryAs(CodeArea.class);
        CaretValueHighlight marks = robot.lookup("#preview").queryAs(PreviewView.class).caretValueHighlight();
        waitFor(() -> app.previewModel().caretValuesProperty().get().size() > 50);
        String text = template.getText();

        // Line 28: "MESOS_API_VERSION": "{{service.mesos_api_version}}" prints the default "V1".
        int tag = text.indexOf("{{service.mesos_api_version}}");
        robot.interact(() -> template.moveTo(tag + 5));
        assertThat(marks.shownText()).containsExactly("\"V1\"");
        CodeArea preview = robot.lookup("#previewApp").queryAs(CodeArea.class);
        int at = marks.shown().get(0).startOffset();
        assertThat(preview.getText()).contains("\"MESOS_API_VERSION\": \"V1\"");
        assertThat(preview.getText(at - "\"MESOS_API_VERSION\": ".length(), at)).isEqualTo("\"MESOS_API_VERSION\": ");
        // Scrolled to it: the marked line is on screen in the preview.
        int line = preview.offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        assertThat(line).isBetween(preview.firstVisibleParToAllParIndex(), preview.lastVisibleParToAllParIndex());
        assertThat(robot.lookup("#preview").queryAs(PreviewView.class).originLabel().getText())
                .contains("{{service.mesos_api_version}}", "line 28", "the highlighted value");
        Node mark = preview.lookupAll(".caret-value").stream().findFirst().orElseThrow();
        assertThat(mark.isVisible()).isTrue();

        // Just after the closing braces still counts as on the tag; plain text does not.
        robot.interact(() -> template.moveTo(tag + "{{service.mesos_api_version}}".length()));
        assertThat(marks.shownText()).containsExactly("\"V1\"");
        int literal = text.indexOf("\"cpus\": 1");
        robot.interact(() -> template.moveTo(literal + 2));
        assertThat(marks.shown()).isEmpty();

        // The first tag: "id": "{{service.name}}" prints the service name.
        int id = text.indexOf("{{service.name}}");
        robot.interact(() -> template.moveTo(id + 3));
        assertThat(marks.shownText()).containsExactly("\"datastax-dse\"");

        // A changed template no longer matches the render: nothing is marked until it is rendered again.
        List<Integer> markedRightAfterTyping = new java.util.ArrayList<>();
        robot.interact(() -> {
            template.insertText(0, " ");
            template.moveTo(id + 4);
            markedRightAfterTyping.add(marks.shown().size());
        });
        assertThat(markedRightAfterTyping).containsExactly(0);
        waitFor(() -> marks.shownText().equals(List.of("\"datastax-dse\"")));
    }
}

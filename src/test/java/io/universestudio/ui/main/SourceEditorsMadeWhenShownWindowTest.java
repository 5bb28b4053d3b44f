package io.universestudio.ui.main;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.testsupport.Shared;
import io.universestudio.ui.app.AppContext;
import io.universestudio.ui.app.StudioWindow;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window opens on the Package form without making any source editor (ADR 0154); each is made when its
 * view is first shown or asked for, with the file's text, and the Template's with its helpers and the
 * preview following its caret.
 */
@StudioWindow.WindowTest
class SourceEditorsMadeWhenShownWindowTest {

    @TempDir
    Path home;

    private AppContext app;

    @Start
    void start(Stage stage) {
        Path folder = Shared.revision("H/hello-world/0");
        Assumptions.assumeTrue(Files.isDirectory(folder), "hello-world/0 is not in the corpus");
        app = StudioWindow.show(stage, home, folder);
    }

    @Test
    void noSourceEditorIsMadeUntilItsViewIsShown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.session().current().packageJson().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        for (RevisionFile file : RevisionFile.values()) {
            assertThat(app.tabs().sourceMade(file)).as(file.fileName()).isFalse();
        }
        assertThat(app.visualEditors().template()).isNull();

        robot.interact(() -> app.tabs().select(RevisionFile.CONFIG, true));
        assertThat(app.tabs().sourceMade(RevisionFile.CONFIG)).as("the Options form needs no source").isFalse();

        robot.interact(() -> app.tabs().select(RevisionFile.CONFIG, false));
        assertThat(app.tabs().sourceMade(RevisionFile.CONFIG)).isTrue();
        CodeArea config = robot.lookup("#source-config").queryAs(CodeArea.class);
        assertThat(config.getText()).isEqualTo(app.session().current().text(RevisionFile.CONFIG).orElseThrow());

        robot.interact(() -> app.tabs().select(RevisionFile.TEMPLATE, false));
        assertThat(app.tabs().sourceMade(RevisionFile.TEMPLATE)).isTrue();
        assertThat(app.visualEditors().template()).as("the template's helpers come with its editor").isNotNull();
        CodeArea template = robot.lookup("#source-template").queryAs(CodeArea.class);
        assertThat(template.getText()).isEqualTo(app.session().current().template().orElseThrow());

        assertThat(app.tabs().sourceMade(RevisionFile.RESOURCE)).isFalse();
        assertThat(app.tabs().source(RevisionFile.RESOURCE)).as("asked for, it is made").isPresent();
        assertThat(app.tabs().sourceMade(RevisionFile.RESOURCE)).isTrue();
    }
}

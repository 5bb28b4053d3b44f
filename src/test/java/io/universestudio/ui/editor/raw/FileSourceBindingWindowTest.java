package io.universestudio.ui.editor.raw;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.ui.app.StudioWindow;
import io.universestudio.ui.common.Appearance;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.WindowService;
import io.universestudio.ui.prefs.PreferencesStore;
import io.universestudio.ui.problems.ProblemsViewModel;
import io.universestudio.ui.session.EditorSession;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typing in a source editor reaches the session after a pause through a parse on the background thread, here
 * a queue the test runs by hand: the session's answer is not pushed back into the editor, and an undo right
 * after the pause hands the typing over first, so the late parse changes nothing.
 */
@StudioWindow.WindowTest
class FileSourceBindingWindowTest {

    private static final String TEXT = "{\"a\": 1}\n";

    @TempDir
    Path home;

    private final Deque<Runnable> background = new ArrayDeque<>();
    private EditorSession session;
    private SourceEditor editor;

    @Start
    void start(Stage stage) {
        session = new EditorSession(Revision.empty(RevisionOrigin.NEW).withText(RevisionFile.CONFIG, TEXT));
        WindowService windows = new WindowService(new Appearance(new PreferencesStore(home, Debouncer.immediate(), Clock.systemUTC())));
        editor = new SourceEditors(background::add, Runnable::run, windows, Messages.load()).create(false, true);
        new FileSourceBinding(editor, RevisionFile.CONFIG, session, new ProblemsViewModel(), Messages.load());
        stage.setScene(new Scene(editor.view(), 400, 300));
        stage.show();
    }

    @Test
    void theParsedTypingLandsLaterAndIsNotPushedBackIntoTheEditor(FxRobot robot) throws Exception {
        CodeArea area = editor.area();
        typeAfterOne(robot, "2");
        pause();
        assertThat(session.current().text(RevisionFile.CONFIG)).contains(TEXT); // still being parsed

        robot.interact(() -> area.replaceSelection("3")); // more typing while it is parsed
        robot.interact(this::runBackground);

        assertThat(session.current().text(RevisionFile.CONFIG)).contains("{\"a\": 12}\n");
        assertThat(session.current().config().orElseThrow().parses()).isTrue();
        assertThat(area.getText()).isEqualTo("{\"a\": 123}\n");
        assertThat(area.getCaretPosition()).isEqualTo(9);

        robot.interact(editor::commitPending);
        assertThat(session.current().text(RevisionFile.CONFIG)).contains("{\"a\": 123}\n");
        robot.interact(session::undo);
        assertThat(area.getText()).as("one undo step for the typing").isEqualTo(TEXT);
    }

    @Test
    void undoRightAfterAPauseUndoesTheTypingAndTheLateParseChangesNothing(FxRobot robot) throws Exception {
        typeAfterOne(robot, "2");
        pause();

        robot.interact(() -> {
            editor.commitPending(); // as the window does before undo
            session.undo();
        });
        assertThat(session.current().text(RevisionFile.CONFIG)).contains(TEXT);
        robot.interact(this::runBackground);

        assertThat(session.current().text(RevisionFile.CONFIG)).contains(TEXT);
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(editor.area().getText()).isEqualTo(TEXT);
    }

    private void typeAfterOne(FxRobot robot, String typed) {
        robot.interact(() -> {
            editor.area().requestFocus();
            editor.area().moveTo(TEXT.indexOf('1') + 1);
            editor.area().replaceSelection(typed);
        });
    }

    /** Longer than the editor's pause before it hands typing over. */
    private static void pause() throws Exception {
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }
}

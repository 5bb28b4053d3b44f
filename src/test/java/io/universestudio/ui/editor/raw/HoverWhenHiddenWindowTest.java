package io.universestudio.ui.editor.raw;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.ui.app.StudioWindow;
import io.universestudio.ui.common.Appearance;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.WindowService;
import io.universestudio.ui.prefs.PreferencesStore;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;

/**
 * A code area's hover timer does not outlive its window: the pointer resting on the text while the window
 * shows another scene made RichTextFX look up a point on no screen, an exception on the FX thread.
 */
@StudioWindow.WindowTest
class HoverWhenHiddenWindowTest {

    @TempDir
    Path home;

    private SourceEditor editor;
    private Stage stage;
    private Scene withEditor;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WindowService windows = new WindowService(new Appearance(new PreferencesStore(home, Debouncer.immediate(), Clock.systemUTC())));
        editor = new SourceEditors(Runnable::run, Runnable::run, windows, Messages.load()).create(false, true);
        editor.setActive(true);
        editor.show("{\"a\": 1, \"b\": [1, 2, 3]}\n".repeat(20));
        withEditor = new Scene(editor.view(), 400, 300);
        stage.setScene(withEditor);
        stage.show();
    }

    @Test
    void thePointerRestingOnTheTextWhileTheWindowChangesSceneThrowsNothing(FxRobot robot) throws Exception {
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> stage.setScene(withEditor));
            robot.moveTo(editor.area()).moveBy(3, 2);
            robot.interact(() -> stage.setScene(new Scene(new StackPane(), 400, 300))); // within the hover's 350 ms
            Thread.sleep(600);
            WaitForAsyncUtils.waitForFxEvents(); // rethrows what the FX thread threw meanwhile
        }
    }
}

package io.universestudio.ui.common;

import io.universestudio.ui.app.StudioWindow;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A view's updates wait while it is in no window, and one refresh catches up when it joins one. */
@StudioWindow.WindowTest
class WhenShownWindowTest {

    private final StackPane window = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(window, 200, 100));
        stage.show();
    }

    @Test
    void updatesWhileHiddenBecomeOneRefreshWhenShownThenRunAtOnce(FxRobot robot) {
        List<String> ran = new ArrayList<>();
        Label view = new Label();
        robot.interact(() -> {
            WhenShown shown = new WhenShown(view, () -> ran.add("refresh"));
            shown.update(() -> ran.add("update 1"));
            shown.update(() -> ran.add("update 2"));
            assertThat(ran).as("nothing while in no window").isEmpty();

            window.getChildren().add(view);
            assertThat(ran).containsExactly("refresh");

            shown.update(() -> ran.add("update 3"));
            assertThat(ran).containsExactly("refresh", "update 3");

            window.getChildren().remove(view);
            window.getChildren().add(view);
            assertThat(ran).as("nothing missed: no refresh").containsExactly("refresh", "update 3");
        });
    }

    @Test
    void aViewAlreadyInAWindowIsRefreshedAtOnce(FxRobot robot) {
        List<String> ran = new ArrayList<>();
        Label view = new Label();
        robot.interact(() -> {
            window.getChildren().add(view);
            new WhenShown(view, () -> ran.add("refresh"));
        });
        assertThat(ran).containsExactly("refresh");
    }
}

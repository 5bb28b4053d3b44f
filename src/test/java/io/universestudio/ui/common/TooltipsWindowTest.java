package io.universestudio.ui.common;

import io.universestudio.ui.app.StudioWindow;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A tooltip set with {@link Tooltips#setText} is made when first pointed at, and follows later texts. */
@StudioWindow.WindowTest
class TooltipsWindowTest {

    /** Where {@code Tooltip.install} keeps a node's tooltip. */
    private static final String INSTALLED = "javafx.scene.control.Tooltip";

    private final Label cell = new Label("a cell");
    private final Label elsewhere = new Label("elsewhere");

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new HBox(40, cell, elsewhere), 300, 80));
        stage.show();
    }

    @Test
    void madeWhenPointedAtThenFollowsItsTextAndGoesWithNone(FxRobot robot) throws Exception {
        robot.interact(() -> Tooltips.setText(cell, "first"));
        assertThat(cell.getProperties()).as("not made before it is pointed at").doesNotContainKey(INSTALLED);
        assertThat(Tooltips.textOf(cell)).isEqualTo("first");

        robot.interact(() -> Tooltips.setText(cell, "second")); // a reused cell's new item, still not pointed at
        robot.moveTo(cell).moveBy(2, 1).moveBy(1, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing("second"));
        Tooltip made = (Tooltip) cell.getProperties().get(INSTALLED);

        robot.interact(() -> Tooltips.setText(cell, "third"));
        assertThat(cell.getProperties().get(INSTALLED)).as("the same tooltip, with the new text").isSameAs(made);
        assertThat(made.getText()).isEqualTo("third");

        robot.moveTo(elsewhere);
        robot.interact(() -> Tooltips.setText(cell, null));
        assertThat(cell.getProperties()).doesNotContainKey(INSTALLED);
        assertThat(Tooltips.textOf(cell)).isNull();
        robot.moveTo(cell).moveBy(2, 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell.getProperties()).as("none made for no text").doesNotContainKey(INSTALLED);

        robot.interact(() -> Tooltips.setText(cell, "back"));
        robot.moveTo(elsewhere).moveTo(cell).moveBy(2, 1).moveBy(1, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing("back"));
        robot.moveTo(elsewhere);
    }

    private static boolean showing(String text) {
        return javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof Tooltip t && t.isShowing() && text.equals(t.getText()));
    }
}

package io.universestudio.ui.wizard;

import io.universestudio.ui.app.AppContext;
import io.universestudio.ui.app.StudioWindow;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The New package wizard judges only the fields the person touched, and "ready" is not said in red. */
@StudioWindow.WindowTest
class NewPackageWizardWindowTest {

    @TempDir
    Path home;

    private AppContext app;

    @Start
    void start(Stage stage) {
        app = StudioWindow.show(stage, home, null);
    }

    private static Label status(FxRobot robot) {
        return robot.lookup("#problemsLabel").queryAs(Label.class);
    }

    private static boolean red(Label label) {
        return label.getStyleClass().contains("wizard-problems");
    }

    @Test
    void problemsAppearOnlyForTouchedFieldsAndReadyIsPlain(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> app.tools().openNewPackageWizard());
        WaitForAsyncUtils.waitForFxEvents();
        Button create = robot.lookup("#createPackage").queryAs(Button.class);

        // Nothing typed: no red, a plain word on what to fill in, Create off.
        assertThat(red(status(robot))).isFalse();
        assertThat(status(robot).getText()).isEqualTo("Give the package a name and say who maintains it, then create it.");
        assertThat(create.isDisabled()).isTrue();

        // A bad name is judged as soon as it is typed; the untouched maintainer is not.
        robot.clickOn("#wizardNameField").write("Bad Name");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(red(status(robot))).isTrue();
        assertThat(status(robot).getText()).contains("\"Bad Name\" cannot be a package name").doesNotContain("maintains");

        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("hello-cluster");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(red(status(robot))).isFalse();
        assertThat(create.isDisabled()).isTrue();

        // Leaving the maintainer empty after visiting it counts as touching it.
        robot.clickOn("#wizardMaintainerField").clickOn("#wizardNameField");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(red(status(robot))).isTrue();
        assertThat(status(robot).getText()).isEqualTo("Say who maintains the package (usually an e-mail address).");

        robot.clickOn("#wizardMaintainerField").write("ada@example.com");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(robot).getText()).isEqualTo("Ready to create.");
        assertThat(red(status(robot))).isFalse();
        assertThat(create.isDisabled()).isFalse();
        robot.clickOn(create);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.session().current().name()).contains("hello-cluster");
    }
}

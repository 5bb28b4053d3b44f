package io.universestudio.ui.editor.pkg;

import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.testsupport.Shared;
import io.universestudio.ui.app.AppContext;
import io.universestudio.ui.app.StudioWindow;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** "Upgrade to 5.0" on a real 4.0 package's form is a real migration: one undoable edit, its changes told. */
@StudioWindow.WindowTest
class PackagingMigrationWindowTest {

    @TempDir
    Path home;

    private AppContext app;

    @Start
    void start(Stage stage) throws Exception {
        Path copy = StudioWindow.copyRevision(Shared.revision("B/beta-kibana/4"), home.resolve("repo"));
        app = StudioWindow.show(stage, home, copy);
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void waitForValidation() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return app.validation().result() != null && app.validation().result().revision() == app.session().current();
        });
    }

    @Test
    void upgradeTo5OnTheFormMigratesAsOneUndoableEditAndSaysWhatChanged(FxRobot robot) throws Exception {
        robot.interact(() -> app.tabs().select(RevisionFile.PACKAGE, true));
        assertThat(app.session().current().packagingVersion()).contains(PackagingVersion.V4_0);
        waitForValidation();
        assertThat(app.validation().result().report().hasErrors()).isFalse();
        String before = app.session().current().text(RevisionFile.PACKAGE).orElseThrow();

        // Only the migration that applies is offered; the form says what manager is.
        assertThat(menuItem(robot, "migrateItem").isDisable()).isTrue();
        assertThat(menuItem(robot, "migrate5Item").isDisable()).isFalse();
        Button upgrade = robot.lookup("#upgradeVersion").queryAs(Button.class);
        assertThat(upgrade.getText()).isEqualTo("Upgrade to 5.0");
        assertThat(robot.lookup("#upgradeHint").queryAs(Label.class).getText())
                .contains("manager").contains("package manager service").contains("1.12");

        robot.clickOn(upgrade);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.session().current().packagingVersion()).contains(PackagingVersion.V5_0);
        assertThat(robot.lookup("#notificationTitle").queryAs(Label.class).getText()).isEqualTo("Migrated to packaging 5.0");
        assertThat(app.notificationProperty().get().details()).contains("packagingVersion 4.0 becomes 5.0")
                .contains("minDcosReleaseVersion").contains("becomes 1.12").contains("manager");
        assertThat(app.session().current().packageJson().orElseThrow().tree().orElseThrow()
                .path("minDcosReleaseVersion").asText()).isEqualTo("1.12");
        waitForValidation();
        assertThat(app.validation().result().report().hasErrors()).isFalse();
        // Nothing is left to migrate, and the form shows the manager field now.
        assertThat(menuItem(robot, "migrate5Item").isDisable()).isTrue();
        assertThat(menuItem(robot, "migrateItem").isDisable()).isTrue();
        assertThat(robot.lookup("#upgradeHint").query().getParent().isVisible()).isFalse();

        robot.interact(() -> app.session().undo());
        assertThat(app.session().current().text(RevisionFile.PACKAGE)).contains(before);
        assertThat(app.session().isDirty()).isFalse();
        assertThat(menuItem(robot, "migrate5Item").isDisable()).isFalse();
    }
}

package io.universestudio.ui.app;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.ui.common.Appearance;
import io.universestudio.ui.common.Theme;
import io.universestudio.ui.editor.raw.SourceEditor;
import javafx.application.Application;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every window the application makes belongs to the main window and follows the theme, zoom and presenter
 * mode while it is open: the Server and Repositories windows, a dialog, and a problem hover.
 */
@StudioWindow.WindowTest
class WindowsFollowTheAppearanceWindowTest {

    @TempDir
    Path home;

    private AppContext app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // An upper-case name: a problem in package.json to hover over.
        Path folder = StudioWindow.demoRevision(home, """
                {"packagingVersion": "4.0", "name": "Demo", "version": "1.0.0", "maintainer": "me@example.com",
                 "description": "A demo", "tags": ["demo"]}
                """);
        app = StudioWindow.show(stage, home, folder);
    }

    private static boolean dark(Scene scene) {
        return scene.getRoot().getStyleClass().contains("dark")
                && Theme.DARK.userAgentStylesheet().equals(Application.getUserAgentStylesheet());
    }

    private static Stage windowOf(FxRobot robot, String id) {
        return (Stage) robot.lookup(id).query().getScene().getWindow();
    }

    /** Toolbar and panel icons are sized in em: they grow with the zoom and again in presenter mode. */
    @Test
    void iconsGrowWithTheZoomAndInPresenterMode(FxRobot robot) {
        org.kordamp.ikonli.javafx.FontIcon save = (org.kordamp.ikonli.javafx.FontIcon)
                robot.lookup("#saveButton").queryAs(javafx.scene.control.Button.class).getGraphic();
        double[] sizes = new double[4];
        robot.interact(() -> {
            app.appearance().setPresenter(false);
            app.appearance().resetZoom();
            stage.getScene().getRoot().applyCss();
            sizes[0] = save.getIconSize();
            for (int i = 0; i < 10; i++) {
                app.appearance().zoomIn();
            }
            stage.getScene().getRoot().applyCss();
            sizes[1] = save.getIconSize();
            app.appearance().setPresenter(true);
            stage.getScene().getRoot().applyCss();
            sizes[2] = save.getIconSize();
            app.appearance().resetZoom();
            app.appearance().setPresenter(false);
            stage.getScene().getRoot().applyCss();
            sizes[3] = save.getIconSize();
        });
        assertThat(sizes[0]).as("100%%").isBetween(15.0, 17.0);
        assertThat(sizes[1]).as("200%%").isCloseTo(sizes[0] * 2, org.assertj.core.data.Offset.offset(1.0));
        assertThat(sizes[2]).as("200%% in presenter mode").isCloseTo(sizes[1] * Appearance.PRESENTER_FACTOR,
                org.assertj.core.data.Offset.offset(1.5));
        assertThat(sizes[3]).as("back to 100%%").isEqualTo(sizes[0]);
        // The status bar's severity icons follow too.
        assertThat(robot.lookup(".severity-error").queryAllAs(org.kordamp.ikonli.javafx.FontIcon.class))
                .allSatisfy(i -> assertThat(i.getIconSize()).isBetween(15, 17));
    }

    @Test
    void theServerAndRepositoriesWindowsFollowTheThemeZoomAndPresenterModeAndEscapeClosesThem(FxRobot robot) {
        robot.interact(() -> {
            app.tools().openServer();
            app.tools().openRepositories(null);
        });
        Stage server = windowOf(robot, "#serverPanel");
        Stage repositories = windowOf(robot, "#repositoriesPane");
        assertThat(server.getOwner()).isSameAs(stage);
        assertThat(repositories.getOwner()).isSameAs(stage);
        assertThat(server.getScene().getStylesheets()).isEqualTo(stage.getScene().getStylesheets()).isNotEmpty();
        assertThat(dark(server.getScene())).isFalse();

        robot.interact(() -> app.appearance().setDark(true));
        assertThat(dark(stage.getScene())).isTrue();
        assertThat(dark(server.getScene())).isTrue();
        assertThat(dark(repositories.getScene())).isTrue();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.userAgentStylesheet());

        robot.interact(() -> {
            app.appearance().zoomIn();
            app.appearance().setPresenter(true);
        });
        for (Stage s : new Stage[]{stage, server, repositories}) {
            assertThat(s.getScene().getRoot().getStyle()).as(s.getTitle()).contains("-fx-font-size: 20.0px");
            assertThat(s.getScene().getRoot().getStyleClass()).as(s.getTitle()).contains("presenter");
        }

        robot.interact(() -> Event.fireEvent(robot.lookup("#serverPanel").query(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false)));
        assertThat(server.isShowing()).isFalse();
        assertThat(repositories.isShowing()).isTrue();
        robot.interact(() -> app.tools().openServer());
        assertThat(windowOf(robot, "#serverPanel")).as("the same window, kept").isSameAs(server);
    }

    @Test
    void anOpenDialogBelongsToTheMainWindowAndFollowsTheThemeAndZoom(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> app.tools().openNewPackageWizard());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#newPackageDialog").queryAs(DialogPane.class);
        Window dialog = pane.getScene().getWindow();
        assertThat(((Stage) dialog).getOwner()).isSameAs(stage);
        assertThat(dark(pane.getScene())).isFalse();

        robot.interact(() -> {
            app.appearance().setDark(true);
            app.appearance().zoomOut();
        });
        assertThat(dark(pane.getScene())).isTrue();
        assertThat(pane.getScene().getRoot().getStyle()).contains("-fx-font-size: 11.7px");

        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());
        assertThat(dialog.isShowing()).isFalse();
    }

    @Test
    void aProblemHoverFollowsTheThemeAndZoom(FxRobot robot) throws Exception {
        robot.interact(() -> app.tabs().select(RevisionFile.PACKAGE, false));
        SourceEditor editor = app.tabs().source(RevisionFile.PACKAGE).orElseThrow();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return IntStream.range(0, editor.area().getLength()).anyMatch(i -> editor.problemAt(i).isPresent());
        });
        int offset = IntStream.range(0, editor.area().getLength()).filter(i -> editor.problemAt(i).isPresent())
                .findFirst().orElseThrow();
        robot.interact(() -> {
            Point2D at = editor.area().localToScreen(10, 10);
            editor.area().fireEvent(MouseOverTextEvent.beginAt(at, offset));
        });
        Label hover = robot.lookup(".problem-hover").queryAs(Label.class);
        assertThat(hover.getText()).contains("[PKG-");
        Scene popup = hover.getScene();
        assertThat(popup.getWindow().isShowing()).isTrue();

        robot.interact(() -> {
            app.appearance().setDark(true);
            app.appearance().zoomIn();
        });
        assertThat(dark(popup)).isTrue();
        assertThat(popup.getRoot().getStyle()).contains("-fx-font-size: 14.3px");
        Node root = popup.getRoot();
        assertThat(root.lookup(".problem-hover")).isSameAs(hover);
    }
}

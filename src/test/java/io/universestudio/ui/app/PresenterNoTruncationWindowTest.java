package io.universestudio.ui.app;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.testsupport.Shared;
import io.universestudio.ui.common.Tooltips;
import io.universestudio.ui.session.Draft;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Presenter mode on a projector: at 1280x720 with zoom 150% and at 1920x1080 with zoom 200%, in both
 * themes, with datastax-dse/700 open and the crash-recovery banner showing, no button, toggle, tab, menu,
 * label or column header shows less than its text (JavaFX shows "Fo…" where "Form" does not fit), in the
 * main window on the Package, Options (with its Install form), Resources and Template tabs, in the Server and
 * Repositories windows, the new-package dialog and the confirmation before publishing with warnings. At
 * 1280x720 the zoom goes up to 200% as well.
 */
@StudioWindow.WindowTest
class PresenterNoTruncationWindowTest {

    @TempDir
    Path home;

    private AppContext app;
    private Stage stage;
    private Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        folder = Shared.revision("D/datastax-dse/700");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(folder), "datastax-dse/700 is not in the corpus");
        app = StudioWindow.show(stage, home, folder);
    }

    @Test
    void projectorAt150PercentLight(FxRobot robot) {
        assertNothingCut(robot, 1280, 720, 5, false);
    }

    @Test
    void projectorAt150PercentDark(FxRobot robot) {
        assertNothingCut(robot, 1280, 720, 5, true);
    }

    @Test
    void projectorAt200PercentLight(FxRobot robot) {
        assertNothingCut(robot, 1280, 720, 10, false);
    }

    @Test
    void projectorAt200PercentDark(FxRobot robot) {
        assertNothingCut(robot, 1280, 720, 10, true);
    }

    @Test
    void fullHdAt200PercentLight(FxRobot robot) {
        assertNothingCut(robot, 1920, 1080, 10, false);
    }

    @Test
    void fullHdAt200PercentDark(FxRobot robot) {
        assertNothingCut(robot, 1920, 1080, 10, true);
    }

    private void assertNothingCut(FxRobot robot, double width, double height, int zoomSteps, boolean dark) {
        robot.interact(() -> {
            // At the screen's corner: Monocle's headless screen (1920x1200 in the build) must hold the window.
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            app.appearance().resetZoom();
            for (int i = 0; i < zoomSteps; i++) {
                app.appearance().zoomIn();
            }
            app.appearance().setDark(dark);
            app.appearance().setPresenter(true);
            app.main().restoredDraftProperty().set(new Draft(folder, Map.of(), Instant.now()));
        });
        assertThat(app.controller().presenterLayout().navigatorFolded()).isTrue();
        assertThat(app.controller().presenterLayout().problemsFolded()).isTrue();
        Set<String> cut = new LinkedHashSet<>();
        for (RevisionFile file : List.of(RevisionFile.PACKAGE, RevisionFile.CONFIG, RevisionFile.RESOURCE, RevisionFile.TEMPLATE)) {
            robot.interact(() -> app.tabs().select(file, true));
            settle();
            robot.interact(() -> cut.addAll(cutTexts("main window, " + file.fileName(), stage.getScene().getRoot())));
        }
        robot.interact(() -> assertStatusOnOneLine(width, height, zoomSteps));
        // The Options tab's second view: the Install form as a person installing the package sees it.
        robot.interact(() -> app.tabs().select(RevisionFile.CONFIG, true));
        robot.interact(() -> robot.lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class).forEach(pane ->
                pane.getTabs().stream().filter(t -> "installFormTab".equals(t.getId())).findFirst()
                        .ifPresent(t -> pane.getSelectionModel().select(t))));
        settle();
        robot.interact(() -> cut.addAll(cutTexts("main window, Install form", stage.getScene().getRoot())));
        robot.interact(() -> {
            app.tools().openServer();
            app.tools().openRepositories(null);
        });
        settle();
        for (String id : List.of("#serverPanel", "#repositoriesPane")) {
            Window w = robot.lookup(id).query().getScene().getWindow();
            robot.interact(() -> cut.addAll(cutTexts(((Stage) w).getTitle(), w.getScene().getRoot())));
        }
        WaitForAsyncUtils.asyncFx(() -> app.tools().openNewPackageWizard());
        settle();
        DialogPane wizard = robot.lookup("#newPackageDialog").queryAs(DialogPane.class);
        robot.interact(() -> cut.addAll(cutTexts("new package dialog", wizard.getScene().getRoot())));
        robot.interact(() -> ((Button) wizard.lookupButton(ButtonType.CANCEL)).fire());

        // The confirmation before publishing a package with a warning (an option the template prints, without a default).
        robot.interact(() -> app.session().apply(io.universestudio.ui.session.Edit.of("no default", r -> r.withText(
                RevisionFile.CONFIG, r.text(RevisionFile.CONFIG).orElseThrow()
                        .replace("\"type\": \"string\",\n          \"default\": \"V1\"", "\"type\": \"string\"")))));
        // Publish as the toolbar's button does (at 200% the button is in the toolbar's overflow menu).
        WaitForAsyncUtils.asyncFx(() -> app.publish().publish());
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#publishWarnings").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no publish confirmation", e);
        }
        settle();
        DialogPane confirm = robot.lookup("#publishWarnings").queryAs(DialogPane.class);
        robot.interact(() -> cut.addAll(cutTexts("publish confirmation", confirm.getScene().getRoot())));
        robot.interact(() -> ((Button) confirm.lookup("#publishWarningsCancel")).fire());

        assertThat(cut).as("texts cut at %.0fx%.0f, zoom %d%%, %s theme", width, height, 100 + zoomSteps * 10,
                dark ? "dark" : "light").isEmpty();
    }

    /**
     * The status bar's message (here "Opened" and the revision's whole path) keeps to one line: wrapped, it grew
     * to eight lines at 1280x720 and 200% and pushed the menu bar off the window.
     */
    private void assertStatusOnOneLine(double width, double height, int zoomSteps) {
        javafx.scene.control.Label status = (javafx.scene.control.Label) stage.getScene().lookup("#statusLabel");
        assertThat(status.getText()).contains(folder.getFileName().toString());
        assertThat(labeledText(status).getLayoutBounds().getHeight())
                .as("height of the status message at %.0fx%.0f, zoom %d%%", width, height, 100 + zoomSteps * 10)
                .isLessThan(2 * status.getFont().getSize());
        assertThat(Tooltips.textOf(status)).as("the status message's tooltip").isEqualTo(status.getText());
        // The check and render times step aside before the message is shortened.
        boolean whole = status.getText().equals(labeledText(status).getText());
        boolean timesShown = stage.getScene().lookup("#validationTimeLabel").isVisible();
        assertThat(whole || !timesShown).as("message \"%s\" shortened to \"%s\" while the times still show",
                status.getText(), labeledText(status).getText()).isTrue();
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every shown Labeled whose shown text differs from its text, as "where: text -> shown". */
    static List<String> cutTexts(String where, Parent root) {
        root.applyCss();
        root.layout();
        List<String> cut = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof Labeled l && shown(l) && l.getText() != null && !l.getText().isBlank() && !meantToShorten(l)) {
                String full = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
                Text text = labeledText(l);
                if (text != null && !full.equals(text.getText()) && !full.replace("\n", " ").equals(text.getText())) {
                    cut.add(where + ": " + l.getClass().getSimpleName() + (l.getId() != null ? "#" + l.getId() : "")
                            + " \"" + full + "\" shows \"" + text.getText() + "\"");
                }
            }
        });
        return cut;
    }

    /**
     * The what-if list's option path (before the option's own name, which must stay whole) and the status bar's
     * message are shortened in their middle on purpose, with the whole text in their tooltip.
     */
    private static boolean meantToShorten(Labeled l) {
        String tip = Tooltips.textOf(l);
        return l.getStyleClass().contains("option-path") && tip != null && tip.startsWith(l.getText())
                || l.getStyleClass().contains("status-message") && tip != null && tip.equals(l.getText());
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getLayoutBounds().getWidth() > 0;
    }

    /** The Text the skin of a Labeled draws its text with (LabeledText, style class "text"). */
    private static Text labeledText(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t;
            }
        }
        return null;
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        visit.accept(node);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, visit);
            }
        }
    }
}

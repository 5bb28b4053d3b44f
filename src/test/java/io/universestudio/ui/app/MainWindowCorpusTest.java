package io.universestudio.ui.app;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;
import io.universestudio.testsupport.Shared;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Goes through the window as a user would, on a copy of a real corpus package. */
@StudioWindow.WindowTest
class MainWindowCorpusTest {

    @TempDir
    Path home;

    private Path folder;
    private AppContext app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = StudioWindow.copyRevision(Shared.revision("D/datastax-dse/700"), home.resolve("repo"));
        app = StudioWindow.show(stage, home, folder);
    }

    private TextField versionField(FxRobot robot) {
        return robot.lookup("#field-version").queryAs(TextField.class);
    }

    private static void replaceText(FxRobot robot, Node field, String text) {
        robot.clickOn(field).push(KeyCode.SHORTCUT, KeyCode.A).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void clickDialogButton(FxRobot robot, String text) {
        Node dialog = robot.lookup("#unsavedDialog").queryAs(Node.class);
        robot.clickOn(robot.from(dialog).lookup(LabeledMatchers.hasText(text)).queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Problem> versionProblems() {
        return app.problems().all().stream().filter(p -> p.file() == RevisionFile.PACKAGE && "/version".equals(p.pointer())).toList();
    }

    @Test
    void breakingTheVersionInTheFormShowsTheProblemInThePanelAndOnTheFieldUntilItIsFixed(FxRobot robot) {
        assertThat(app.session().current().version()).contains("3.2.0-6.7.7");
        assertThat(versionProblems()).isEmpty();

        replaceText(robot, versionField(robot), "3.2.0 beta");
        assertThat(app.session().current().version()).contains("3.2.0 beta");
        assertThat(versionProblems()).isNotEmpty().allMatch(p -> p.severity() == Severity.ERROR);
        @SuppressWarnings("unchecked")
        TableView<Problem> table = robot.lookup("#problemsTable").queryAs(TableView.class);
        assertThat(table.getItems()).containsAll(versionProblems());
        assertThat(robot.lookup("#field-version").queryAs(TextField.class).getStyleClass()).contains("field-error");
        assertThat(app.packageForm().problemTexts("version")).isNotEmpty();
        assertThat(robot.lookup("#errorsButton").queryAs(Button.class).getText()).isNotEqualTo("0");

        // A click on the problem takes the user to the field.
        robot.clickOn(robot.lookup("#problemsTable .table-row-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(versionField(robot).isFocused()).isTrue();

        replaceText(robot, versionField(robot), "3.2.0-6.7.8");
        assertThat(versionProblems()).isEmpty();
        assertThat(versionField(robot).getStyleClass()).doesNotContain("field-error");
        assertThat(app.packageForm().problemTexts("version")).isEmpty();
    }

    @Test
    void undoAndRedoWalkThroughFormAndSourceEdits(FxRobot robot) {
        String original = app.session().current().text(RevisionFile.PACKAGE).orElseThrow();
        // One text change, so that the form edit is one undo step however slowly a loaded machine types.
        TextField version = versionField(robot);
        robot.clickOn(version);
        robot.interact(() -> {
            version.selectAll();
            version.replaceSelection("9.9.9");
        });
        assertThat(app.session().current().version()).contains("9.9.9");

        robot.clickOn("#sourceButton-package");
        CodeArea source = robot.lookup("#source-package").queryAs(CodeArea.class);
        assertThat(source.getText()).contains("\"version\": \"9.9.9\"");
        robot.clickOn(source).push(KeyCode.SHORTCUT, KeyCode.END).write(" ");
        String typed = source.getText();
        assertThat(typed).endsWith(" ");
        robot.push(KeyCode.SHORTCUT, KeyCode.Z); // hands the typing to the session, then undoes it
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(source.getText()).isEqualTo(app.session().current().text(RevisionFile.PACKAGE).orElseThrow())
                .contains("9.9.9").isNotEqualTo(typed);

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.session().current().text(RevisionFile.PACKAGE)).contains(original);
        assertThat(source.getText()).isEqualTo(original);
        assertThat(app.session().isDirty()).isFalse();

        robot.push(KeyCode.SHORTCUT, KeyCode.Y);
        robot.push(KeyCode.SHORTCUT, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.session().current().version()).contains("9.9.9");
        assertThat(source.getText()).isEqualTo(typed);
        robot.clickOn("#form-package");
        assertThat(versionField(robot).getText()).isEqualTo("9.9.9");
    }

    @Test
    void sourceThatDoesNotParseIsKeptAsTypedAndTheFormSaysWhy(FxRobot robot) {
        robot.clickOn("#sourceButton-package");
        CodeArea source = robot.lookup("#source-package").queryAs(CodeArea.class);
        robot.clickOn(source).push(KeyCode.SHORTCUT, KeyCode.HOME).write("x");
        String typed = source.getText();
        robot.clickOn("#form-package"); // switching views hands the typing over
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.session().current().text(RevisionFile.PACKAGE)).contains(typed);
        assertThat(robot.lookup("#unreadable-package").queryAs(Node.class).isVisible()).isTrue();
        Label banner = robot.lookup("#unreadableReason-package").queryAs(Label.class);
        assertThat(banner.getText()).contains("does not parse").contains("line 1");
        assertThat(versionField(robot).getText()).isEqualTo("3.2.0-6.7.7");
        assertThat(versionField(robot).isDisabled()).isTrue();

        // The syntax problem is listed; opening it goes to the place in the text.
        Problem syntax = app.problems().all().stream().filter(p -> p.code().equals("JSON-SYNTAX")).findFirst().orElseThrow();
        robot.interact(() -> app.problems().open(syntax));
        assertThat(robot.lookup("#sourceButton-package").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(source.getText()).isEqualTo(typed);
        assertThat(source.getCurrentParagraph()).isEqualTo(syntax.position().line() - 1);
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsThem(FxRobot robot) throws Exception {
        replaceText(robot, versionField(robot), "4.0.0");
        robot.clickOn("#newButton");
        assertThat(robot.lookup("#unsavedDialog").tryQuery()).isPresent();
        clickDialogButton(robot, "Cancel");
        assertThat(app.session().current().version()).contains("4.0.0");
        assertThat(app.session().isDirty()).isTrue();

        robot.clickOn("#newButton");
        clickDialogButton(robot, "Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(folder.resolve("package.json"))).contains("\"version\": \"4.0.0\"");
        assertThat(Files.readAllBytes(folder.resolve("config.json")))
                .isEqualTo(Files.readAllBytes(Shared.revision("D/datastax-dse/700").resolve("config.json")));
        assertThat(app.session().current().name()).contains("hello-web");
        assertThat(app.drafts().find()).isEmpty();
    }

    @Test
    void discardingAtThePromptLosesTheChangesOnPurpose(FxRobot robot) throws Exception {
        replaceText(robot, versionField(robot), "4.0.1");
        assertThat(app.drafts().find()).isPresent();
        robot.clickOn("#newButton");
        clickDialogButton(robot, "Don't Save");
        assertThat(app.session().current().name()).contains("hello-web");
        assertThat(Files.readString(folder.resolve("package.json"))).doesNotContain("4.0.1");
        assertThat(app.drafts().find()).isEmpty();
    }

    @Test
    void afterAKillTheNextStartRestoresTheUnsavedChanges(FxRobot robot) throws Exception {
        replaceText(robot, versionField(robot), "5.5.5");
        assertThat(app.drafts().path()).exists();
        // An unclean exit: the window goes without the close request, nothing is flushed or cleaned up.
        robot.interact(() -> stage.hide());

        Stage second = WaitForAsyncUtils.<Stage>asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        AppContext restarted = WaitForAsyncUtils.asyncFx(() -> StudioWindow.show(second, home, folder)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(restarted.session().current().version()).contains("5.5.5");
        assertThat(restarted.session().isDirty()).isTrue();
        assertThat(robot.lookup("#draftBar").queryAs(Node.class).isVisible()).isTrue();

        robot.clickOn(robot.from(second.getScene().getRoot()).lookup("#discardDraft").queryAs(Button.class));
        assertThat(restarted.session().current().version()).contains("3.2.0-6.7.7");
        assertThat(restarted.session().isDirty()).isFalse();
        assertThat(restarted.drafts().find()).isEmpty();
        robot.interact(second::hide);
    }

    @Test
    void zoomPresenterAndDarkThemeChangeTheWholeWindowAndAreRemembered(FxRobot robot) {
        Node root = stage.getScene().getRoot();
        robot.clickOn(versionField(robot));
        robot.push(KeyCode.SHORTCUT, KeyCode.EQUALS);
        assertThat(app.appearance().zoomProperty().get()).isEqualTo(1.1);
        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 14.3px");
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT0);
        assertThat(app.appearance().zoomProperty().get()).isEqualTo(1.0);
        robot.interact(() -> {
            app.appearance().setDark(true);
            app.appearance().setPresenter(true);
        });
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("dark");
        assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("presenter");
        assertThat(app.preferences().current().theme()).isEqualTo("dark");
        assertThat(root).isNotNull();
    }

    @Test
    void ctrlAndADigitBringsThatFilesTabForwardAsItWasLeft(FxRobot robot) {
        robot.clickOn(versionField(robot));
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        assertThat(app.tabs().pane().getSelectionModel().getSelectedItem().getText()).isEqualTo("Template");
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        assertThat(app.tabs().pane().getSelectionModel().getSelectedItem().getText()).isEqualTo("Options");
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        assertThat(app.tabs().pane().getSelectionModel().getSelectedItem().getText()).isEqualTo("Package");
        assertThat(robot.lookup("#form-package").queryAs(ToggleButton.class).isSelected()).isTrue();
    }
}

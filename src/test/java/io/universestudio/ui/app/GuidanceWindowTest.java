package io.universestudio.ui.app;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.schema.OptionPath;
import io.universestudio.core.validate.Problem;
import io.universestudio.testsupport.Shared;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guidance a newcomer can trust (issue 13), on copies of a real corpus package: one-click fixes in the
 * problems panel (each one undoable step), going to a problem without leaving the form, and the form of a
 * file that does not parse (the last version read, read-only, with the reason and a way to the place).
 */
@StudioWindow.WindowTest
class GuidanceWindowTest {

    @TempDir
    Path home;

    private Stage stage;
    private Path folder;
    private AppContext app;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = StudioWindow.copyRevision(Shared.revision("D/datastax-dse/700"), home.resolve("repo"));
    }

    private void change(String file, UnaryOperator<String> edit) throws IOException {
        String before = Files.readString(folder.resolve(file));
        String after = edit.apply(before);
        assertThat(after).as("the test changes " + file).isNotEqualTo(before);
        Files.writeString(folder.resolve(file), after);
    }

    private void open(FxRobot robot) {
        robot.interact(() -> app = StudioWindow.show(stage, home, folder));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(RevisionFile file) {
        return app.session().current().text(file).orElseThrow();
    }

    private List<Problem> withCode(String code) {
        return app.problems().all().stream().filter(p -> p.code().equals(code)).toList();
    }

    /** Shows only the problems of one file, so the row looked for is on screen. */
    private void onlyProblemsOf(FxRobot robot, RevisionFile file) {
        robot.interact(() -> app.problems().fileFilterProperty().set(file));
    }

    private Node rowOf(FxRobot robot, Problem problem) {
        @SuppressWarnings("unchecked")
        TableView<Problem> table = robot.lookup("#problemsTable").queryAs(TableView.class);
        robot.interact(() -> table.scrollTo(problem));
        return robot.lookup(".table-row-cell").match((javafx.scene.control.TableRow<?> r) -> r.getItem() == problem)
                .queryAs(Node.class);
    }

    /** The package itself also uses an undefined {{cassandra...}} variable (with nothing close to offer). */
    private List<Problem> typoProblems() {
        return withCode("TEMPLATE-UNDEFINED-VARIABLE").stream().filter(p -> p.message().startsWith("{{dsenode.cpu}}")).toList();
    }

    /** Opens a filter and clicks one of its choices (the navigator shows file names too, so only the menu's). */
    private static void choose(FxRobot robot, String filter, String choice) {
        robot.clickOn(filter);
        robot.clickOn(robot.lookup(".context-menu .label")
                .match((Label l) -> choice.equals(l.getText())).queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theProblemFiltersAreChosenWithThePointer(FxRobot robot) {
        open(robot);
        assertThat(app.problems().shown()).extracting(Problem::severity).contains(
                io.universestudio.core.validate.Severity.WARNING, io.universestudio.core.validate.Severity.INFO);

        choose(robot, "#severityFilter", "Warning");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.problems().severityFilterProperty().get()).isEqualTo(io.universestudio.core.validate.Severity.WARNING);
        assertThat(app.problems().shown()).isNotEmpty().extracting(Problem::severity)
                .containsOnly(io.universestudio.core.validate.Severity.WARNING);
        assertThat(robot.lookup("#severityFilter .label").queryLabeled().getText()).isEqualTo("Warning");

        choose(robot, "#fileFilter", "marathon.json.mustache");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.problems().shown()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.severity()).isEqualTo(io.universestudio.core.validate.Severity.WARNING);
            assertThat(p.file()).isEqualTo(RevisionFile.TEMPLATE);
        });

        choose(robot, "#severityFilter", "All severities");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.problems().severityFilterProperty().get()).isNull();
        assertThat(app.problems().shown()).as("every problem of the template, whatever its severity")
                .containsExactlyElementsOf(app.problems().all().stream()
                        .filter(p -> p.file() == RevisionFile.TEMPLATE).toList());
    }

    @Test
    void anUndefinedVariableIsFixedByOneClickOnTheClosestOptionAndOneUndoBringsItBack(FxRobot robot) throws IOException {
        change("marathon.json.mustache", t -> t.replace("{{dsenode.cpus}}", "{{dsenode.cpu}}"));
        String typo = Files.readString(folder.resolve("marathon.json.mustache"));
        open(robot);
        assertThat(typoProblems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Did you mean {{dsenode.cpus}}?"));
        onlyProblemsOf(robot, RevisionFile.TEMPLATE);

        Hyperlink fix = robot.lookup(".problem-fix").match((Hyperlink h) -> h.getText().equals("Use {{dsenode.cpus}}"))
                .queryAs(Hyperlink.class);
        robot.clickOn(fix);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(RevisionFile.TEMPLATE)).isEqualTo(typo.replace("{{dsenode.cpu}}", "{{dsenode.cpus}}"));
        assertThat(typoProblems()).isEmpty();
        assertThat(app.session().undoDescriptionProperty().get()).isEqualTo("Use {{dsenode.cpus}}");

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(RevisionFile.TEMPLATE)).isEqualTo(typo);
        assertThat(typoProblems()).hasSize(1);
        assertThat(app.session().isDirty()).isFalse();
    }

    @Test
    void aMissingLicenseAndADefaultOfTheWrongTypeAreFixedFromTheRowsContextMenu(FxRobot robot) throws IOException {
        change("config.json", t -> t.replace("\"default\": 8000", "\"default\": \"8000\""));
        String config = Files.readString(folder.resolve("config.json"));
        String pkg = Files.readString(folder.resolve("package.json"));
        open(robot);
        assertThat(pkg).doesNotContain("licenses");

        Problem license = withCode("PKG-LICENSE-MISSING").get(0);
        onlyProblemsOf(robot, RevisionFile.PACKAGE);
        javafx.scene.control.TableRow<?> row = (javafx.scene.control.TableRow<?>) rowOf(robot, license);
        assertThat(row.getContextMenu().getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .contains("Go to the problem", "Add a license entry (Apache License 2.0; change it if yours differs)");
        // Monocle has no right-click menu gesture: the row's menu is shown as the gesture would show it.
        robot.interact(() -> row.getContextMenu().show(row, javafx.geometry.Side.BOTTOM, 20, 0));
        robot.clickOn(robot.lookup(".problem-fix-item").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(RevisionFile.PACKAGE)).contains("\"licenses\"").contains("LICENSE-2.0")
                .startsWith(pkg.substring(0, pkg.indexOf('\n')));
        assertThat(withCode("PKG-LICENSE-MISSING")).isEmpty();

        Problem wrongType = withCode("CONFIG-DEFAULT-TYPE").get(0);
        assertThat(wrongType.fixes()).extracting(f -> f.label()).containsExactly("Change the default to 8000");
        onlyProblemsOf(robot, RevisionFile.CONFIG);
        @SuppressWarnings("unchecked")
        TableView<Problem> table = robot.lookup("#problemsTable").queryAs(TableView.class);
        robot.interact(() -> {
            table.getSelectionModel().select(wrongType);
            table.requestFocus();
        });
        robot.push(KeyCode.ALT, KeyCode.ENTER); // the keyboard way to the selected problem's fix
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(RevisionFile.CONFIG)).isEqualTo(config.replace("\"default\": \"8000\"", "\"default\": 8000"));
        assertThat(withCode("CONFIG-DEFAULT-TYPE")).isEmpty();

        // Each fix is one step: two undos give back both files byte for byte.
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(RevisionFile.CONFIG)).isEqualTo(config);
        assertThat(text(RevisionFile.PACKAGE)).contains("\"licenses\"");
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(RevisionFile.PACKAGE)).isEqualTo(pkg);
        assertThat(withCode("PKG-LICENSE-MISSING")).hasSize(1);
    }

    @Test
    void aConfigProblemChosenInTheOptionsFormSelectsItsOptionAndFieldAndFromTheSourceItsLine(FxRobot robot)
            throws IOException {
        change("config.json", t -> t.replace("\"default\": 8000", "\"default\": \"8000\""));
        open(robot);
        robot.interact(() -> app.tabs().select(RevisionFile.CONFIG, true));
        Problem wrongType = withCode("CONFIG-DEFAULT-TYPE").get(0);
        assertThat(wrongType.pointer()).isEqualTo("/properties/dsenode/properties/mem/default");
        onlyProblemsOf(robot, RevisionFile.CONFIG);

        robot.clickOn(rowOf(robot, wrongType));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-config").queryAs(ToggleButton.class).isSelected()).as("still in the form").isTrue();
        @SuppressWarnings("unchecked")
        TreeView<OptionPath> tree = robot.lookup("#optionsTree").queryAs(TreeView.class);
        TreeItem<OptionPath> selected = tree.getSelectionModel().getSelectedItem();
        assertThat(selected.getValue()).isEqualTo(OptionPath.of("dsenode", "mem"));
        TextField defaultField = robot.lookup("#prop-default").queryAs(TextField.class);
        assertThat(defaultField.isFocused()).isTrue();
        String before = text(RevisionFile.CONFIG);

        // The same problem from the Source view goes to its line there, as before.
        robot.clickOn("#sourceButton-config");
        robot.clickOn(rowOf(robot, wrongType));
        WaitForAsyncUtils.waitForFxEvents();
        CodeArea source = robot.lookup("#source-config").queryAs(CodeArea.class);
        assertThat(robot.lookup("#sourceButton-config").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(source.getCurrentParagraph() + 1).isEqualTo(wrongType.position().line());
        assertThat(text(RevisionFile.CONFIG)).as("leaving the focused field unchanged changes nothing").isEqualTo(before);
    }

    @Test
    void aResourceProblemChosenInTheResourcesFormFocusesItsField(FxRobot robot) throws IOException {
        change("resource.json", t -> t.replace("\"https://downloads.mesosphere.com/assets/dse/icons/datastax-icon-small.png\"",
                "\"http://downloads.mesosphere.com/assets/dse/icons/datastax-icon-small.png\""));
        open(robot);
        robot.interact(() -> app.tabs().select(RevisionFile.RESOURCE, true));
        Problem http = app.problems().all().stream().filter(p -> p.file() == RevisionFile.RESOURCE
                && "/images/icon-small".equals(p.pointer())).findFirst().orElseThrow();
        onlyProblemsOf(robot, RevisionFile.RESOURCE);

        robot.clickOn(rowOf(robot, http));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-resource").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#img-icon-small").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void whileConfigJsonDoesNotParseItsFormShowsTheLastVersionReadOnlyWithTheReasonUntilTheTextIsFixed(FxRobot robot)
            throws IOException {
        open(robot);
        String config = text(RevisionFile.CONFIG);
        robot.interact(() -> app.tabs().select(RevisionFile.CONFIG, false));
        CodeArea source = robot.lookup("#source-config").queryAs(CodeArea.class);
        // Delete the comma after "type": "object" on line 2, as a slip of the keyboard would.
        int comma = config.indexOf("\"object\",") + "\"object\"".length();
        robot.interact(() -> source.replaceText(comma, comma + 1, ""));
        robot.clickOn("#form-config");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(RevisionFile.CONFIG)).isEqualTo(config.substring(0, comma) + config.substring(comma + 1));

        // The options are still shown, from the last version that parsed...
        @SuppressWarnings("unchecked")
        TreeView<OptionPath> tree = robot.lookup("#optionsTree").queryAs(TreeView.class);
        assertThat(tree.getRoot()).isNotNull();
        assertThat(tree.getRoot().getChildren()).extracting(TreeItem::getValue).contains(OptionPath.of("service"),
                OptionPath.of("dsenode"));
        // ...but take no edits...
        assertThat(robot.lookup("#addOption").queryAs(Node.class).isDisabled()).isTrue();
        robot.interact(() -> app.visualEditors().options().select(OptionPath.of("service", "name")));
        assertThat(robot.lookup("#optionProperties").queryAs(Node.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#prop-default").queryAs(TextField.class).getText()).isEqualTo("datastax-dse");
        // ...and the reason is given in full, in plain words, with the place.
        Node banner = robot.lookup("#unreadable-config").queryAs(Node.class);
        Label reason = robot.lookup("#unreadableReason-config").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(reason.getText()).startsWith("config.json does not parse at line 2, column ")
                .containsIgnoringCase("comma").doesNotContain("code 34").doesNotContain("Unexpected character");
        assertThat(robot.lookup("#unreadable-package").queryAs(Node.class).isVisible()).isFalse();

        // The button goes to the place in the Source.
        robot.clickOn("#showUnreadable-config");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sourceButton-config").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(source.getCurrentParagraph()).isEqualTo(1);

        // Fixed (with a new default typed meanwhile), the form is editable again and shows the new content.
        String fixed = config.replace("\"default\": \"datastax-dse\"", "\"default\": \"dse-two\"");
        robot.interact(() -> source.replaceText(fixed));
        robot.clickOn("#form-config");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(RevisionFile.CONFIG)).isEqualTo(fixed);
        assertThat(banner.isVisible()).isFalse();
        assertThat(robot.lookup("#addOption").queryAs(Node.class).isDisabled()).isFalse();
        robot.interact(() -> app.visualEditors().options().select(OptionPath.of("service", "name")));
        assertThat(robot.lookup("#optionProperties").queryAs(Node.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#prop-default").queryAs(TextField.class).getText()).isEqualTo("dse-two");
    }

    @Test
    void aPackageOpenedWithAnUnreadableConfigShowsNoOptionsOfThePackageBeforeIt(FxRobot robot) throws IOException {
        open(robot);
        Path other = StudioWindow.copyRevision(Shared.revision("D/datastax-dse/700"), home.resolve("other"));
        Files.writeString(other.resolve("config.json"), "{\"type\": \"object\" \"properties\": {}}");
        robot.interact(() -> app.main().open(other));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> app.tabs().select(RevisionFile.CONFIG, true));
        @SuppressWarnings("unchecked")
        TreeView<OptionPath> tree = robot.lookup("#optionsTree").queryAs(TreeView.class);
        assertThat(tree.getRoot()).isNull();
        assertThat(robot.lookup("#unreadableReason-config").queryAs(Label.class).getText())
                .startsWith("config.json does not parse at line 1, column ");
        assertThat(robot.lookup("#showUnreadable-config").queryAs(Button.class).isVisible()).isTrue();
    }

    @Test
    void unreadablePackageAndResourceJsonKeepTheirFormsReadOnlyWithTheReason(FxRobot robot) {
        open(robot);
        String pkg = text(RevisionFile.PACKAGE);
        String resource = text(RevisionFile.RESOURCE);
        robot.interact(() -> app.session().apply(io.universestudio.ui.session.Edit.of("type", r -> r
                .withText(RevisionFile.PACKAGE, pkg.replaceFirst("\"name\": ", "\"name\" "))
                .withText(RevisionFile.RESOURCE, resource + "}"))));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> app.tabs().select(RevisionFile.PACKAGE, true));
        assertThat(robot.lookup("#unreadable-package").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#unreadableReason-package").queryAs(Label.class).getText())
                .startsWith("package.json does not parse at line ").containsIgnoringCase("colon");
        assertThat(robot.lookup("#formNotUpdating").queryAs(Node.class).isVisible()).as("one banner, not two").isFalse();
        TextField name = robot.lookup("#field-name").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("datastax-dse");
        assertThat(name.isDisabled()).isTrue();

        robot.interact(() -> app.tabs().select(RevisionFile.RESOURCE, true));
        assertThat(robot.lookup("#unreadable-resource").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#unreadableReason-resource").queryAs(Label.class).getText())
                .startsWith("resource.json does not parse at line ");
        TextField icon = robot.lookup("#img-icon-small").queryAs(TextField.class);
        assertThat(icon.getText()).endsWith("datastax-icon-small.png");
        assertThat(robot.lookup("#resourcesEditor").queryAs(Node.class).isDisabled()).isTrue();

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unreadable-resource").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#resourcesEditor").queryAs(Node.class).isDisabled()).isFalse();
    }
}

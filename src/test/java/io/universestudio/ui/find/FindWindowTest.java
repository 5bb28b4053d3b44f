package io.universestudio.ui.find;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.search.FileHit;
import io.universestudio.ui.app.AppContext;
import io.universestudio.ui.app.StudioWindow;
import io.universestudio.ui.editor.raw.SourceEditor;
import io.universestudio.testsupport.Shared;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Find, replace, go to line and find in files in the real window, on a copy of datastax-dse/700 (148 KB config.json). */
@StudioWindow.WindowTest
class FindWindowTest {

    @TempDir
    Path home;

    private AppContext app;
    private Stage stage;
    private String config;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = StudioWindow.copyRevision(Shared.revision("D/datastax-dse/700"), home.resolve("repo"));
        config = Files.readString(folder.resolve("config.json"));
        app = StudioWindow.show(stage, home, folder);
    }

    /** Offsets of {@code word} in {@code text}, ignoring case, found without the code under test. */
    private static List<Integer> occurrences(String text, String word) {
        List<Integer> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
            out.add(i);
        }
        return out;
    }

    /** A key as the keyboard would send it to the focused control (through the window's shortcuts). */
    private void press(FxRobot robot, KeyCode code, boolean shortcut, boolean shift) {
        robot.interact(() -> {
            Node target = stage.getScene().getFocusOwner();
            Event.fireEvent(target != null ? target : stage.getScene().getRoot(),
                    new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, shortcut, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CodeArea configArea(FxRobot robot) {
        robot.interact(() -> app.tabs().select(RevisionFile.CONFIG, false));
        CodeArea area = robot.lookup("#source-config").queryAs(CodeArea.class);
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(0);
        });
        return area;
    }

    private static <T extends Node> T in(FxRobot robot, Node parent, String id, Class<T> type) {
        return robot.from(parent).lookup(id).queryAs(type);
    }

    private static Node bar(CodeArea area) {
        return SourceEditor.owning(area).orElseThrow().openBar();
    }

    private static void type(FxRobot robot, TextField field, String text) {
        robot.interact(() -> field.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean styled(CodeArea area, int offset, String style) {
        return area.getStyleAtPosition(offset + 1).contains(style);
    }

    @Test
    void ctrlFFindsEveryMatchInConfigJsonCountsThemAndHighlightsThemWithTheSyntaxColours(FxRobot robot) {
        CodeArea area = configArea(robot);
        List<Integer> expected = occurrences(config, "cassandra");
        assertThat(expected).hasSizeGreaterThan(20);

        press(robot, KeyCode.F, true, false);
        Node bar = bar(area);
        assertThat(bar).isNotNull();
        TextField field = in(robot, bar, "#findField", TextField.class);
        assertThat(field.isFocused()).isTrue();
        type(robot, field, "cassandra");

        Label count = in(robot, bar, "#findCount", Label.class);
        assertThat(count.getText()).isEqualTo("1 of " + expected.size());
        assertThat(area.getSelection().getStart()).isEqualTo(expected.get(0));
        for (int offset : expected) {
            assertThat(styled(area, offset, SourceEditor.MATCH_STYLE)).as("match at %d highlighted", offset).isTrue();
        }
        // Highlights add to the syntax colours rather than replacing them.
        assertThat(area.getStyleAtPosition(expected.get(0) + 1)).hasSizeGreaterThan(1);
        int outside = config.indexOf("\"properties\"") + 2;
        assertThat(styled(area, outside, SourceEditor.MATCH_STYLE)).isFalse();
        assertThat(styled(area, outside, "json-key")).isTrue();

        // F3 and Shift+F3 walk the matches and wrap around.
        press(robot, KeyCode.F3, false, false);
        assertThat(count.getText()).isEqualTo("2 of " + expected.size());
        assertThat(area.getSelection().getStart()).isEqualTo(expected.get(1));
        press(robot, KeyCode.F3, false, true);
        press(robot, KeyCode.F3, false, true);
        assertThat(count.getText()).isEqualTo(expected.size() + " of " + expected.size());
        assertThat(area.getSelection().getStart()).isEqualTo(expected.get(expected.size() - 1));
        press(robot, KeyCode.F3, false, false);
        assertThat(area.getSelection().getStart()).isEqualTo(expected.get(0));

        // Match case narrows the count; a bad regular expression says so.
        robot.interact(() -> in(robot, bar, "#findMatchCase", ToggleButton.class).setSelected(true));
        type(robot, field, "Cassandra");
        long capitalised = occurrences(config, "cassandra").stream()
                .filter(i -> config.startsWith("Cassandra", i)).count();
        assertThat(count.getText()).endsWith(" " + capitalised).doesNotContain("of " + expected.size());
        robot.interact(() -> in(robot, bar, "#findRegex", ToggleButton.class).setSelected(true));
        type(robot, field, "Cass(andra");
        assertThat(count.getText()).startsWith("Not a regular expression");

        // Escape closes the bar, gives the text the focus back and takes the highlights away.
        press(robot, KeyCode.ESCAPE, false, false);
        assertThat(bar(area)).isNull();
        assertThat(area.isFocused()).isTrue();
        assertThat(styled(area, expected.get(0), SourceEditor.MATCH_STYLE)).isFalse();
    }

    @Test
    void replaceAndReplaceAllAreOneUndoStepEach(FxRobot robot) {
        CodeArea area = configArea(robot);
        List<Integer> expected = occurrences(config, "cassandra");
        press(robot, KeyCode.H, true, false);
        Node bar = bar(area);
        TextField field = in(robot, bar, "#findField", TextField.class);
        TextField replace = in(robot, bar, "#replaceField", TextField.class);
        assertThat(replace.isVisible()).isTrue();
        type(robot, field, "cassandra");
        type(robot, replace, "scylla");

        // Replace: the selected (first) match only, as one step, and the next match is selected.
        robot.interact(() -> in(robot, bar, "#replaceOne", javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        String once = app.session().current().text(RevisionFile.CONFIG).orElseThrow();
        assertThat(occurrences(once, "cassandra")).hasSize(expected.size() - 1);
        assertThat(once.substring(expected.get(0), expected.get(0) + 6)).isEqualTo("scylla");
        assertThat(in(robot, bar, "#findCount", Label.class).getText()).isEqualTo("1 of " + (expected.size() - 1));
        press(robot, KeyCode.Z, true, false);
        assertThat(app.session().current().text(RevisionFile.CONFIG)).contains(config);
        assertThat(area.getText()).isEqualTo(config);

        // Typing, then Replace All: one Ctrl+Z takes the replacements back and keeps the typing.
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(1);
            area.replaceSelection(" ");
        });
        robot.interact(() -> in(robot, bar, "#replaceAll", javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        String typed = config.substring(0, 1) + " " + config.substring(1);
        String all = app.session().current().text(RevisionFile.CONFIG).orElseThrow();
        assertThat(occurrences(all, "cassandra")).isEmpty();
        assertThat(occurrences(all, "scylla")).hasSize(expected.size() + occurrences(config, "scylla").size());
        assertThat(area.getText()).isEqualTo(all);
        assertThat(app.session().undoDescriptionProperty().get()).contains(String.valueOf(expected.size()), "cassandra");
        press(robot, KeyCode.Z, true, false);
        assertThat(app.session().current().text(RevisionFile.CONFIG)).contains(typed);
        assertThat(area.getText()).isEqualTo(typed);
        press(robot, KeyCode.Z, true, false);
        assertThat(app.session().current().text(RevisionFile.CONFIG)).contains(config);
        assertThat(app.session().isDirty()).isFalse();
    }

    @Test
    void ctrlGMovesTheCaretToTheLineAndColumn(FxRobot robot) {
        CodeArea area = configArea(robot);
        press(robot, KeyCode.G, true, false);
        TextField field = in(robot, bar(area), "#goToLineField", TextField.class);
        type(robot, field, "nonsense");
        robot.interact(() -> field.fireEvent(new ActionEvent()));
        assertThat(field.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
        assertThat(area.getCurrentParagraph()).isZero();

        type(robot, field, "1200:9");
        robot.interact(() -> field.fireEvent(new ActionEvent()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getCurrentParagraph()).isEqualTo(1199);
        assertThat(area.getCaretColumn()).isEqualTo(8);
        assertThat(area.isFocused()).isTrue();
        assertThat(bar(area)).isNull();
        // The line is on screen.
        assertThat(area.getVisibleParagraphs().size()).isPositive();
        assertThat(area.firstVisibleParToAllParIndex()).isLessThanOrEqualTo(1199);
        assertThat(area.lastVisibleParToAllParIndex()).isGreaterThanOrEqualTo(1199);
    }

    @Test
    void findInFilesListsHitsFromSeveralFilesAndAClickOpensTheFileAtTheLine(FxRobot robot) {
        configArea(robot);
        press(robot, KeyCode.F, true, true);
        FindInFilesView view = app.find().filesView().orElseThrow();
        TextField field = robot.from(view).lookup("#findInFilesField").queryAs(TextField.class);
        type(robot, field, "cassandra");
        @SuppressWarnings("unchecked")
        ListView<FileHit> list = robot.from(view).lookup("#findInFilesResults").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(FileHit::file)
                .contains(RevisionFile.CONFIG, RevisionFile.TEMPLATE);
        assertThat(robot.from(view).lookup("#findInFilesSummary").queryAs(Label.class).getText()).contains("results in", "files");

        FileHit first = list.getItems().stream().filter(h -> h.file() == RevisionFile.TEMPLATE).findFirst().orElseThrow();
        int index = list.getItems().indexOf(first);
        robot.interact(() -> list.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() == first).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.tabs().pane().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-template");
        CodeArea template = robot.lookup("#source-template").queryAs(CodeArea.class);
        assertThat(template.getCurrentParagraph()).isEqualTo(first.line() - 1);
        assertThat(template.getSelectedText()).isEqualToIgnoringCase("cassandra");
        assertThat(template.getSelection().getStart()).isEqualTo(first.offset());

        // The list follows edits while it is open.
        robot.interact(() -> app.session().apply(io.universestudio.ui.session.Edit.of("x",
                r -> r.withText(RevisionFile.TEMPLATE, r.text(RevisionFile.TEMPLATE).orElseThrow().replaceAll("(?i)cassandra", "db")))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).extracting(FileHit::file).contains(RevisionFile.CONFIG).doesNotContain(RevisionFile.TEMPLATE);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
    }

    @Test
    void thePreviewFindsAndGoesToALineButOffersNoReplace(FxRobot robot) {
        CodeArea preview = robot.lookup("#previewApp").queryAs(CodeArea.class);
        robot.interact(preview::requestFocus);
        press(robot, KeyCode.H, true, false);
        Node bar = bar(preview);
        assertThat(bar).isNotNull();
        assertThat(in(robot, bar, "#replaceField", TextField.class).getParent().isVisible()).isFalse();
        List<Integer> expected = occurrences(preview.getText(), "cassandra");
        assertThat(expected).isNotEmpty();
        type(robot, in(robot, bar, "#findField", TextField.class), "cassandra");
        assertThat(in(robot, bar, "#findCount", Label.class).getText()).endsWith(" of " + expected.size());
        assertThat(styled(preview, expected.get(expected.size() - 1), SourceEditor.MATCH_STYLE)).isTrue();

        press(robot, KeyCode.ESCAPE, false, false);
        press(robot, KeyCode.G, true, false);
        TextField line = in(robot, bar(preview), "#goToLineField", TextField.class);
        type(robot, line, "5");
        robot.interact(() -> line.fireEvent(new ActionEvent()));
        assertThat(preview.getCurrentParagraph()).isEqualTo(4);
    }
}

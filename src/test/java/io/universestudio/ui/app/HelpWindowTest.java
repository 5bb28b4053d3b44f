package io.universestudio.ui.app;

import io.universestudio.cli.AppVersion;
import io.universestudio.core.validate.Problem;
import io.universestudio.ui.help.ProblemCodesView;
import io.universestudio.ui.help.ShortcutSheet;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Help menu through the real window: the shortcut sheet holds every accelerator of the menu bar and the
 * keys handled outside it, a problem's code links to its explanation, and About names the versions and
 * the bundled libraries with their licences.
 */
@StudioWindow.WindowTest
class HelpWindowTest {

    @TempDir
    Path home;

    private AppContext app;

    @Start
    void start(Stage stage) {
        Path revision = home.resolve("repo/packages/H/helpme/0");
        try {
            Files.createDirectories(revision);
            // No licenses: the warning PKG-LICENSE-MISSING, whose explanation the test follows.
            Files.writeString(revision.resolve("package.json"), """
                    {"packagingVersion": "4.0", "name": "helpme", "version": "1.0", "maintainer": "a@b.c",
                     "description": "Help", "tags": ["help"], "preInstallNotes": "This DC/OS Service is currently in preview."}
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app = StudioWindow.show(stage, home, revision);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    @Test
    void theShortcutSheetHoldsEveryAcceleratorOfTheMenusAndTheKeysOutsideThem(FxRobot robot) throws Exception {
        robot.interact(() -> app.help().showShortcuts());
        TableView<?> table = robot.lookup("#shortcutTable").queryAs(TableView.class);
        List<String> shown = table.getItems().stream().map(e -> ((ShortcutSheet.Entry) e).keys()).toList();

        List<String> accelerators = new ArrayList<>();
        collect(app.controller().menuBar().getMenus(), accelerators);
        assertThat(accelerators).hasSizeGreaterThan(20).contains("Ctrl+S", "F1");
        assertThat(shown).containsAll(accelerators).contains("Ctrl+Space", "Ctrl+Shift+Z", "Escape", "Enter");
        assertThat(table.getItems()).anySatisfy(e -> {
            ShortcutSheet.Entry entry = (ShortcutSheet.Entry) e;
            assertThat(entry.action()).isEqualTo("Save");
            assertThat(entry.keys()).isEqualTo("Ctrl+S");
            assertThat(entry.group()).isEqualTo("File");
        });

        robot.interact(() -> robot.lookup("#shortcutSearch").queryAs(TextField.class).setText("zoom"));
        assertThat(table.getItems()).isNotEmpty().allSatisfy(e ->
                assertThat(((ShortcutSheet.Entry) e).action().toLowerCase()).contains("zoom"));
    }

    private static void collect(List<? extends MenuItem> items, List<String> out) {
        for (MenuItem item : items) {
            if (item instanceof Menu menu) {
                collect(menu.getItems(), out);
            } else if (item.getAccelerator() != null) {
                out.add(item.getAccelerator().getDisplayText());
            }
        }
    }

    @Test
    void aProblemsCodeLinksToItsExplanationFromTheValidationRules(FxRobot robot) throws Exception {
        TableView<Problem> problems = robot.lookup("#problemsTable").queryAs(TableView.class);
        waitFor(() -> problems.getItems().stream().anyMatch(p -> p.code().equals("PKG-LICENSE-MISSING")));
        Hyperlink link = robot.lookup(".problem-code-link").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().equals("PKG-LICENSE-MISSING")).findFirst().orElseThrow();
        robot.clickOn(link);
        waitFor(() -> app.help().problemCodesView() != null && app.help().problemCodesView().getScene().getWindow().isShowing());
        ProblemCodesView view = app.help().problemCodesView();
        assertThat(view.selected().code()).isEqualTo("PKG-LICENSE-MISSING");
        assertThat(robot.lookup("#problemCodeTitle").queryAs(Label.class).getText()).isEqualTo("PKG-LICENSE-MISSING");
        String doc = Files.readString(Path.of("docs/validation-rules.md"));
        assertThat(doc).contains("No `licenses` (or an empty list); the Universe's reviewers require one.");
        assertThat(robot.lookup("#problemCodeDetail .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("What: No licenses (or an empty list); the Universe's reviewers require one.",
                        "Fix: Add a license.");

        // Searchable: any word of an explanation finds the codes that use it.
        robot.interact(() -> robot.lookup("#problemCodeSearch").queryAs(TextField.class).setText("zip slip"));
        ListView<?> list = robot.lookup("#problemCodeList").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(e -> ((io.universestudio.ui.help.ProblemCodes.Entry) e).code())
                .containsExactly("BUNDLE-UNSAFE-ENTRY");
    }

    @Test
    void aboutNamesTheVersionsAndEveryBundledLibraryWithItsLicence(FxRobot robot) {
        robot.interact(() -> app.help().showAbout());
        assertThat(robot.lookup("#aboutVersion").queryAs(Label.class).getText()).contains(AppVersion.current());
        assertThat(robot.lookup("#aboutJava").queryAs(Label.class).getText()).contains(System.getProperty("java.version"));
        assertThat(robot.lookup("#aboutJavaFx").queryAs(Label.class).getText())
                .startsWith("JavaFX 21").doesNotContain("null");
        TableView<?> libraries = robot.lookup("#aboutLibraries").queryAs(TableView.class);
        assertThat(libraries.getItems()).hasSizeGreaterThan(20);
        robot.interact(() -> app.help().showPublishing());
        assertThat(robot.lookup("#publishingPage .help-title").queryAs(Label.class).getText()).isEqualTo("How publishing works");
        MenuBar bar = app.controller().menuBar();
        assertThat(bar.getMenus()).extracting(Menu::getText).contains("_Help");
    }
}

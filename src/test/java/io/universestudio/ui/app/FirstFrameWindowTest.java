package io.universestudio.ui.app;

import io.universestudio.core.model.PackageField;
import io.universestudio.core.model.RevisionFile;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first frame holds what it shows (ADR 0156): the package form's required fields, not its optional ones
 * below the fold, and no hidden tab's content; all of it joins right after, in order, decorated as usual.
 */
@StudioWindow.WindowTest
class FirstFrameWindowTest {

    @TempDir
    Path home;

    private AppContext app;
    private Path folder;
    private boolean requiredAtShow;
    private boolean optionalAtShow;
    private boolean labelsTabFilledAtShow;
    private javafx.scene.Parent rootAtShow;
    private int comboBoxesAtShow;
    private List<RevisionFile> sourcesMadeAtShow;
    private boolean saveTooltipAtShow;
    private final java.util.List<Integer> iconChanges = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Stage stage;
    /** Where {@code Tooltip.install} keeps a node's tooltip. */
    private static final String TOOLTIP = "javafx.scene.control.Tooltip";

    @Start
    void start(Stage stage) throws Exception {
        folder = StudioWindow.demoRevision(home, """
                {
                  "packagingVersion": "4.0",
                  "name": "demo",
                  "version": "1.0.0",
                  "maintainer": "me@example.com",
                  "description": "A demo",
                  "tags": ["demo"],
                  "website": 5
                }
                """);
        Files.writeString(folder.resolve("marathon.json.mustache"), "{\"id\": \"demo\"}\n");
        app = StudioWindow.show(stage, home, folder);
        // Still in the turn of the FX thread that showed the window: this is what its first frame styles.
        Scene scene = stage.getScene();
        requiredAtShow = scene.lookup("#field-name") != null && scene.lookup("#field-tags") != null;
        optionalAtShow = scene.lookup("#field-website") != null || scene.lookup("#field-licenses") != null;
        labelsTabFilledAtShow = labelsTab(scene).getContent() != null;
        rootAtShow = scene.getRoot();
        comboBoxesAtShow = scene.getRoot().lookupAll(".combo-box").size();
        sourcesMadeAtShow = java.util.Arrays.stream(RevisionFile.values()).filter(app.tabs()::hasSource).toList();
        saveTooltipAtShow = scene.lookup("#saveButton").getProperties().containsKey(TOOLTIP);
        this.stage = stage;
        // The icons decode in the background and arrive after this turn of the FX thread.
        stage.getIcons().addListener((javafx.collections.ListChangeListener<javafx.scene.image.Image>) c ->
                iconChanges.add(c.getList().size()));
    }

    private static Tab labelsTab(Scene scene) {
        return ((TabPane) scene.lookup("#previewTabs")).getTabs().get(1);
    }

    @Test
    void theFirstFrameHasTheRequiredFieldsAndTheRestFollowsInOrder(FxRobot robot) throws Exception {
        assertThat(requiredAtShow).as("required fields in the first frame").isTrue();
        assertThat(optionalAtShow).as("optional fields in the first frame").isFalse();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return robot.lookup("#field-manager").tryQuery().isPresent();
        });
        // Every field, each after the one above it: Tab walks them in their order.
        GridPane grid = (GridPane) robot.lookup("#field-name").query().getParent();
        List<String> order = grid.getChildren().stream().map(Node::getId).filter(Objects::nonNull)
                .map(id -> id.substring("field-".length())).toList();
        assertThat(order).isEqualTo(PackageField.ALL.stream().map(PackageField::key).toList());

        // A field placed after the first frame is still marked with its problem once the check is in.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return !app.packageForm().problemTexts("website").isEmpty();
        });
        // The decoration found the form's own pane: the window's root was not replaced (and restyled whole).
        assertThat(robot.lookup("#field-website").query().getScene().getRoot()).isSameAs(rootAtShow);
        // Its icon sits centred on the field's top-left corner (a glyph's y is its baseline unless told).
        Node field = robot.lookup("#field-website").query();
        WaitForAsyncUtils.waitForFxEvents();
        Node icon = robot.from(field).lookup(".icon").query();
        javafx.geometry.Bounds f = field.localToScene(field.getLayoutBounds());
        javafx.geometry.Bounds i = icon.localToScene(icon.getBoundsInLocal());
        assertThat((i.getMinY() + i.getMaxY()) / 2).as("icon's middle against the field's top")
                .isCloseTo(f.getMinY(), org.assertj.core.data.Offset.offset(4.0));
        assertThat((i.getMinX() + i.getMaxX()) / 2).as("icon's middle against the field's left")
                .isCloseTo(f.getMinX(), org.assertj.core.data.Offset.offset(4.0));
    }

    @Test
    void anOptionalFieldAskedForBeforeTheFirstFrameIsPlacedAtOnce(FxRobot robot) {
        boolean[] found = new boolean[2];
        robot.interact(() -> {
            Stage second = new Stage();
            AppContext other = StudioWindow.show(second, home.resolve("second"), folder);
            found[0] = other.packageForm().focus("/website");
            found[1] = second.getScene().lookup("#field-website") != null;
        });
        assertThat(found).containsExactly(true, true);
    }

    @Test
    void aSourceEditorIsMadeWhenItsSourceIsFirstShown(FxRobot robot) {
        assertThat(sourcesMadeAtShow).as("source editors made for the first frame").isEmpty();
        robot.clickOn("#tab-template");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.tabs().hasSource(RevisionFile.TEMPLATE)).isTrue();
        org.fxmisc.richtext.CodeArea template = robot.lookup("#source-template").queryAs(org.fxmisc.richtext.CodeArea.class);
        assertThat(template.getText()).isEqualTo("{\"id\": \"demo\"}\n");
        assertThat(app.visualEditors().template()).as("the template's helpers join its editor").isNotNull();
        assertThat(app.tabs().hasSource(RevisionFile.CONFIG)).as("a tab not shown yet").isFalse();

        // Going to a problem in a file whose source was never shown makes its editor there and then.
        robot.clickOn("#tab-package");
        robot.clickOn("#sourceButton-package");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#source-package").queryAs(org.fxmisc.richtext.CodeArea.class).getText())
                .contains("\"website\": 5");
    }

    @Test
    void theToolbarsTooltipsAreMadeWhenFirstPointedAt(FxRobot robot) throws Exception {
        assertThat(saveTooltipAtShow).as("Save's tooltip made before it is pointed at").isFalse();
        Node save = robot.lookup("#saveButton").query();
        robot.moveTo(save).moveBy(2, 1).moveBy(1, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()
                        && t.getText().equals(io.universestudio.ui.common.Messages.load().get("tooltip.save"))));
        robot.moveTo(robot.lookup("#previewTabs").queryAs(Node.class));
    }

    @Test
    void aFieldsHelpTooltipIsMadeWhenFirstPointedAtAndShows(FxRobot robot) throws Exception {
        javafx.scene.control.Label name = robot.lookup(".field-label").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.getText().startsWith("Name")).findFirst().orElseThrow();
        assertThat(name.getProperties()).as("no tooltip made before it is pointed at")
                .doesNotContainKey(TOOLTIP);
        robot.moveTo(name).moveBy(3, 1).moveBy(2, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()
                        && t.getText().startsWith("Lower-case letters")));
        robot.moveTo(robot.lookup("#previewTabs").queryAs(Node.class));
    }

    @Test
    void theFirstFrameBuildsNoUnopenedListAndAVersionIsChosenWithThePointer(FxRobot robot) throws Exception {
        assertThat(comboBoxesAtShow).as("combo boxes (each builds its list before it is opened) at show").isZero();
        robot.clickOn("#field-packagingVersion");
        robot.clickOn(robot.lookup(".context-menu .label").match((javafx.scene.control.Label l) -> "3.0".equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.session().current().packageJson().orElseThrow().tree().orElseThrow()
                .path("packagingVersion").asText()).isEqualTo("3.0");
    }

    @Test
    void theWindowGetsTheIconsItUsesInOneChange() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(iconChanges).as("each change makes the window scale its best icon again").containsExactly(2);
        assertThat(stage.getIcons()).extracting(javafx.scene.image.Image::getWidth).containsExactly(32.0, 128.0);
    }

    @Test
    void aHiddenTabGetsItsContentWhenFirstShown(FxRobot robot) {
        assertThat(labelsTabFilledAtShow).as("hidden tab's content in the first frame").isFalse();
        Tab labels = labelsTab(robot.lookup("#previewTabs").query().getScene());
        robot.interact(() -> labels.getTabPane().getSelectionModel().select(labels));
        assertThat(labels.getContent()).isNotNull();
        assertThat(labels.getContent().getScene()).isNotNull();
        // Its code area, made now, shows the decoded labels of the rendered app.
        org.fxmisc.richtext.CodeArea area = robot.lookup("#previewLabels").queryAs(org.fxmisc.richtext.CodeArea.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getText()).contains("DCOS_PACKAGE_NAME").contains("demo");
    }
}

package io.universestudio.ui.preview;

import io.universestudio.ui.app.AppContext;
import io.universestudio.ui.app.StudioWindow;
import io.universestudio.ui.common.Tooltips;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deeply nested what-if option in a narrow preview: the option's own name is shown whole, the path before
 * it keeps its start and is shortened in the middle, and the tooltip gives the whole path.
 */
@StudioWindow.WindowTest
class WhatIfNamesWindowTest {

    private static final String LEAF = "allow_plaintext_connections";
    private static final String FULL = "service.security.transport_encryption.client_settings." + LEAF;

    @TempDir
    Path home;

    private AppContext app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = StudioWindow.demoRevision(home, StudioWindow.DEMO_PACKAGE);
        Files.writeString(folder.resolve("config.json"), """
                {"type": "object", "properties": {"service": {"type": "object", "properties": {
                  "name": {"type": "string", "default": "demo"},
                  "security": {"type": "object", "properties": {"transport_encryption": {"type": "object", "properties": {
                    "client_settings": {"type": "object", "properties": {
                      "%s": {"type": "boolean", "default": false}}}}}}}}}}}""".formatted(LEAF));
        Files.writeString(folder.resolve("marathon.json.mustache"), """
                {"id": "{{service.name}}",
                 "env": {"PLAIN": "{{service.security.transport_encryption.client_settings.%s}}"}}""".formatted(LEAF));
        app = StudioWindow.show(stage, home, folder);
    }

    private static Text shown(Label l) {
        return l.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(n -> (Text) n).findFirst().orElseThrow();
    }

    @Test
    void theOptionsOwnNameStaysWholeAndTheTooltipHasThePath(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1500);
            stage.setHeight(700);
            app.appearance().setPresenter(true);
        });
        @SuppressWarnings("unchecked")
        ListView<OptionLeaf> list = robot.lookup("#whatIfForm").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup("#whatIfForm .list-cell").queryAll().stream()
                .filter(c -> c instanceof OptionCell cell && cell.getItem() != null && cell.getItem().pointer().endsWith(LEAF))
                .findFirst().orElseThrow();
        Label path = robot.from(row).lookup("." + OptionCell.PATH_STYLE).queryAs(Label.class);
        Label leaf = robot.from(row).lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l != path).findFirst().orElseThrow();
        robot.interact(() -> row.getScene().getRoot().layout());

        assertThat(leaf.getText()).isEqualTo(LEAF);
        assertThat(shown(leaf).getText()).as("the option's own name, whole").isEqualTo(LEAF);
        assertThat(path.getText()).isEqualTo("service.security.transport_encryption.client_settings.");
        String shownPath = shown(path).getText();
        assertThat(shownPath).as("the path is shortened in its middle, keeping its start and end")
                .startsWith("ser").endsWith("s.").hasSizeLessThan(path.getText().length()).contains(path.getEllipsisString());
        assertThat(Tooltips.textOf(leaf)).isEqualTo(FULL);
        assertThat(Tooltips.textOf(path)).isEqualTo(FULL);
        // Made when pointed at, the tooltip shows the whole path.
        robot.moveTo(path).moveBy(2, 1).moveBy(1, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing() && FULL.equals(t.getText())));
        robot.moveTo(list);
        // A short name has no path and shows whole.
        Node nameRow = robot.lookup("#whatIfForm .list-cell").queryAll().stream()
                .filter(c -> c instanceof OptionCell cell && cell.getItem() != null && cell.getItem().pointer().equals("/service/name"))
                .findFirst().orElseThrow();
        Label namePath = robot.from(nameRow).lookup("." + OptionCell.PATH_STYLE).queryAs(Label.class);
        assertThat(namePath.getText()).isEqualTo("service.");
    }
}

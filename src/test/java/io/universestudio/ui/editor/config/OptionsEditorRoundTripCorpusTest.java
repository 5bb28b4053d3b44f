package io.universestudio.ui.editor.config;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.schema.OptionPath;
import io.universestudio.testsupport.Shared;
import io.universestudio.ui.app.AppContext;
import io.universestudio.ui.app.StudioWindow;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** datastax-dse/700's large config goes through the options and resources editors without a byte changing. */
@StudioWindow.WindowTest
class OptionsEditorRoundTripCorpusTest {

    @TempDir
    Path home;

    private Path folder;
    private AppContext app;

    @Start
    void start(Stage stage) throws Exception {
        folder = StudioWindow.copyRevision(Shared.revision("D/datastax-dse/700"), home.resolve("repo"));
        app = StudioWindow.show(stage, home, folder);
    }

    @Test
    void browsingEveryEditorChangesNothing(FxRobot robot) throws Exception {
        String config = Files.readString(folder.resolve("config.json"));
        String resource = Files.readString(folder.resolve("resource.json"));
        robot.interact(() -> app.tabs().select(RevisionFile.CONFIG, true));
        @SuppressWarnings("unchecked")
        TreeView<OptionPath> tree = robot.lookup("#optionsTree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).isNotEmpty();

        // Show every option's properties (each one fills the property editor) and the install form.
        var all = app.visualEditors().options().model().schema().allOptions();
        assertThat(all).hasSizeGreaterThan(100);
        robot.interact(() -> all.forEach(o -> app.visualEditors().options().select(o.path())));
        for (int row = 0; row < 8; row++) {
            int r = row;
            robot.interact(() -> tree.getSelectionModel().select(r));
        }
        robot.clickOn("#installFormTab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.visualEditors().installForm().optionsProperty().get().isEmpty()).isTrue();
        robot.interact(() -> app.tabs().select(RevisionFile.RESOURCE, true));
        robot.interact(() -> app.tabs().select(RevisionFile.CONFIG, false));

        assertThat(app.session().isDirty()).isFalse();
        assertThat(app.session().current().text(RevisionFile.CONFIG)).contains(config);
        assertThat(app.session().current().text(RevisionFile.RESOURCE)).contains(resource);

        // An edit and its reversal through the editor give back the same bytes.
        OptionPath first = all.get(0).path();
        robot.interact(() -> {
            app.visualEditors().options().model().edit("d", null, s -> s.setDescription(first, "changed"));
            app.session().undo();
        });
        assertThat(app.session().current().text(RevisionFile.CONFIG)).contains(config);
        assertThat(app.session().isDirty()).isFalse();
    }
}

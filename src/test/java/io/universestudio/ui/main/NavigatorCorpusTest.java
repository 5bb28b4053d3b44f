package io.universestudio.ui.main;

import io.universestudio.testsupport.Shared;
import io.universestudio.ui.app.AppContext;
import io.universestudio.ui.app.StudioWindow;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening the whole corpus as a repository: its packages and revisions, a filter, opening a revision. */
@StudioWindow.WindowTest
class NavigatorCorpusTest {

    @TempDir
    Path home;

    private AppContext app;

    @Start
    void start(Stage stage) {
        app = StudioWindow.show(stage, home, Shared.corpus());
    }

    @Test
    void theRepositoryIsListedFilteredAndARevisionOpens(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#navigatorTree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).hasSizeGreaterThan(100);

        robot.clickOn("#navigatorFilter").write("datastax-dse");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree.getRoot().getChildren()).extracting(i -> ((RepositoryListing.Package) i.getValue()).name())
                .contains("datastax-dse").allMatch(n -> n.contains("datastax-dse"));

        TreeItem<Object> pkg = tree.getRoot().getChildren().stream()
                .filter(i -> ((RepositoryListing.Package) i.getValue()).name().equals("datastax-dse")).findFirst().orElseThrow();
        TreeItem<Object> revision = pkg.getChildren().stream()
                .filter(i -> ((RepositoryListing.Revision) i.getValue()).folderName().equals("700")).findFirst().orElseThrow();
        robot.interact(() -> {
            pkg.setExpanded(true);
            tree.getSelectionModel().select(revision);
            tree.requestFocus();
        });
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.session().current().name()).contains("datastax-dse");
        assertThat(app.session().current().origin().folderIfAny()).contains(Shared.revision("D/datastax-dse/700"));
        @SuppressWarnings("unchecked")
        ListView<Object> files = robot.lookup("#navigatorFiles").queryAs(ListView.class);
        assertThat(files.getItems()).hasSize(4);
        assertThat(app.main().recent()).first().isEqualTo(Shared.revision("D/datastax-dse/700").toString());
    }
}

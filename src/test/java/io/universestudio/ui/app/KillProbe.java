package io.universestudio.ui.app;

import com.fasterxml.jackson.databind.node.TextNode;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.settings.UserFolders;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.session.JsonEdits;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Run in a child JVM by {@link KillAndRestartCorpusTest}: the real application (background threads, real
 * debounced autosave) opens a package, makes one edit, and then waits to be killed.
 * Arguments: config folder, data folder, revision folder, new version.
 */
public final class KillProbe extends Application {

    @Override
    public void start(Stage stage) {
        List<String> a = getParameters().getUnnamed();
        AppContext app = new AppContext(new UserFolders(Path.of(a.get(0)), Path.of(a.get(1))), Workers.background());
        app.show(stage, Optional.of(Path.of(a.get(2))));
        waitForOpenThenEdit(app, a.get(2), a.get(3));
    }

    private static void waitForOpenThenEdit(AppContext app, String folder, String version) {
        Platform.runLater(() -> {
            if (app.session().current().origin().folderIfAny().map(p -> p.equals(Path.of(folder))).orElse(false)) {
                app.session().apply(Edit.of("set version", r -> JsonEdits.setMember(r, RevisionFile.PACKAGE, "version",
                        TextNode.valueOf(version))));
            } else {
                waitForOpenThenEdit(app, folder, version);
            }
        });
    }

    /** The child's entry point; a class apart, as the java launcher refuses an Application as main class. */
    public static final class Main {
        public static void main(String[] args) {
            launch(KillProbe.class, args);
        }
    }
}

package io.universestudio.ui.app;

import io.universestudio.core.io.RevisionLoadException;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/** The JavaFX application: opens the revision named on the command line, or the bundled sample. */
public final class StudioApplication extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getUnnamed();
        Revision revision;
        String status;
        try {
            revision = args.isEmpty() ? Samples.load(Samples.DEFAULT) : RevisionReader.read(Path.of(args.get(0)));
            status = args.isEmpty() ? "New package from the sample" : "Opened " + args.get(0);
        } catch (RevisionLoadException e) {
            revision = Samples.load(Samples.DEFAULT);
            status = e.getMessage();
        }
        ListView<String> files = new ListView<>();
        for (RevisionFile f : RevisionFile.values()) {
            if (revision.has(f)) {
                files.getItems().add(f.fileName());
            }
        }
        BorderPane root = new BorderPane(files);
        root.setTop(new Label(revision.name().orElse("(unnamed)") + " " + revision.version().orElse("")));
        root.setBottom(new Label(status));
        stage.setTitle("Universe Studio");
        stage.setScene(new Scene(root, 1200, 800));
        StartupTimer.reportWhenShown(stage);
        stage.show();
    }
}

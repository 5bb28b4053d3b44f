package io.universestudio.ui.app;

import io.universestudio.core.settings.UserFolders;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The JavaFX application: one window on the folder named on the command line, a restored draft, or the sample. */
public final class StudioApplication extends Application {

    private AppContext context;

    @Override
    public void start(Stage stage) {
        StartupTimer.mark("toolkit started");
        List<String> args = getParameters().getUnnamed();
        context = new AppContext(UserFolders.forThisUser(), Workers.background());
        StartupTimer.mark("services built");
        StartupTimer.reportWhenShown(stage);
        StartupTimer.reportWhenChecked(context.validation().resultProperty(),
                r -> r.revision() == context.session().current());
        context.show(stage, args.isEmpty() ? Optional.empty() : Optional.of(Path.of(args.get(0)).toAbsolutePath().normalize()));
        stage.setOnHidden(e -> Platform.exit());
    }

    @Override
    public void stop() {
        if (context != null) {
            context.shutdown();
        }
    }
}

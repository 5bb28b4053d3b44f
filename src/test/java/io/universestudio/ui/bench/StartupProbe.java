package io.universestudio.ui.bench;

import io.universestudio.core.settings.UserFolders;
import io.universestudio.ui.app.AppContext;
import io.universestudio.ui.app.Workers;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Started in a child JVM by {@link StartupBenchmark}: opens the window on the package given and prints how
 * long after the JVM started the window was shown with the package open and its problems checked, then exits.
 */
public final class StartupProbe extends Application {

    private static long START_MS;

    @Override
    public void start(Stage stage) throws Exception {
        START_MS = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        Path home = Files.createTempDirectory("startup-probe");
        AppContext app = new AppContext(new UserFolders(home.resolve("config"), home.resolve("data")), Workers.background());
        app.show(stage, Optional.of(Path.of(getParameters().getUnnamed().get(0))));
        waitUntilReady(app, stage);
    }

    private static void waitUntilReady(AppContext app, Stage stage) {
        Platform.runLater(() -> {
            boolean opened = app.session().current().name().isPresent() && app.session().current().origin().folderIfAny().isPresent();
            boolean checked = app.validation().result() != null && app.validation().result().revision() == app.session().current();
            if (stage.isShowing() && opened && checked) {
                long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
                System.out.println("shown-ms=" + since);
                System.out.println("start-ms=" + START_MS);
                System.out.println("cpu-ms=" + cpu);
                Platform.exit();
            } else {
                waitUntilReady(app, stage);
            }
        });
    }

    /** The child JVM's entry point; a class apart, as the java launcher refuses an Application as main class. */
    public static final class Main {
        public static void main(String[] args) {
            launch(StartupProbe.class, args);
        }
    }
}

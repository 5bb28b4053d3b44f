package io.universestudio.ui.app;

import io.universestudio.core.settings.UserFolders;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.ui.session.LiveValidation;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The JavaFX application: one window on the folder named on the command line, a restored draft, or the sample. */
public final class StudioApplication extends Application {

    private static final System.Logger LOG = System.getLogger(StudioApplication.class.getName());

    /**
     * What the launcher knew of the GPU before the toolkit started (JavaFX makes this class itself, so not
     * through a constructor); null where it does not probe (not Linux) or when started another way.
     */
    private static volatile GpuProbeMemory gpuProbe;

    private AppContext context;

    static void rememberGpuProbe(GpuProbeMemory memory) {
        gpuProbe = memory;
    }

    @Override
    public void start(Stage stage) {
        StartupTimer.mark("toolkit started");
        List<String> args = getParameters().getUnnamed();
        Workers workers = Workers.background();
        noteGpu(workers);
        context = new AppContext(UserFolders.forThisUser(), workers);
        StartupTimer.mark("services built");
        StartupTimer.reportWhenShown(stage);
        // From here the window's title names the package (start-benchmark.sh waits for that and the map).
        StartupTimer.markWhen(stage.titleProperty(), t -> context.session().openings() > 1, "package opened");
        StartupTimer.reportWhenChecked(context.validation().resultProperty(), ofWhatWasOpened(context.session()));
        context.show(stage, args.isEmpty() ? Optional.empty() : Optional.of(Path.of(args.get(0)).toAbsolutePath().normalize()));
        stage.setOnHidden(e -> Platform.exit());
    }

    /**
     * A check of what the window opened, not of the empty revision every session begins with: that one's
     * result comes first when reading the package takes longer than the check's 200 ms debounce.
     */
    static Predicate<LiveValidation.Result> ofWhatWasOpened(EditorSession session) {
        return r -> session.openings() > 1 && r.revision() == session.current();
    }

    /** Remembers for the next start whether JavaFX refused the GPU (ADR 0155); the file is written on the io thread. */
    private static void noteGpu(Workers workers) {
        GpuProbeMemory probe = gpuProbe;
        if (probe == null) {
            return;
        }
        if (probe.skipped()) {
            LOG.log(System.Logger.Level.INFO, "Software rendering: JavaFX refused this machine's GPU at an earlier start ("
                    + GpuProbeMemory.FILE_NAME + " in the config folder; delete it to try the GPU again)");
            return;
        }
        boolean gpuInUse = Platform.isSupported(ConditionalFeature.SCENE3D);
        workers.io().execute(() -> {
            try {
                probe.afterToolkit(gpuInUse);
            } catch (java.io.IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "Could not remember whether the GPU was refused", e);
            }
        });
    }

    @Override
    public void stop() {
        if (context != null) {
            context.shutdown();
        }
    }
}

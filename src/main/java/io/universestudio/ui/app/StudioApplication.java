package io.universestudio.ui.app;

import io.universestudio.core.settings.UserFolders;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
        StartupTimer.reportWhenChecked(context.validation().resultProperty(),
                r -> r.revision() == context.session().current());
        context.show(stage, args.isEmpty() ? Optional.empty() : Optional.of(Path.of(args.get(0)).toAbsolutePath().normalize()));
        stage.setOnHidden(e -> Platform.exit());
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

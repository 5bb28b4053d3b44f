package io.universestudio.ui.app;

import io.universestudio.core.io.OperatingSystem;
import io.universestudio.core.settings.UserFolders;
import javafx.application.Application;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;

/** Starts the JavaFX application; kept apart from Main so the command line never loads JavaFX. */
public final class StudioLauncher {

    private StudioLauncher() {
    }

    public static void launch(String[] args) {
        StartupTimer.mark("main");
        if (OperatingSystem.current() == OperatingSystem.LINUX) {
            // Before the toolkit: it reads prism.order when it starts (ADR 0155).
            GpuProbeMemory gpu = new GpuProbeMemory(UserFolders.forThisUser().config(), Clock.systemUTC());
            gpu.beforeToolkit(System.getProperties());
            StudioApplication.rememberGpuProbe(gpu);
        }
        Application.launch(StudioApplication.class, withFolderToOpen(args));
    }

    /**
     * The arguments with a file (a package.json opened from a file manager or file association) replaced by
     * the folder holding it, so opening any file of a revision opens that revision. Anything else is kept.
     */
    static String[] withFolderToOpen(String[] args) {
        if (args.length == 0) {
            return args;
        }
        Path path;
        try {
            path = Path.of(args[0]);
        } catch (InvalidPathException e) {
            return args; // not a path: the application reports it
        }
        if (!Files.isRegularFile(path)) {
            return args;
        }
        String[] result = args.clone();
        result[0] = path.toAbsolutePath().getParent().toString();
        return result;
    }
}

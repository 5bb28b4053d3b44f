package io.universestudio.ui.app;

import javafx.application.Application;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Starts the JavaFX application; kept apart from Main so the command line never loads JavaFX. */
public final class StudioLauncher {

    private StudioLauncher() {
    }

    public static void launch(String[] args) {
        StartupTimer.mark("main");
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

package io.universestudio.core.io;

import java.nio.file.Files;
import java.nio.file.Path;

/** How a path a person gives (on the command line, from a file manager) names a revision. */
public final class RevisionPaths {

    private RevisionPaths() {
    }

    /**
     * The folder to open for {@code path}: a file (package.json, or any other file of a revision) stands for
     * the folder holding it, as the window opens it; anything else is taken as it is.
     */
    public static Path folderOf(Path path) {
        if (Files.isRegularFile(path)) {
            Path parent = path.getParent(); // kept relative when it was given relative, for messages
            return parent != null ? parent : path.toAbsolutePath().getParent();
        }
        return path;
    }
}

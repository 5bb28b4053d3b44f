package io.universestudio.core.io;

import io.universestudio.core.model.RevisionFile;

import java.nio.file.Files;
import java.nio.file.Path;

/** How a path a person gives (on the command line, from a file manager) names a revision. */
public final class RevisionPaths {

    private RevisionPaths() {
    }

    /**
     * The folder to open for {@code path}: a revision's own file (package.json, config.json, ...) stands for
     * the folder holding it, as the window opens it; anything else (a folder, a package.dcos, a build
     * definition) is taken as it is.
     */
    public static Path folderOf(Path path) {
        Path name = path.getFileName();
        if (Files.isRegularFile(path) && name != null && RevisionFile.byFileName(name.toString()).isPresent()) {
            Path parent = path.getParent(); // kept relative when it was given relative, for messages
            return parent != null ? parent : path.toAbsolutePath().getParent();
        }
        return path;
    }
}

package io.universestudio.ui.app;

import io.universestudio.core.settings.UserFolders;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

/** Test support: builds the real window with direct workers and its own user folders. */
public final class StudioWindow {

    private StudioWindow() {
    }

    public static UserFolders folders(Path home) {
        return new UserFolders(home.resolve("config"), home.resolve("data"));
    }

    public static AppContext show(Stage stage, Path home, Path folder) {
        AppContext context = new AppContext(folders(home), Workers.direct());
        context.show(stage, Optional.ofNullable(folder));
        return context;
    }

    /** Copies a revision folder (for tests that save), keeping its repository layout below {@code into}. */
    public static Path copyRevision(Path revision, Path into) throws IOException {
        Path target = into.resolve("packages").resolve(revision.getParent().getParent().getFileName())
                .resolve(revision.getParent().getFileName()).resolve(revision.getFileName());
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(revision)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return target;
    }
}

package io.universestudio.ui.session;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Unsaved work found on disk: the texts of every file, where the package was opened from (absent for a
 * new package), and when it was written.
 */
public record Draft(Path origin, Map<RevisionFile, String> files, Instant writtenAt) {

    public Draft {
        files = Map.copyOf(files);
    }

    public Optional<Path> originIfAny() {
        return Optional.ofNullable(origin);
    }

    /** The draft's content laid over {@code base}: its files replace, add to, or remove base's files. */
    public Revision applyTo(Revision base) {
        Revision r = base;
        for (RevisionFile f : RevisionFile.values()) {
            String text = files.get(f);
            r = text != null ? r.withText(f, text) : r.without(f);
        }
        return r;
    }
}

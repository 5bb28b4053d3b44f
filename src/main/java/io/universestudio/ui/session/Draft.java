package io.universestudio.ui.session;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Unsaved work found on disk: the texts of every file, where the package was opened from (the revision
 * folder, absent for a new package; the package.dcos or build definition when it came from one), and when
 * it was written.
 */
public record Draft(Path origin, Path packageFile, Map<RevisionFile, String> files, Instant writtenAt) {

    public Draft {
        files = Map.copyOf(files);
    }

    /** A draft of a revision opened from a folder, or of a new package ({@code origin} null). */
    public Draft(Path origin, Map<RevisionFile, String> files, Instant writtenAt) {
        this(origin, null, files, writtenAt);
    }

    public Optional<Path> originIfAny() {
        return Optional.ofNullable(origin);
    }

    /** The package.dcos or build definition the work came from, which Save writes back. */
    public Optional<Path> packageFileIfAny() {
        return Optional.ofNullable(packageFile);
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

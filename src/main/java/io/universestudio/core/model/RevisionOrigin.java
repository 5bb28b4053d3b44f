package io.universestudio.core.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a revision was read from: a folder on disk (absent for a new, unsaved package) and, when that
 * folder sits in a Universe repository, its place there.
 */
public record RevisionOrigin(Path folder, RevisionRef ref) {

    public static final RevisionOrigin NEW = new RevisionOrigin(null, null);

    public Optional<Path> folderIfAny() {
        return Optional.ofNullable(folder);
    }

    public Optional<RevisionRef> refIfAny() {
        return Optional.ofNullable(ref);
    }
}

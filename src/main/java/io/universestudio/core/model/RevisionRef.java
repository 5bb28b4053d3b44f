package io.universestudio.core.model;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Where a revision sits inside a Universe repository: {@code <root>/.../packages/<letter>/<name>/<folder>}.
 *
 * @param packagesDir the repository's {@code packages} folder
 * @param revisionFolder the revision folder's name as on disk (normally a number, but real trees hold
 *                       names such as {@code latest})
 */
public record RevisionRef(Path packagesDir, String letter, String packageName, String revisionFolder) {

    /** The revision number, when the folder name is a non-negative decimal integer. */
    public OptionalInt number() {
        return RevisionNumbers.parse(revisionFolder);
    }
}

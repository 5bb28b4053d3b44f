package io.universestudio.core.io;

import java.nio.file.Path;

/**
 * Something in a repository's folder tree that is not in the Universe layout (a stray file, a letter
 * folder that is not one capital letter, a revision folder that is not a number, a link out of the
 * repository, a folder that cannot be read). Reported, never fatal.
 */
public record LayoutIssue(Kind kind, Path path, String message) {

    public enum Kind {
        STRAY_FILE, BAD_LETTER_FOLDER, BAD_PACKAGE_FOLDER, WRONG_LETTER, NON_NUMERIC_REVISION,
        /** A symbolic link leading out of the repository folder (or to nothing): not followed, left out. */
        LINK_OUTSIDE,
        /** A folder this user may not list: left out. */
        UNREADABLE
    }
}

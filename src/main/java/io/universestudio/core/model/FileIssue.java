package io.universestudio.core.model;

/**
 * A package file that is in the revision folder but could not be taken in: it is kept out of the
 * revision (never followed, never read past its limit) and reported by validation. Saving leaves it alone.
 *
 * @param file    which package file
 * @param kind    why it was not read
 * @param message a plain sentence, naming permissions when they are the cause
 */
public record FileIssue(RevisionFile file, Kind kind, String message) {

    /** Why a file was not read. */
    public enum Kind {
        /** A folder (or a device or pipe) where the file belongs. */
        NOT_A_FILE,
        /** Larger than package files may be. */
        TOO_LARGE,
        /** A symbolic link leading out of the revision or repository folder, or to nothing. */
        LINK_OUTSIDE,
        /** The file could not be read, e.g. for lack of permission. */
        UNREADABLE
    }
}

package io.universestudio.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A file-system failure as a person reads it. The JDK's messages are often just a path
 * ({@code AccessDeniedException: /x}), which says nothing about what went wrong.
 */
public final class IoMessages {

    private IoMessages() {
    }

    /** "permission denied: /x", "/x does not exist", "/x: No space left on device". */
    public static String plain(Throwable failure) {
        Throwable e = failure instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : failure;
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile() + " (its permissions do not let this user use it)";
        }
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + " does not exist";
        }
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + " is a file, not a folder";
        }
        if (e instanceof DirectoryNotEmptyException d) {
            return d.getFile() + " is a folder that is not empty";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " already exists";
        }
        if (e instanceof FileSystemException f) {
            return (f.getFile() == null ? "" : f.getFile() + ": ") + (f.getReason() == null ? "it failed" : f.getReason());
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return e.getMessage();
        }
        return "an unexpected error (the details are in the log)";
    }
}

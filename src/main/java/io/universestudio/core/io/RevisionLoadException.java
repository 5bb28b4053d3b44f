package io.universestudio.core.io;

import java.io.IOException;

/** A folder could not be opened as a package revision; the message says why in plain words. */
public class RevisionLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    public RevisionLoadException(String message) {
        super(message);
    }

    public RevisionLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}

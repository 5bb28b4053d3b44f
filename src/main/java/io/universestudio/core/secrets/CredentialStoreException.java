package io.universestudio.core.secrets;

/**
 * A credential store could not do what was asked. The message is for people and never holds a secret:
 * every message is written by this package, and text from outside tools passes through
 * {@link Redaction} first.
 */
public class CredentialStoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public CredentialStoreException(String message) {
        super(message);
    }

    public CredentialStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

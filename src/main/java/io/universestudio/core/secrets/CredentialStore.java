package io.universestudio.core.secrets;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where passwords and tokens are kept, by reference: settings hold only the reference (e.g.
 * {@code git-3f2a...}), the store holds the secret. Implementations: the OS secret store where there is
 * one (libsecret, macOS Keychain, Windows DPAPI), else an encrypted file readable only by the user.
 * Choose one with {@link CredentialStores#forThisComputer}.
 */
public interface CredentialStore {

    /** References are plain ASCII names, safe to pass to command-line tools and file formats. */
    Pattern REFERENCE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$");

    /** Where secrets go, for people ("GNOME Keyring (libsecret)", "an encrypted file in ..."). */
    String description();

    void put(String reference, Secret secret) throws CredentialStoreException;

    Optional<Secret> get(String reference) throws CredentialStoreException;

    /** Removes the secret; true when there was one. */
    boolean remove(String reference) throws CredentialStoreException;

    static String requireReference(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("A credential reference must be 1-128 letters, digits, '.', '_', ':'"
                    + " or '-', starting with a letter or digit.");
        }
        return reference;
    }
}

package io.universestudio.core.settings;

import io.universestudio.core.publish.GitCredentials;
import io.universestudio.core.secrets.CredentialStore;
import io.universestudio.core.secrets.CredentialStoreException;
import io.universestudio.core.secrets.Secret;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sign-in of a configured git repository, read from the credential store at the moment of use. The one
 * path from settings to {@link GitCredentials}: publishing and the repository "Test" both come through here,
 * so Test succeeds exactly when Publish would be let in.
 */
public final class SavedGitCredentials {

    private SavedGitCredentials() {
    }

    /**
     * No credentials when the entry has none; otherwise its saved password or token with its user name
     * ({@link GitCredentials#forSignIn}). The caller wipes them with {@link GitCredentials#clear()}.
     *
     * @throws CredentialStoreException when the store cannot be read or holds nothing under the entry's reference
     */
    public static GitCredentials load(RepositoryKind.GitRemote git, CredentialStore store) throws CredentialStoreException {
        if (!git.hasCredential()) {
            return GitCredentials.none();
        }
        Optional<Secret> secret = store.get(git.credentialRef());
        if (secret.isEmpty()) {
            throw new CredentialStoreException("No password or token is saved for this repository."
                    + " Enter it in the repository's settings.");
        }
        char[] chars = secret.get().revealChars();
        try {
            return GitCredentials.forSignIn(git.username(), chars);
        } finally {
            Arrays.fill(chars, '\0');
            secret.get().clear();
        }
    }
}

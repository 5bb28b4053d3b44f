package io.universestudio.core.settings;

import io.universestudio.core.secrets.Secret;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Turns a git repository's stored password or token into what JGit asks for. Shared by the repository
 * test and git publishing so both authenticate the same way.
 */
public final class GitCredentials {

    /** Hosts such as GitHub accept a token with any user name; JGit needs one, so this is sent. */
    static final String USER_FOR_TOKEN_ONLY = "git";

    private GitCredentials() {
    }

    /** A JGit provider for {@code git}'s user name and {@code secret} (a copy of its characters is kept). */
    public static CredentialsProvider provider(RepositoryKind.GitRemote git, Secret secret) {
        String user = git.username().isEmpty() ? USER_FOR_TOKEN_ONLY : git.username();
        return new UsernamePasswordCredentialsProvider(user, secret.revealChars());
    }
}

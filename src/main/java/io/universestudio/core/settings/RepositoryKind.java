package io.universestudio.core.settings;

import java.nio.file.Path;
import java.util.Objects;

/** What a configured repository is: a local Universe folder, a git repository, or the built-in server. */
public sealed interface RepositoryKind {

    /** A Universe repository folder on this computer. */
    record LocalFolder(Path path) implements RepositoryKind {
        public LocalFolder {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * A git repository holding a Universe tree. The password or token is not here: only
     * {@code credentialRef}, its name in the credential store (empty when the remote needs none).
     */
    record GitRemote(String url, String branch, String authorName, String authorEmail, String username,
                     String credentialRef) implements RepositoryKind {
        public GitRemote {
            url = orEmpty(url);
            branch = orEmpty(branch).isEmpty() ? "main" : branch.strip();
            authorName = orEmpty(authorName);
            authorEmail = orEmpty(authorEmail);
            username = orEmpty(username);
            credentialRef = orEmpty(credentialRef);
        }

        public boolean hasCredential() {
            return !credentialRef.isEmpty();
        }

        @Override
        public String toString() {
            // The default record text is fine here (no secret is held), but the URL may carry user:password.
            return "GitRemote[url=" + Urls.withoutUserInfo(url) + ", branch=" + branch + ", authorName=" + authorName
                    + ", authorEmail=" + authorEmail + ", username=" + username + ", credentialRef=" + credentialRef + "]";
        }
    }

    /** The built-in repository server, serving the configured repository {@code servesId}. */
    record BuiltInServer(String servesId, int port, String bindAddress) implements RepositoryKind {
        public static final int DEFAULT_PORT = 8085;
        public static final String LOOPBACK = "127.0.0.1";

        public BuiltInServer {
            servesId = orEmpty(servesId);
            bindAddress = orEmpty(bindAddress).isEmpty() ? LOOPBACK : bindAddress.strip();
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}

package io.universestudio.ui.publish;

import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.publish.GitCredentials;
import io.universestudio.core.publish.GitPublisher;
import io.universestudio.core.publish.LocalUniversePublisher;
import io.universestudio.core.publish.Publisher;
import io.universestudio.core.secrets.CredentialStore;
import io.universestudio.core.secrets.CredentialStoreException;
import io.universestudio.core.settings.RepositoryKind;
import io.universestudio.core.settings.RepositorySettings;
import io.universestudio.core.settings.SavedGitCredentials;
import io.universestudio.core.settings.Settings;

import java.nio.file.Path;

/**
 * Turns a repository from the preferences into the core {@link Publisher} that writes to it: a local
 * folder directly, a git repository through a clone kept in the cache folder (its password fetched from
 * the credential store only now by {@link SavedGitCredentials}, as the repository test does, and wiped
 * after), the built-in server through the folder it serves.
 */
public final class PublishTargets {

    private final CredentialStore credentials;
    private final Path gitCache;
    /** Made on the first publish (off the FX thread): loading the repository schemas cost every start time. */
    private IndexGenerator generator;

    public PublishTargets(CredentialStore credentials, Path gitCache) {
        this.credentials = credentials;
        this.gitCache = gitCache;
    }

    private synchronized IndexGenerator generator() {
        if (generator == null) {
            generator = new IndexGenerator();
        }
        return generator;
    }

    /** A publisher and the credentials to wipe once it is done. */
    public record Target(Publisher publisher, GitCredentials credentials) {
    }

    /** Call off the FX thread: the OS secret store may take a moment. */
    public Target targetFor(RepositorySettings repository, Settings settings) throws CredentialStoreException {
        RepositoryKind kind = repository.kind();
        if (kind instanceof RepositoryKind.LocalFolder local) {
            return new Target(new LocalUniversePublisher(local.path(), generator()), GitCredentials.none());
        }
        if (kind instanceof RepositoryKind.BuiltInServer server) {
            return settings.find(server.servesId())
                    .filter(r -> r.kind() instanceof RepositoryKind.LocalFolder)
                    .map(r -> new Target(new LocalUniversePublisher(((RepositoryKind.LocalFolder) r.kind()).path(),
                            generator()), GitCredentials.none()))
                    .orElseThrow(() -> new IllegalStateException(
                            "The server \"" + repository.name() + "\" serves no local folder any more."));
        }
        RepositoryKind.GitRemote git = (RepositoryKind.GitRemote) kind;
        GitCredentials creds = SavedGitCredentials.load(git, credentials);
        return new Target(new GitPublisher(git.url(), git.branch(), gitCache, creds,
                "Published with Universe Studio.", generator().schemas()).withAuthor(git.authorName(), git.authorEmail()), creds);
    }
}

package io.universestudio.ui.publish;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.Revision;
import io.universestudio.core.publish.PublishProgress;
import io.universestudio.core.publish.PublishResult;
import io.universestudio.core.secrets.CredentialStoreException;
import io.universestudio.core.secrets.EncryptedFileCredentialStore;
import io.universestudio.core.secrets.Secret;
import io.universestudio.core.settings.Repositories;
import io.universestudio.core.settings.RepositoryKind;
import io.universestudio.core.settings.RepositorySettings;
import io.universestudio.core.settings.RepositoryTestResult;
import io.universestudio.core.settings.SettingsStore;
import io.universestudio.core.settings.UserFolders;
import io.universestudio.testsupport.GitHttpTestServer;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The repository "Test" button and Publish sign in to a real git HTTP server on loopback in the same way.
 * They used to differ: with a token and no user name, Test sent the user name {@code git} and Publish
 * {@code x-access-token}, so Test could pass where Publish was refused, or the other way round.
 */
class SignInParityTest {

    private static final String TOKEN = "tok-S3CRET-4711";

    @TempDir
    Path home;

    private EncryptedFileCredentialStore credentials;
    private Repositories repositories;
    private PublishTargets targets;
    private Revision revision;

    @BeforeEach
    void setUp() throws Exception {
        UserFolders folders = new UserFolders(home.resolve("config"), home.resolve("data"));
        credentials = new EncryptedFileCredentialStore(home.resolve("credentials"));
        SettingsStore store = new SettingsStore(folders, Debouncer.immediate());
        repositories = new Repositories(store, credentials, store.load().settings());
        targets = new PublishTargets(credentials, home.resolve("cache"));
        RevisionWriter.write(Samples.load(Samples.DEFAULT), home.resolve("author"));
        revision = RevisionReader.read(home.resolve("author"));
    }

    private Path emptyRemote(String name) throws Exception {
        Path bare = home.resolve(name + ".git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        return bare;
    }

    private RepositorySettings add(String url, String user, String secret) throws Exception {
        return repositories.add(RepositorySettings.create("Remote " + url.hashCode(), new RepositoryKind.GitRemote(
                url, "main", "Ann", "ann@example.com", user, "")), Optional.of(Secret.of(secret)));
    }

    private PublishResult publish(RepositorySettings repository) throws Exception {
        PublishTargets.Target target = targets.targetFor(repository, repositories.current());
        try {
            return target.publisher().publish(revision, PublishProgress.silent());
        } finally {
            target.credentials().clear();
        }
    }

    @Test
    void aTokenWithoutUserNameIsSentAsXAccessTokenByBoth() throws Exception {
        try (GitHttpTestServer host = new GitHttpTestServer(emptyRemote("token"), "x-access-token", TOKEN)) {
            RepositorySettings entry = add(host.url(), "", TOKEN);
            RepositoryTestResult tested = repositories.test(entry);
            assertThat(tested.ok()).as(tested.toString()).isTrue();
            PublishResult published = publish(entry);
            assertThat(published.status()).as(published.message()).isEqualTo(PublishResult.Status.PUBLISHED);
            assertThat(host.usersSeen()).containsExactly("x-access-token");
        }
    }

    @Test
    void aHostThatWantsAnotherNameRefusesTestAndPublishAlike() throws Exception {
        // "git" is what Test used to send: a host that wanted exactly it would pass Test and refuse Publish.
        try (GitHttpTestServer host = new GitHttpTestServer(emptyRemote("other"), "git", TOKEN)) {
            RepositorySettings entry = add(host.url(), "", TOKEN);
            RepositoryTestResult tested = repositories.test(entry);
            assertThat(tested.ok()).isFalse();
            assertThat(tested.summary()).contains("refused the credentials");
            assertThat(tested.toString()).doesNotContain(TOKEN);
            PublishResult published = publish(entry);
            assertThat(published.status()).isEqualTo(PublishResult.Status.FAILED);
            assertThat(published.message()).doesNotContain(TOKEN);
            assertThat(host.usersSeen()).containsExactly("x-access-token");
        }
    }

    @Test
    void aUserNameGivenIsSentAsGivenByBoth() throws Exception {
        try (GitHttpTestServer host = new GitHttpTestServer(emptyRemote("user"), "x-token-auth", "pw-9")) {
            RepositorySettings entry = add(host.url(), " x-token-auth ", "pw-9");
            assertThat(repositories.test(entry).ok()).isTrue();
            assertThat(publish(entry).status()).isEqualTo(PublishResult.Status.PUBLISHED);
            assertThat(host.usersSeen()).containsExactly("x-token-auth");
        }
    }

    @Test
    void aReferenceWithNothingSavedStopsBothWithTheSameSentence() throws Exception {
        try (GitHttpTestServer host = new GitHttpTestServer(emptyRemote("missing"), "x-access-token", TOKEN)) {
            RepositorySettings entry = add(host.url(), "", TOKEN);
            credentials.remove(((RepositoryKind.GitRemote) entry.kind()).credentialRef());
            RepositoryTestResult tested = repositories.test(entry);
            assertThat(tested.ok()).isFalse();
            assertThat(tested.summary()).startsWith("No password or token is saved for this repository.");
            assertThatThrownBy(() -> publish(entry)).isInstanceOf(CredentialStoreException.class)
                    .hasMessage(tested.summary());
            assertThat(host.usersSeen()).as("neither went to the server without its secret").isEmpty();
        }
    }
}

package io.universestudio.core.settings;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.secrets.EncryptedFileCredentialStore;
import io.universestudio.core.secrets.Secret;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepositoriesTest {

    @TempDir
    Path dir;

    @Test
    void addEditTestAndRemoveKeepSettingsAndCredentialsInStep() throws Exception {
        UserFolders folders = new UserFolders(dir.resolve("config"), dir.resolve("data"));
        EncryptedFileCredentialStore credentials = new EncryptedFileCredentialStore(folders.config().resolve("credentials"));
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();

        String gitId;
        {
            SettingsStore store = new SettingsStore(folders, Debouncer.immediate());
            Repositories repos = new Repositories(store, credentials, store.load().settings());
            RepositorySettings added = repos.add(RepositorySettings.create("Team", new RepositoryKind.GitRemote(
                    bare.toString(), "main", "Ann", "ann@example.com", "ann", "")), Optional.of(Secret.of("pw-SECRET")));
            gitId = added.id();
            String ref = ((RepositoryKind.GitRemote) added.kind()).credentialRef();
            assertThat(ref).isEqualTo("git-" + gitId);
            assertThat(credentials.get(ref).orElseThrow().reveal()).isEqualTo("pw-SECRET");
            assertThat(repos.test(added).ok()).as("a bare repo on disk ignores the password").isTrue();

            RepositorySettings renamed = repos.update(added.withName("Team universe"), Optional.empty());
            assertThat(credentials.get(ref)).as("an edit without a new password keeps the saved one").isPresent();
            assertThat(repos.current().find(gitId).orElseThrow().name()).isEqualTo("Team universe");

            assertThatThrownBy(() -> repos.add(RepositorySettings.create("team universe",
                    new RepositoryKind.LocalFolder(dir.resolve("x"))), Optional.empty()))
                    .hasMessageContaining("already called");
            repos.select(renamed.id());
        }
        assertThat(Files.readString(folders.settingsFile())).contains("Team universe").doesNotContain("SECRET");

        {
            SettingsStore store = new SettingsStore(folders, Debouncer.immediate());
            Repositories repos = new Repositories(store, credentials, store.load().settings());
            assertThat(repos.current().selected().orElseThrow().id()).isEqualTo(gitId);
            repos.remove(gitId);
            assertThat(credentials.get("git-" + gitId)).as("removing the entry removes its password").isEmpty();
            assertThat(repos.current().repositories()).extracting(RepositorySettings::name)
                    .containsExactly(SettingsStore.DEFAULT_REPOSITORY_NAME);
        }
    }
}

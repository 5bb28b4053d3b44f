package io.universestudio.core.settings;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    private final RepositorySettings local = RepositorySettings.create("Local",
            new RepositoryKind.LocalFolder(Path.of("/tmp/universe").toAbsolutePath()));

    @Test
    void addEditSelectAndRemove() {
        Settings s = Settings.EMPTY.withAdded(local);
        assertThat(s.selected()).hasValue(local);
        RepositorySettings git = RepositorySettings.create("GitHub", new RepositoryKind.GitRemote(
                "https://github.com/me/universe.git", "", "Me", "me@example.com", "me", ""));
        assertThat(((RepositoryKind.GitRemote) git.kind()).branch()).isEqualTo("main");
        RepositorySettings server = RepositorySettings.create("Server",
                new RepositoryKind.BuiltInServer(local.id(), 0, null));
        assertThat(((RepositoryKind.BuiltInServer) server.kind()).bindAddress()).isEqualTo("127.0.0.1");
        s = s.withAdded(git).withAdded(server).withSelected(git.id());
        assertThat(s.selected()).hasValue(git);

        s = s.withReplaced(git.withName("GitHub fork"));
        assertThat(s.find(git.id()).orElseThrow().name()).isEqualTo("GitHub fork");

        // Removing the served folder removes the server entry too; the selection falls back to the first.
        Settings removed = s.withRemoved(local.id());
        assertThat(removed.repositories()).extracting(RepositorySettings::name).containsExactly("GitHub fork");
        assertThat(s.withRemoved(git.id()).selected().orElseThrow().id()).isEqualTo(local.id());
    }

    @Test
    void incompleteOrClashingEntriesAreRefusedWithReasons() {
        Settings s = Settings.EMPTY.withAdded(local);
        RepositorySettings bad = RepositorySettings.create("local", new RepositoryKind.GitRemote(
                "https://me:tok@github.com/x.git", "bad..branch", "", "nope", "", ""));
        assertThat(s.problemsOf(bad)).hasSize(5)
                .anySatisfy(p -> assertThat(p).contains("already called"))
                .anySatisfy(p -> assertThat(p).contains("Remove the user name and password from the URL"))
                .anySatisfy(p -> assertThat(p).contains("branch"))
                .anySatisfy(p -> assertThat(p).contains("author name"))
                .anySatisfy(p -> assertThat(p).contains("e-mail"));
        assertThatThrownBy(() -> s.withAdded(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThat(bad.toString()).doesNotContain("tok");

        RepositorySettings gitRepo = RepositorySettings.create("G", new RepositoryKind.GitRemote(
                "/tmp/x.git", "main", "A", "a@b.c", "", ""));
        Settings withGit = s.withAdded(gitRepo);
        RepositorySettings serverOfGit = RepositorySettings.create("S", new RepositoryKind.BuiltInServer(gitRepo.id(), 70000, ""));
        assertThat(withGit.problemsOf(serverOfGit))
                .anySatisfy(p -> assertThat(p).contains("only a local Universe folder"))
                .anySatisfy(p -> assertThat(p).contains("port"));
        assertThat(RepositorySettings.create("", new RepositoryKind.LocalFolder(Path.of("relative"))).problems())
                .hasSize(2);
    }

    @Test
    void theServerBindAddressIsWrittenReadAndKeptThroughOtherChanges() {
        RepositorySettings local = RepositorySettings.create("Mine", new RepositoryKind.LocalFolder(Path.of("/tmp/mine").toAbsolutePath()));
        Settings s = Settings.EMPTY.withAdded(local).withServerBindAddress("0.0.0.0");
        Settings read = SettingsJson.read(SettingsJson.write(s)).settings();
        assertThat(read.serverBindAddress()).isEqualTo("0.0.0.0");
        assertThat(read.withSelected(local.id()).withRemoved(local.id()).serverBindAddress()).isEqualTo("0.0.0.0");
        // A file from before the choice was saved reads as "never chosen", and writes nothing for it.
        assertThat(SettingsJson.read("{\"format\": 1, \"repositories\": []}").settings().serverBindAddress()).isEmpty();
        assertThat(SettingsJson.write(Settings.EMPTY)).doesNotContain("serverBindAddress");
    }
}

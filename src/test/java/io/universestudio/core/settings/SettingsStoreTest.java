package io.universestudio.core.settings;

import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.secrets.EncryptedFileCredentialStore;
import io.universestudio.core.secrets.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {

    @TempDir
    Path dir;

    private UserFolders folders() {
        return new UserFolders(dir.resolve("config"), dir.resolve("data"));
    }

    @Test
    void firstUseMakesADefaultLocalRepositorySoPublishingNeedsNoSetUp() throws Exception {
        try (SettingsStore store = new SettingsStore(folders())) {
            SettingsStore.Loaded loaded = store.load();
            assertThat(loaded.status()).isEqualTo(SettingsStore.Loaded.Status.FIRST_USE);
            RepositorySettings repo = loaded.settings().selected().orElseThrow();
            assertThat(repo.name()).isEqualTo(SettingsStore.DEFAULT_REPOSITORY_NAME);
            assertThat(repo.kind()).isEqualTo(new RepositoryKind.LocalFolder(folders().defaultRepository().toAbsolutePath()));
            assertThat(UniverseRepository.isRepository(folders().defaultRepository())).isTrue();
            assertThat(Files.exists(store.file())).as("nothing written until something is saved").isFalse();
        }
    }

    @Test
    void savesAreDebouncedAtomicAndReadBack() throws Exception {
        Settings last;
        try (SettingsStore store = new SettingsStore(folders(), Duration.ofMillis(300))) {
            Settings s = store.load().settings();
            RepositorySettings first = s.selected().orElseThrow();
            last = s;
            for (int i = 0; i < 20; i++) {
                last = last.withReplaced(first.withName("Name " + i));
                store.save(last);
            }
            assertThat(Files.exists(store.file())).as("a burst is not written at once").isFalse();
            waitFor(() -> Files.exists(store.file()), Duration.ofSeconds(5));
            FileTime written = Files.getLastModifiedTime(store.file());
            assertThat(Files.readString(store.file())).contains("\"Name 19\"").doesNotContain("Name 18");
            Thread.sleep(400);
            assertThat(Files.getLastModifiedTime(store.file())).as("written once").isEqualTo(written);
            try (Stream<Path> files = Files.list(store.file().getParent())) {
                assertThat(files).as("no temporary files left").hasSize(1);
            }
        }
        try (SettingsStore again = new SettingsStore(folders())) {
            SettingsStore.Loaded loaded = again.load();
            assertThat(loaded.status()).isEqualTo(SettingsStore.Loaded.Status.LOADED);
            assertThat(loaded.settings()).isEqualTo(last);
        }
    }

    @Test
    void everyKindRoundTripsAndCloseWritesWhatIsPending() throws Exception {
        Settings s;
        try (SettingsStore store = new SettingsStore(folders(), Duration.ofHours(1))) {
            s = store.load().settings();
            String localId = s.selected().orElseThrow().id();
            s = s.withAdded(RepositorySettings.create("Git", new RepositoryKind.GitRemote(
                            "https://example.com/u.git", "dev", "Ann", "ann@example.com", "ann", "git-1")))
                    .withAdded(RepositorySettings.create("Server", new RepositoryKind.BuiltInServer(localId, 9000, "0.0.0.0")));
            store.save(s);
        }
        try (SettingsStore again = new SettingsStore(folders())) {
            assertThat(again.load().settings()).isEqualTo(s);
        }
    }

    @Test
    void aCorruptFileIsKeptAsideAndDefaultsAreUsed() throws Exception {
        Files.createDirectories(folders().config());
        Files.writeString(folders().settingsFile(), "{ \"repositories\": [ oops");
        try (SettingsStore store = new SettingsStore(folders())) {
            SettingsStore.Loaded loaded = store.load();
            assertThat(loaded.status()).isEqualTo(SettingsStore.Loaded.Status.RECOVERED);
            Path aside = loaded.keptAside().orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("{ \"repositories\": [ oops");
            assertThat(aside.getFileName().toString()).startsWith("settings.json.corrupt-");
            assertThat(loaded.notes()).singleElement().asString().contains("not valid JSON").contains(aside.toString());
            assertThat(loaded.settings().repositories()).hasSize(1);
            assertThat(Files.exists(folders().settingsFile())).isFalse();
        }
    }

    @Test
    void unreadableEntriesAreLeftOutAndTheFileIsCopiedAside() throws Exception {
        Files.createDirectories(folders().config());
        String text = "{\"format\": 1, \"repositories\": ["
                + "{\"id\": \"a\", \"name\": \"Good\", \"kind\": \"local\", \"path\": \"/srv/universe\"},"
                + "{\"id\": \"b\", \"name\": \"Odd\", \"kind\": \"ftp\"}]}";
        Files.writeString(folders().settingsFile(), text);
        try (SettingsStore store = new SettingsStore(folders())) {
            SettingsStore.Loaded loaded = store.load();
            assertThat(loaded.settings().repositories()).extracting(RepositorySettings::name).containsExactly("Good");
            assertThat(loaded.notes()).anySatisfy(n -> assertThat(n).contains("\"Odd\"").contains("ftp"));
            assertThat(Files.readString(loaded.keptAside().orElseThrow())).isEqualTo(text);
        }
        Files.writeString(folders().settingsFile(), "{\"format\": 7}");
        try (SettingsStore store = new SettingsStore(folders())) {
            assertThat(store.load().notes()).singleElement().asString().contains("newer Universe Studio");
        }
    }

    @Test
    void savedAndExportedSettingsHoldNoSecret() throws Exception {
        EncryptedFileCredentialStore credentials = new EncryptedFileCredentialStore(folders().config().resolve("credentials"));
        try (SettingsStore store = new SettingsStore(folders())) {
            Settings s = store.load().settings();
            RepositorySettings git = RepositorySettings.create("Git", new RepositoryKind.GitRemote(
                    "https://example.com/u.git", "main", "Ann", "ann@example.com", "ann", ""));
            git = git.withKind(new RepositoryKind.GitRemote("https://example.com/u.git", "main", "Ann",
                    "ann@example.com", "ann", git.defaultCredentialRef()));
            credentials.put(git.defaultCredentialRef(), Secret.of("tok-SECRET-123"));
            s = s.withAdded(git);
            store.saveNow(s);
            assertThat(Files.readString(store.file())).contains(git.defaultCredentialRef()).doesNotContain("SECRET");
            assertThat(SettingsStore.export(s)).doesNotContain("SECRET");
            assertThat(s.toString()).doesNotContain("SECRET");
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }
}

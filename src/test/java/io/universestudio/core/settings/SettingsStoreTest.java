package io.universestudio.core.settings;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.secrets.EncryptedFileCredentialStore;
import io.universestudio.core.secrets.Secret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {

    @TempDir
    Path dir;

    private final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "io-1"));

    @AfterEach
    void stopTheSaveThread() {
        io.shutdownNow();
    }

    private SettingsStore store(Duration debounce) {
        return new SettingsStore(folders(), new Debouncer(io, debounce));
    }

    private UserFolders folders() {
        return new UserFolders(dir.resolve("config"), dir.resolve("data"));
    }

    @Test
    void firstUseMakesADefaultLocalRepositorySoPublishingNeedsNoSetUp() throws Exception {
        SettingsStore store = new SettingsStore(folders(), Debouncer.immediate());
        SettingsStore.Loaded loaded = store.load();
        assertThat(loaded.status()).isEqualTo(SettingsStore.Loaded.Status.FIRST_USE);
        RepositorySettings repo = loaded.settings().selected().orElseThrow();
        assertThat(repo.name()).isEqualTo(SettingsStore.DEFAULT_REPOSITORY_NAME);
        assertThat(repo.kind()).isEqualTo(new RepositoryKind.LocalFolder(folders().defaultRepository().toAbsolutePath()));
        assertThat(UniverseRepository.isRepository(folders().defaultRepository())).isTrue();
        assertThat(Files.exists(store.file())).as("nothing written until something is saved").isFalse();
    }

    @Test
    void savesAreDebouncedAtomicAndReadBack() throws Exception {
        Settings last;
        {
            SettingsStore store = store(Duration.ofMillis(300));
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
        {
            SettingsStore again = new SettingsStore(folders(), Debouncer.immediate());
            SettingsStore.Loaded loaded = again.load();
            assertThat(loaded.status()).isEqualTo(SettingsStore.Loaded.Status.LOADED);
            assertThat(loaded.settings()).isEqualTo(last);
        }
    }

    @Test
    void everyKindRoundTripsAndFlushWritesWhatIsPending() throws Exception {
        Settings s;
        {
            SettingsStore store = store(Duration.ofHours(1));
            s = store.load().settings();
            String localId = s.selected().orElseThrow().id();
            s = s.withAdded(RepositorySettings.create("Git", new RepositoryKind.GitRemote(
                            "https://example.com/u.git", "dev", "Ann", "ann@example.com", "ann", "git-1")))
                    .withAdded(RepositorySettings.create("Server", new RepositoryKind.BuiltInServer(localId, 9000, "0.0.0.0")));
            store.save(s);
            assertThat(Files.exists(store.file())).as("waiting an hour").isFalse();
            store.flush();
        }
        {
            SettingsStore again = new SettingsStore(folders(), Debouncer.immediate());
            assertThat(again.load().settings()).isEqualTo(s);
        }
    }

    @Test
    void aCorruptFileIsKeptAsideAndDefaultsAreUsed() throws Exception {
        Files.createDirectories(folders().config());
        Files.writeString(folders().settingsFile(), "{ \"repositories\": [ oops");
        SettingsStore store = new SettingsStore(folders(), Debouncer.immediate());
        SettingsStore.Loaded loaded = store.load();
        assertThat(loaded.status()).isEqualTo(SettingsStore.Loaded.Status.RECOVERED);
        Path aside = loaded.keptAside().orElseThrow();
        assertThat(Files.readString(aside)).isEqualTo("{ \"repositories\": [ oops");
        assertThat(aside.getFileName().toString()).startsWith("settings.json.corrupt-");
        assertThat(loaded.notes()).singleElement().asString().contains("not valid JSON").contains(aside.toString());
        assertThat(loaded.settings().repositories()).hasSize(1);
        assertThat(Files.exists(folders().settingsFile())).isFalse();
    }

    @Test
    void aSecondCorruptFileInTheSameSecondDoesNotReplaceTheFirstKeptAside() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:15:00.250Z"), ZoneOffset.UTC);
        Files.createDirectories(folders().config());
        Files.writeString(folders().settingsFile(), "first {");
        Path first = new SettingsStore(folders(), Debouncer.immediate(), clock).load().keptAside().orElseThrow();
        Files.writeString(folders().settingsFile(), "second {");
        Path second = new SettingsStore(folders(), Debouncer.immediate(), clock).load().keptAside().orElseThrow();
        assertThat(first.getFileName()).hasToString("settings.json.corrupt-20261124-101500");
        assertThat(second.getFileName()).hasToString("settings.json.corrupt-20261124-101500-2");
        assertThat(Files.readString(first)).isEqualTo("first {");
        assertThat(Files.readString(second)).isEqualTo("second {");
    }

    @Test
    void unreadableEntriesAreLeftOutAndTheFileIsCopiedAside() throws Exception {
        Files.createDirectories(folders().config());
        String text = "{\"format\": 1, \"repositories\": ["
                + "{\"id\": \"a\", \"name\": \"Good\", \"kind\": \"local\", \"path\": \"/srv/universe\"},"
                + "{\"id\": \"b\", \"name\": \"Odd\", \"kind\": \"ftp\"}]}";
        Files.writeString(folders().settingsFile(), text);
        {
            SettingsStore store = new SettingsStore(folders(), Debouncer.immediate());
            SettingsStore.Loaded loaded = store.load();
            assertThat(loaded.settings().repositories()).extracting(RepositorySettings::name).containsExactly("Good");
            assertThat(loaded.notes()).anySatisfy(n -> assertThat(n).contains("\"Odd\"").contains("ftp"));
            assertThat(Files.readString(loaded.keptAside().orElseThrow())).isEqualTo(text);
            assertThat(loaded.keptAside().orElseThrow().getFileName().toString()).startsWith("settings.json.corrupt-");
            assertThat(Files.readString(folders().settingsFile())).as("the original stays in place").isEqualTo(text);
        }
        Files.writeString(folders().settingsFile(), "{\"format\": 7}");
        {
            SettingsStore store = new SettingsStore(folders(), Debouncer.immediate());
            assertThat(store.load().notes()).singleElement().asString().contains("newer Universe Studio");
        }
    }

    @Test
    void savedAndExportedSettingsHoldNoSecret() throws Exception {
        EncryptedFileCredentialStore credentials = new EncryptedFileCredentialStore(folders().config().resolve("credentials"));
        SettingsStore store = new SettingsStore(folders(), Debouncer.immediate());
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

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }
}

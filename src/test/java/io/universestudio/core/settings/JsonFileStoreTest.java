package io.universestudio.core.settings;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.json.JsonText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class JsonFileStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "io-1"));

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    private Path file() {
        return dir.resolve("store.json");
    }

    private JsonFileStore store(Debouncer saves) {
        return new JsonFileStore(file(), saves, CLOCK);
    }

    @Test
    void aBurstOfSavesIsOneWriteOfTheLastTextOnTheSchedulersThread() throws Exception {
        JsonFileStore store = store(new Debouncer(io, Duration.ofMillis(50)));
        List<String> encodedOn = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            store.save(() -> {
                encodedOn.add(Thread.currentThread().getName() + ":" + n);
                return "{\"n\": " + n + "}";
            });
        }
        assertThat(file()).doesNotExist();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!Files.exists(file()) && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(Files.readString(file())).isEqualTo("{\"n\": 9}");
        assertThat(encodedOn).as("only the last text is made, on the io thread").containsExactly("io-1:9");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(file());
        }
    }

    @Test
    void theLastOfSaveAndDeleteWins() throws Exception {
        JsonFileStore store = store(new Debouncer(io, Duration.ofHours(1)));
        store.saveNow("{}");
        store.save(() -> "{\"a\": 1}");
        store.deleteSoon();
        store.flush();
        assertThat(file()).doesNotExist();

        store.deleteSoon();
        store.save(() -> "{\"b\": 2}");
        store.flush();
        assertThat(Files.readString(file())).isEqualTo("{\"b\": 2}");
    }

    @Test
    void writingNowDropsTheWaitingSaveSoItCannotOverwriteLater() throws Exception {
        JsonFileStore store = store(new Debouncer(io, Duration.ofHours(1)));
        store.save(() -> "{\"old\": true}");
        store.saveNow("{\"new\": true}");
        store.flush();
        assertThat(Files.readString(file())).isEqualTo("{\"new\": true}");
        store.save(() -> "{\"old\": true}");
        store.deleteNow();
        store.flush();
        assertThat(file()).doesNotExist();
    }

    @Test
    void aDebouncedSaveStillRunningCannotLandAfterANewerWrite() throws Exception {
        JsonFileStore store = store(new Debouncer(io, Duration.ofMillis(1)));
        CountDownLatch encoding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        store.save(() -> {
            encoding.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "{\"old\": true}";
        });
        assertThat(encoding.await(5, TimeUnit.SECONDS)).isTrue(); // the old save is under way on io-1
        store.saveNow("{\"new\": true}");
        release.countDown();
        io.submit(() -> { }).get(5, TimeUnit.SECONDS);      // the old save has finished
        assertThat(Files.readString(file())).isEqualTo("{\"new\": true}");
    }

    @Test
    void noFileReadsAsNothingAndCreatesNothing() throws Exception {
        JsonFileStore store = store(Debouncer.immediate());
        assertThat(store.readText()).isEmpty();
        assertThat(store.readObject(JsonText.mapper())).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void fileThatIsNotAJsonObjectIsKeptAsideUnderTheOneName() throws Exception {
        JsonFileStore store = store(Debouncer.immediate());
        for (String bad : new String[] {"[1, 2]", "{ \"cut\": ", ""}) {
            Files.writeString(file(), bad);
            assertThat(store.readObject(JsonText.mapper())).as(bad).isEmpty();
        }
        Files.write(file(), new byte[] {'{', (byte) 0xC3, '}'}); // not UTF-8
        assertThat(store.readObject(JsonText.mapper())).isEmpty();
        assertThat(file()).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "store.json.corrupt-20261124-101500",
                    "store.json.corrupt-20261124-101500-2",
                    "store.json.corrupt-20261124-101500-3",
                    "store.json.corrupt-20261124-101500-4");
        }
        assertThat(Files.readString(dir.resolve("store.json.corrupt-20261124-101500"), StandardCharsets.UTF_8))
                .as("the first one kept is not overwritten by later ones").isEqualTo("[1, 2]");
    }

    @Test
    void aCopyKeepsTheOriginalInPlace() throws Exception {
        JsonFileStore store = store(Debouncer.immediate());
        store.saveNow("{\"x\": 1}");
        Path copy = store.copyAside();
        assertThat(copy.getFileName()).hasToString("store.json.corrupt-20261124-101500");
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(file()));
        assertThat(store.readObject(JsonText.mapper())).get().hasToString("{\"x\":1}");
    }
}

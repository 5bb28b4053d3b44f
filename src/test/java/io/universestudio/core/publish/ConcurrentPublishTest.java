package io.universestudio.core.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.universestudio.cli.StudioCommand;
import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.io.RepositoryLock;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.model.Revision;
import io.universestudio.core.serve.RepositoryServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real publishing processes on one local Universe: two at once never lose a revision from the index, a
 * second waits for the first with a message, and a publisher killed with SIGKILL in the middle of its index
 * rebuild leaves nothing the next publish, {@code index} or {@code serve} does not repair.
 */
class ConcurrentPublishTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROUNDS = 3;
    private static final int PUBLISHES_PER_PROCESS = 5;

    @TempDir
    Path temp;

    private Path repo() {
        return temp.resolve("universe");
    }

    /** The author's folder for one version of the sample package. */
    private Path author(String version) throws Exception {
        Path dir = temp.resolve("author").resolve(version);
        Revision sample = PublishFixtures.authorPackage(Files.createDirectories(temp.resolve("sample")));
        RevisionWriter.write(PublishFixtures.withVersion(sample, version), dir);
        return dir;
    }

    private Process probe(String mode, List<Path> revisions, Path log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                PublishProbe.class.getName(), mode, repo().toString()));
        revisions.forEach(r -> cmd.add(r.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String finished(Process p, Path log) throws Exception {
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the publisher ended").isTrue();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** The releaseVersions universe.json lists for the sample package. */
    private Set<Integer> indexed(Path indexDir) throws IOException {
        Set<Integer> out = new TreeSet<>();
        Path universe = indexDir.resolve("universe.json");
        if (Files.exists(universe)) {
            for (JsonNode e : JSON.readTree(universe.toFile()).get("packages")) {
                out.add(e.get("releaseVersion").asInt());
            }
        }
        return out;
    }

    private Set<Integer> onDisk() throws IOException {
        Path pkg = repo().resolve("packages/H/hello-web");
        if (!Files.isDirectory(pkg)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(pkg)) {
            return s.map(p -> Integer.parseInt(p.getFileName().toString())).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private List<String> stagingLeft() throws IOException {
        Path staging = repo().resolve(".universe-studio/staging");
        if (!Files.isDirectory(staging)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(staging)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void twoProcessesPublishingAtOnceRoundAfterRoundLoseNoRevision() throws Exception {
        int waits = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<Path> a = new ArrayList<>();
            List<Path> b = new ArrayList<>();
            for (int i = 0; i < PUBLISHES_PER_PROCESS; i++) {
                a.add(author("1." + round + "." + i + "-a"));
                b.add(author("1." + round + "." + i + "-b"));
            }
            Path logA = temp.resolve("a-" + round + ".log");
            Path logB = temp.resolve("b-" + round + ".log");
            Process pa = probe("publish", a, logA);
            Process pb = probe("publish", b, logB);
            String outA = finished(pa, logA);
            String outB = finished(pb, logB);
            for (String out : List.of(outA, outB)) {
                assertThat(out.lines().filter(l -> l.startsWith("RESULT PUBLISHED"))).as(out).hasSize(PUBLISHES_PER_PROCESS);
                waits += (int) out.lines().filter(l -> l.startsWith("STEP WAITING")).count();
            }
            int expected = (round + 1) * 2 * PUBLISHES_PER_PROCESS;
            Set<Integer> all = IntStream.range(0, expected).boxed().collect(Collectors.toCollection(TreeSet::new));
            assertThat(onDisk()).as("round %d: revision folders", round).isEqualTo(all);
            assertThat(indexed(repo().resolve("target"))).as("round %d: revisions in the index", round).isEqualTo(all);
            assertThat(stagingLeft()).isEmpty();
            assertThat(repo().resolve(".universe-studio/index-pending")).doesNotExist();
        }
        System.out.println("Two publishing processes, " + ROUNDS + " rounds of " + 2 * PUBLISHES_PER_PROCESS
                + " publishes: every revision indexed; a publisher waited for the other " + waits + " times.");
    }

    @Test
    void twoThreadsOfOneApplicationTakeTurns() throws Exception {
        List<Revision> a = new ArrayList<>();
        List<Revision> b = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            a.add(RevisionReader.read(author("5." + i + ".0-a")));
            b.add(RevisionReader.read(author("5." + i + ".0-b")));
        }
        IndexGenerator generator = new IndexGenerator();
        List<PublishResult> results = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (List<Revision> list : List.of(a, b)) {
            Thread t = new Thread(() -> list.forEach(r ->
                    results.add(new LocalUniversePublisher(repo(), generator).publish(r, PublishProgress.silent()))));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).hasSize(6).allSatisfy(r -> assertThat(r.published()).as(r.message()).isTrue());
        assertThat(onDisk()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(indexed(repo().resolve("target"))).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void aSecondPublisherWaitsWithAMessageThenGoesOn() throws Exception {
        Path revision = author("2.0.0");
        Files.createDirectories(repo().resolve("packages"));
        Path log = temp.resolve("waiting.log");
        Process child;
        try (RepositoryLock held = RepositoryLock.acquire(repo(), m -> { }, () -> false).orElseThrow()) {
            child = probe("publish", List.of(revision), log);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(log, StandardCharsets.UTF_8).contains("STEP WAITING")) {
                assertThat(child.isAlive()).as(Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("the child never said it waits").isLessThan(deadline);
                Thread.sleep(50); // another process's output: there is no event to wait for
            }
            assertThat(onDisk()).as("nothing is published while the lock is held").isEmpty();
        }
        String out = finished(child, log);
        assertThat(out).contains("STEP WAITING Another publish (process " + ProcessHandle.current().pid() + ", since ")
                .contains("is writing to " + repo() + "; waiting for it to finish.")
                .contains("RESULT PUBLISHED 0");
        assertThat(indexed(repo().resolve("target"))).containsExactly(0);
    }

    /** Publishes revision 0 in this JVM, then kills a child in the middle of publishing revision 1's index. */
    private void killDuringTheIndexRebuild() throws Exception {
        PublishResult first = new LocalUniversePublisher(repo(), new IndexGenerator())
                .publish(RevisionReader.read(author("3.0.0")), PublishProgress.silent());
        assertThat(first.published()).isTrue();
        Path log = temp.resolve("killed.log");
        Process child = probe("pause-at-indexing", List.of(author("3.0.1")), log);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(log, StandardCharsets.UTF_8).contains("STEP INDEXING")) {
                assertThat(child.isAlive()).as(Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("the child never reached the index").isLessThan(deadline);
                Thread.sleep(50); // another process's output: there is no event to wait for
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no finally blocks, no shutdown hooks
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(onDisk()).containsExactly(0, 1);
        assertThat(indexed(repo().resolve("target"))).as("the killed publish never rebuilt the index").containsExactly(0);
        assertThat(repo().resolve(".universe-studio/index-pending")).exists();
        assertThat(stagingLeft()).as("the killed publisher's staging folder and lock").isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"publish", "index", "serve"})
    void aPublisherKilledDuringTheIndexRebuildIsRepairedByTheNextCommand(String next) throws Exception {
        killDuringTheIndexRebuild();
        switch (next) {
            case "publish" -> {
                // Even a publish that adds nothing (the same content as revision 1) repairs the index.
                PublishResult again = new LocalUniversePublisher(repo(), new IndexGenerator())
                        .publish(RevisionReader.read(temp.resolve("author/3.0.1")), PublishProgress.silent());
                assertThat(again.status()).as(again.message()).isEqualTo(PublishResult.Status.UNCHANGED);
            }
            case "index" -> {
                java.io.StringWriter out = new java.io.StringWriter();
                java.io.StringWriter err = new java.io.StringWriter();
                int code = StudioCommand.execute(new String[] {"index", repo().toString(), temp.resolve("out").toString()},
                        new java.io.PrintWriter(out), new java.io.PrintWriter(err));
                assertThat(code).as(err.toString()).isZero();
                assertThat(out.toString()).contains("missed revisions after an interrupted publish; it was rebuilt.")
                        .contains("Removed 1 staging folder left by an interrupted publish.");
                assertThat(indexed(temp.resolve("out"))).containsExactly(0, 1);
            }
            default -> {
                try (RepositoryServer server = RepositoryServer.loopback(repo(), 0).start()) {
                    assertThat(server.lastIndex().entryCounts().get("universe.json")).isEqualTo(2);
                }
            }
        }
        assertThat(indexed(repo().resolve("target"))).as("after " + next).containsExactly(0, 1);
        assertThat(repo().resolve(".universe-studio/index-pending")).doesNotExist();
        assertThat(stagingLeft()).isEmpty();
    }

    @Test
    void aStagingFolderInUseIsNotRemovedOneAbandonedIs() throws Exception {
        Path parent = Files.createDirectories(temp.resolve("staging"));
        try (var inUse = io.universestudio.core.io.StagingFolder.create(parent, "publish-")) {
            Path abandoned = Files.createDirectories(parent.resolve("publish-abandoned"));
            Files.writeString(parent.resolve("publish-abandoned.lock"), "");
            Files.writeString(abandoned.resolve("big"), "x");
            assertThat(io.universestudio.core.io.StagingFolder.removeStale(parent, "publish-")).isEqualTo(1);
            assertThat(abandoned).doesNotExist();
            assertThat(inUse.path()).exists();
        }
        try (Stream<Path> s = Files.list(parent)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void anErrorDuringTheIndexRebuildStillTakesTheRevisionOut() throws Exception {
        Revision revision = RevisionReader.read(author("4.0.0"));
        LocalUniversePublisher publisher = new LocalUniversePublisher(repo(), new IndexGenerator());
        assertThat(publisher.publish(revision, PublishProgress.silent()).published()).isTrue();
        var before = TreeSnapshot.of(repo());
        Optional<Throwable> thrown = Optional.empty();
        try {
            publisher.publish(PublishFixtures.withVersion(revision, "4.0.1"), (step, detail) -> {
                if (step == PublishStep.INDEXING) {
                    throw new StackOverflowError("simulated: the revision is already moved in");
                }
            });
        } catch (StackOverflowError e) {
            thrown = Optional.of(e);
        }
        assertThat(thrown).as("an Error is not swallowed").isPresent();
        assertThat(TreeSnapshot.of(repo())).isEqualTo(before);
        assertThat(onDisk()).containsExactly(0);
        // The lock was released on the way out: the next publish goes ahead at once.
        assertThat(publisher.publish(PublishFixtures.withVersion(revision, "4.0.2"), PublishProgress.silent()).revision())
                .isEqualTo(1);
    }
}

package io.universestudio.cli;

import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Work on speed must not change what the CLI finds or writes: the whole-corpus {@code validate --format json}
 * report (every problem of every revision, with its place, message, hint and fixes) and every file {@code index}
 * writes are compared with a snapshot made by an earlier build. The snapshot is not committed (it is the
 * output of a build, 300 MB of it the index); make it from the build to compare with, in the project folder:
 * <pre>
 *   java -jar OLD/universe-studio.jar validate --format json ../shared/universe-corpus &gt; target/perf-snapshot/validate.json
 *   java -jar OLD/universe-studio.jar index ../shared/universe-corpus target/perf-snapshot/index-out
 * </pre>
 * Skipped where the snapshot or the corpus is absent.
 */
class CorpusReportSnapshotTest {

    private static final Path SNAPSHOT = Path.of("target", "perf-snapshot");
    /** The corpus as the snapshot's commands named it: the report's revision labels start with it. */
    private static final String CORPUS = "../shared/universe-corpus";

    @Test
    void wholeCorpusValidationReportIsTheSnapshots() throws IOException {
        Shared.corpus();
        Path expected = SNAPSHOT.resolve("validate.json");
        Assumptions.assumeTrue(Files.isRegularFile(expected), "no snapshot at " + expected);
        StringWriter out = new StringWriter();
        int code = StudioCommand.execute(new String[] {"validate", "--format", "json", CORPUS}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        List<String> want = Files.readAllLines(expected);
        List<String> got = out.toString().lines().toList();
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            assertEquals(want.get(i), got.get(i), "line " + (i + 1) + " of the report");
        }
        assertEquals(want.size(), got.size(), "lines in the report");
    }

    @Test
    void wholeCorpusIndexFilesAreTheSnapshots(@TempDir Path out) throws IOException {
        Shared.corpus();
        Path expected = SNAPSHOT.resolve("index-out");
        Assumptions.assumeTrue(Files.isDirectory(expected), "no snapshot at " + expected);
        int code = StudioCommand.execute(new String[] {"index", CORPUS, out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        assertEquals(files(expected), files(out), "the files index wrote");
        for (String f : files(expected)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}

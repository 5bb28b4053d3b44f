package io.universestudio.testsupport;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The read-only material beside the project ({@code ../shared}): the package corpus and Cosmos's golden
 * renders. Tests that need it skip, by JUnit assumption, where it is absent.
 */
public final class Shared {

    private Shared() {
    }

    public static Path root() {
        String configured = System.getProperty("universestudio.shared");
        Path p = configured != null ? Path.of(configured) : Path.of("..", "shared");
        return p.toAbsolutePath().normalize();
    }

    /** The corpus repository root (it holds {@code packages/}); skips the test when absent. */
    public static Path corpus() {
        Path p = root().resolve("universe-corpus");
        Assumptions.assumeTrue(Files.isDirectory(p.resolve("packages")), "shared/universe-corpus is not present");
        return p;
    }

    /** The Universe's own nginx configuration for its repository server; skips the test when absent. */
    public static Path universeServerConf() {
        Path p = root().resolve("reference").resolve("universe-server").resolve("universe.marathon.mesos.conf");
        Assumptions.assumeTrue(Files.isRegularFile(p), "shared/reference/universe-server is not present");
        return p;
    }

    /** The golden renders folder; skips the test when absent. */
    public static Path golden() {
        Path p = root().resolve("cosmos-golden");
        Assumptions.assumeTrue(Files.isDirectory(p), "shared/cosmos-golden is not present");
        return p;
    }

    /** Every revision folder of the corpus, as {@code packages/L/name/rev}, sorted. */
    public static List<Path> corpusRevisions() {
        Path packages = corpus().resolve("packages");
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(packages, 3)) {
            s.filter(p -> packages.relativize(p).getNameCount() == 3 && Files.isDirectory(p)).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** A path inside the corpus, e.g. {@code revision("D/datastax-dse/700")}. */
    public static Path revision(String letterNameRev) {
        return corpus().resolve("packages").resolve(letterNameRev);
    }
}

package io.universestudio.core.index;

import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Indexes the whole corpus and prints how long it takes (run with {@code mvn -Pbench test}). The
 * Universe's gen_universe.py takes about 34.2 s on a 2-vCPU machine (universe-format.md 6).
 * Set {@code -Dindex.out=DIR} to keep the output.
 */
class IndexBenchmark {

    @Test
    void indexWholeCorpus() throws Exception {
        Path corpus = Shared.corpus();
        String keep = System.getProperty("index.out");
        Path out = keep != null ? Path.of(keep) : Files.createTempDirectory("index-bench");
        long t0 = System.nanoTime();
        IndexGenerator generator = new IndexGenerator();
        long t1 = System.nanoTime();
        RepositoryIndex index = generator.index(corpus);
        long t2 = System.nanoTime();
        IndexResult result = IndexWriter.write(index, out);
        long t3 = System.nanoTime();
        for (int run = 1; run <= 2; run++) {
            long s = System.nanoTime();
            generator.generate(corpus, out);
            System.out.printf("IndexBenchmark: re-run %d into the same folder: %d ms%n", run, (System.nanoTime() - s) / 1_000_000);
        }
        System.out.printf("IndexBenchmark: %d entries, %d files, %d problems%n", index.entries().size(),
                result.filesWritten(), result.problems().size());
        System.out.printf("IndexBenchmark: schemas %d ms, read+build+check %d ms, write %d ms, total %d ms"
                        + " (gen_universe.py: about 34,200 ms)%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t3 - t0) / 1_000_000);
        result.entryCounts().forEach((f, n) -> System.out.println("IndexBenchmark:   " + f + " " + n));
        result.problems().forEach(p -> System.out.println("IndexBenchmark:   " + p.where() + " " + p.message()));
        if (keep == null) {
            io.universestudio.core.io.FileTrees.deleteTree(out);
        }
    }
}

package io.universestudio.core.index;

import io.universestudio.core.io.FileTrees;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Indexes the whole corpus and prints how long it takes: {@code mvn -Pbench test -Dtest=IndexBenchmark}.
 * The Universe's gen_universe.py takes about 34.2 s wall-clock on an idle 2-vCPU machine
 * (universe-format.md 6). Wall-clock depends on what else the machine runs, so the process CPU time
 * is printed too. Set {@code -Dindex.out=DIR} to keep the output.
 */
class IndexBenchmark {

    private static final int RUNS = 5;

    @Test
    void indexWholeCorpus() throws Exception {
        Path corpus = Shared.corpus();
        String keep = System.getProperty("index.out");
        Path out = keep != null ? Path.of(keep) : Files.createTempDirectory("index-bench");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        long t0 = System.nanoTime();
        IndexGenerator generator = new IndexGenerator();
        long t1 = System.nanoTime();
        RepositoryIndex index = generator.index(corpus);
        long t2 = System.nanoTime();
        IndexResult result = IndexWriter.write(index, out);
        long t3 = System.nanoTime();
        System.out.printf("IndexBenchmark: first run (cold JVM): schemas %d ms, read+build+check %d ms,"
                        + " write %d ms, total %d ms%n",
                ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t3 - t0));

        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        List<Long> build = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long c = os.getProcessCpuTime();
            long s = System.nanoTime();
            RepositoryIndex again = generator.index(corpus);
            long m = System.nanoTime();
            IndexWriter.write(again, out);
            wall.add(ms(System.nanoTime() - s));
            build.add(ms(m - s));
            cpu.add(ms(os.getProcessCpuTime() - c));
        }
        Collections.sort(wall);
        Collections.sort(cpu);
        Collections.sort(build);
        System.out.printf("IndexBenchmark: %d entries, %d files, %d problems, %d cores, load %.1f%n",
                index.entries().size(), result.filesWritten(), result.problems().size(),
                Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());
        System.out.printf("IndexBenchmark: re-index into the same folder, median of %d: %d ms wall"
                        + " (read+build+check %d ms), %d ms CPU; gen_universe.py: about 34,200 ms wall%n",
                RUNS, wall.get(RUNS / 2), build.get(RUNS / 2), cpu.get(RUNS / 2));
        result.entryCounts().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> System.out.println("IndexBenchmark:   " + e.getKey() + " " + e.getValue()));
        if (keep == null) {
            FileTrees.deleteTree(out);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}

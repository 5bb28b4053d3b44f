package io.universestudio.core.validate;

import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Speed of validation, printed, never asserted. Run with {@code mvn -B -o -Pbench test
 * -Dtest=ValidatorBenchmark}. Figures: first validation of the largest revision (cold, includes
 * compiling the bundled schemas), warm re-validation of it (median and 95th percentile, as live
 * checking does on each keystroke), the same after an edit to its config (a new config text must be
 * compiled), and the whole corpus (read + validate, warm; through the CLI in this JVM and in a fresh one).
 * CPU times are printed beside wall times because the build machine is shared.
 */
class ValidatorBenchmark {

    private static final String LARGEST = "D/datastax-dse/700";
    /** CPU time of this thread: meaningful even when other processes share the cores (wall time is not). */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @Test
    void largestRevisionAndWholeCorpus() throws Exception {
        Path dir = Shared.revision(LARGEST);
        Validator validator = new Validator();

        long t0 = System.nanoTime();
        Revision largest = RevisionReader.read(dir);
        validator.validate(largest);
        System.out.printf("cold: first validation of %s (schemas compiled): %.1f ms%n", LARGEST, ms(System.nanoTime() - t0));

        for (int i = 0; i < 50; i++) {
            validator.validate(largest);
        }
        double[] warm = new double[200];
        double[] warmCpu = new double[warm.length];
        for (int i = 0; i < warm.length; i++) {
            long s = System.nanoTime();
            long c = CPU.getCurrentThreadCpuTime();
            validator.validate(largest);
            warmCpu[i] = ms(CPU.getCurrentThreadCpuTime() - c);
            warm[i] = ms(System.nanoTime() - s);
        }
        System.out.printf("warm re-validation of %s: median %.2f ms, p95 %.2f ms wall; median %.2f ms, p95 %.2f ms CPU"
                + " (%d runs)%n", LARGEST, percentile(warm, 50), percentile(warm, 95), percentile(warmCpu, 50),
                percentile(warmCpu, 95), warm.length);

        String config = largest.text(RevisionFile.CONFIG).orElseThrow();
        double[] edited = new double[40];
        double[] editedCpu = new double[edited.length];
        for (int i = 0; i < edited.length; i++) {
            // A keystroke in config.json: a new text, so the config schema must be compiled again.
            Revision changed = largest.withText(RevisionFile.CONFIG, config.replaceFirst("\\{", "{\"description\": \"v" + i + "\","));
            long s = System.nanoTime();
            long c = CPU.getCurrentThreadCpuTime();
            validator.validate(changed);
            editedCpu[i] = ms(CPU.getCurrentThreadCpuTime() - c);
            edited[i] = ms(System.nanoTime() - s);
        }
        System.out.printf("after a config.json edit of %s (recompile its schema): median %.2f ms, p95 %.2f ms wall;"
                + " median %.2f ms, p95 %.2f ms CPU%n", LARGEST, percentile(edited, 50), percentile(edited, 95),
                percentile(editedCpu, 50), percentile(editedCpu, 95));

        for (int round = 1; round <= 3; round++) {
            long s = System.nanoTime();
            ValidationReport report = new RepositoryValidator(validator).validate(UniverseRepository.open(Shared.corpus()));
            System.out.printf("whole corpus, round %d (read + validate %d revisions): %.0f ms, %d problems%n", round,
                    Shared.corpusRevisions().size(), ms(System.nanoTime() - s), report.problems().size());
        }

        long cli = System.nanoTime();
        int code = io.universestudio.cli.StudioCommand.execute(new String[] {"validate", "--min-severity", "error",
                Shared.corpus().toString()}, new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()));
        System.out.printf("whole corpus through the CLI in this (warm) JVM: %.0f ms, exit %d%n", ms(System.nanoTime() - cli), code);
        coldCli();

        List<Revision> all = new ArrayList<>();
        for (Path p : Shared.corpusRevisions()) {
            all.add(RevisionReader.read(p));
        }
        long s = System.nanoTime();
        long c = CPU.getCurrentThreadCpuTime();
        for (Revision r : all) {
            validator.validate(r);
        }
        System.out.printf("whole corpus, validation only (already read), one thread: %.0f ms wall, %.0f ms CPU%n",
                ms(System.nanoTime() - s), ms(CPU.getCurrentThreadCpuTime() - c));
        c = CPU.getCurrentThreadCpuTime();
        for (Path p : Shared.corpusRevisions()) {
            RevisionReader.read(p);
        }
        System.out.printf("whole corpus, reading only, one thread: %.0f ms CPU%n", ms(CPU.getCurrentThreadCpuTime() - c));
    }

    /**
     * A fresh JVM running {@code universe-studio validate <corpus>}, as a user would: startup included. Also
     * with C1-only JIT and the parallel collector, the CLI launcher's, which suit a short CLI run (less compilation work).
     */
    private static void coldCli() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (List<String> flags : List.of(List.<String>of(), List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC"))) {
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(flags);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.universestudio.Main", "validate",
                    "--min-severity", "error", Shared.corpus().toString()));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long s = System.nanoTime();
            int exit = pb.start().waitFor();
            System.out.printf("whole corpus through the CLI in a fresh JVM %s: %.0f ms, exit %d%n",
                    flags.isEmpty() ? "(default flags)" : String.join(" ", flags), ms(System.nanoTime() - s), exit);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}

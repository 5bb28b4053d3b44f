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
 * compiled), and the whole corpus (read + validate, warm).
 */
class ValidatorBenchmark {

    private static final String LARGEST = "D/datastax-dse/700";

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
        for (int i = 0; i < warm.length; i++) {
            long s = System.nanoTime();
            validator.validate(largest);
            warm[i] = ms(System.nanoTime() - s);
        }
        System.out.printf("warm re-validation of %s: median %.2f ms, p95 %.2f ms (%d runs)%n", LARGEST,
                percentile(warm, 50), percentile(warm, 95), warm.length);

        String config = largest.text(RevisionFile.CONFIG).orElseThrow();
        double[] edited = new double[40];
        for (int i = 0; i < edited.length; i++) {
            // A keystroke in config.json: a new text, so the config schema must be compiled again.
            Revision changed = largest.withText(RevisionFile.CONFIG, config.replaceFirst("\\{", "{\"description\": \"v" + i + "\","));
            long s = System.nanoTime();
            validator.validate(changed);
            edited[i] = ms(System.nanoTime() - s);
        }
        System.out.printf("after a config.json edit of %s (re-parse + recompile): median %.2f ms, p95 %.2f ms%n", LARGEST,
                percentile(edited, 50), percentile(edited, 95));

        for (int round = 1; round <= 3; round++) {
            long s = System.nanoTime();
            ValidationReport report = new RepositoryValidator(validator).validate(UniverseRepository.open(Shared.corpus()));
            System.out.printf("whole corpus, round %d (read + validate %d revisions): %.0f ms, %d problems%n", round,
                    Shared.corpusRevisions().size(), ms(System.nanoTime() - s), report.problems().size());
        }

        List<Revision> all = new ArrayList<>();
        for (Path p : Shared.corpusRevisions()) {
            all.add(RevisionReader.read(p));
        }
        long s = System.nanoTime();
        for (Revision r : all) {
            validator.validate(r);
        }
        System.out.printf("whole corpus, validation only (already read): %.0f ms%n", ms(System.nanoTime() - s));
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

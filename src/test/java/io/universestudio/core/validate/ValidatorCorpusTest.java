package io.universestudio.core.validate;

import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.Revision;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Every revision the Universe's CI accepted must get no error; the warnings it gets must be real ones. */
class ValidatorCorpusTest {

    private final Validator validator = new Validator();

    @Test
    void noCorpusRevisionGetsAnError() throws Exception {
        List<Path> revisions = Shared.corpusRevisions();
        Map<String, Integer> byCode = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (Path dir : revisions) {
            ValidationReport report = validator.validate(RevisionReader.read(dir));
            for (Problem p : report.problems()) {
                byCode.merge(p.severity().label() + " " + p.code(), 1, Integer::sum);
                if (p.severity() == Severity.ERROR) {
                    errors.add(Shared.corpus().relativize(dir) + " " + p.where() + " " + p.code() + " " + p.message());
                }
            }
        }
        System.out.println("Validated " + revisions.size() + " corpus revisions; problems by code:");
        byCode.forEach((code, n) -> System.out.println("  " + n + "\t" + code));
        assertThat(revisions).hasSizeGreaterThan(1000);
        assertThat(errors).as("errors on revisions the Universe accepted").isEmpty();
    }
}

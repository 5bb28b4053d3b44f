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
        Map<String, List<String>> examples = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (Path dir : revisions) {
            ValidationReport report = validator.validate(RevisionReader.read(dir));
            for (Problem p : report.problems()) {
                byCode.merge(p.severity().label() + " " + p.code(), 1, Integer::sum);
                List<String> ex = examples.computeIfAbsent(p.code(), c -> new ArrayList<>());
                if (ex.size() < 3) {
                    ex.add(Shared.corpus().relativize(dir) + "/" + p.where() + ": " + p.message() + " | " + p.hint());
                }
                if (p.severity() == Severity.ERROR) {
                    errors.add(Shared.corpus().relativize(dir) + " " + p.where() + " " + p.code() + " " + p.message());
                }
            }
        }
        System.out.println("Validated " + revisions.size() + " corpus revisions; problems by code:");
        byCode.forEach((code, n) -> System.out.println("  " + n + "\t" + code));
        examples.forEach((code, ex) -> ex.forEach(e -> System.out.println("  e.g. " + code + " " + e)));
        assertThat(revisions).hasSizeGreaterThan(1000);
        assertThat(errors).as("errors on revisions the Universe accepted").isEmpty();
    }

    @Test
    void theCorpusAsARepositoryHasNoErrorEither() throws Exception {
        ValidationReport report = new RepositoryValidator(validator)
                .validate(io.universestudio.core.io.UniverseRepository.open(Shared.corpus()));
        assertThat(report.problems()).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.subject()).startsWith("packages/"));
        assertThat(report.withCode("JSON-DUPLICATE-KEY")).extracting(Problem::subject).contains("packages/R/redis/0");
    }

    @Test
    void theWarningsItGivesAreTheKnownRealOnes() throws Exception {
        assertThat(codeAt("R/redis/0", "JSON-DUPLICATE-KEY")).singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/website"));
        assertThat(codeAt("H/hdfs/2", "JSON-DUPLICATE-KEY")).extracting(Problem::pointer).contains("/licenses");
        assertThat(codeAt("K/kubernetes-cluster/1700", "CONFIG-UNKNOWN-KEYWORD")).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("\"type:\"").contains("Did you mean \"type\"?");
            assertThat(p.pointer()).isEqualTo("/properties/kubernetes/properties/encryption_config/type:");
        });
        assertThat(codeAt("A/artifactory/2", "CONFIG-DEFAULT-TYPE")).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/properties/service/properties/database/properties/port/default");
            assertThat(p.message()).contains("expected a whole number, got \"3306\"");
            assertThat(p.position().line()).isGreaterThan(1);
        });
        assertThat(codeAt("A/alluxio-enterprise/0", "CONFIG-NEEDS-INPUT")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.INFO));
        assertThat(codeAt("B/beta-datastax-ops/0", "CONFIG-UNKNOWN-KEYWORD")).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("extraProperties"));
        // nifi's configs are full of "media" hints and "id" URLs: none of them is flagged.
        assertThat(validator.validate(RevisionReader.read(Shared.revision("N/nifi/700"))).problems())
                .noneMatch(p -> p.code().startsWith("CONFIG-"));
    }

    private List<Problem> codeAt(String revision, String code) throws Exception {
        Revision r = RevisionReader.read(Shared.revision(revision));
        return validator.validate(r).withCode(code);
    }
}

package io.universestudio.core.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.LooseVersion;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;
import io.universestudio.core.validate.Validator;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationToV5CorpusTest {

    private final Validator validator = new Validator();

    @Test
    void everyCorpus4RevisionMigratesTo5AndValidatesWithoutErrors() throws Exception {
        int migrated = 0;
        int raised = 0;
        List<String> failures = new ArrayList<>();
        for (Path dir : Shared.corpusRevisions()) {
            Revision rev = RevisionReader.read(dir);
            if (!MigrationToV5.applies(rev)) {
                continue;
            }
            Migration.Result result = MigrationToV5.migrate(rev);
            Revision out = result.revision();
            migrated++;
            String where = Shared.corpus().resolve("packages").relativize(dir).toString();
            JsonNode pkg = out.packageJson().orElseThrow().tree().orElseThrow();
            if (!result.migrated() || out.packagingVersion().orElse(null) != PackagingVersion.V5_0
                    || out.has(RevisionFile.COMMAND)
                    || !pkg.path("upgradesFrom").isArray() || !pkg.path("downgradesTo").isArray()) {
                failures.add(where + ": not a 5.0 shape");
            }
            if (LooseVersion.of(pkg.path("minDcosReleaseVersion").asText("0")).lessThan("1.12")) {
                failures.add(where + ": minDcosReleaseVersion below 1.12");
            }
            String before = rev.packageJson().orElseThrow().tree().orElseThrow().path("minDcosReleaseVersion").asText("");
            if (!before.equals(pkg.path("minDcosReleaseVersion").asText())) {
                raised++;
                assertThat(result.changes()).anySatisfy(c -> assertThat(c).startsWith("minDcosReleaseVersion"));
            }
            Set<String> errors = errorCodes(out);
            errors.removeAll(errorCodes(rev)); // what was already wrong stays the author's to fix
            if (!errors.isEmpty()) {
                failures.add(where + ": new errors " + errors);
            }
            for (RevisionFile f : List.of(RevisionFile.CONFIG, RevisionFile.RESOURCE, RevisionFile.TEMPLATE)) {
                if (rev.has(f) && !rev.source(f).orElseThrow().sameContentAs(out.source(f).orElseThrow())) {
                    failures.add(where + ": " + f.fileName() + " changed");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(migrated).as("4.0 revisions in the corpus").isGreaterThan(400);
        assertThat(raised).as("4.0 revisions below DC/OS 1.12").isGreaterThan(100);
    }

    @Test
    void every4RevisionWithoutErrorsHasNoneAfterMigrating() throws Exception {
        int clean = 0;
        Set<String> failures = new TreeSet<>();
        for (Path dir : Shared.corpusRevisions()) {
            Revision rev = RevisionReader.read(dir);
            if (!MigrationToV5.applies(rev) || !errorCodes(rev).isEmpty()) {
                continue;
            }
            clean++;
            Set<String> after = errorCodes(MigrationToV5.migrate(rev).revision());
            if (!after.isEmpty()) {
                failures.add(Shared.corpus().resolve("packages").relativize(dir) + ": " + after);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(clean).isGreaterThan(300);
    }

    @Test
    void theSummarySaysWhatManagerIsAndNothingElseIsLeftToGuess() throws Exception {
        Revision rev = firstWhere(r -> MigrationToV5.applies(r) && !r.packageJson().orElseThrow().text()
                .contains("minDcosReleaseVersion"));
        Migration.Result result = MigrationToV5.migrate(rev);
        assertThat(result.changes()).contains("packagingVersion 4.0 becomes 5.0.");
        assertThat(result.changes()).anySatisfy(c -> assertThat(c)
                .startsWith("minDcosReleaseVersion (none) becomes 1.12").contains("no longer see this revision"));
        assertThat(result.needsAttention()).singleElement().asString().contains("manager").contains("package manager");
        assertThat(result.revision().packageJson().orElseThrow().tree().orElseThrow().has("manager")).isFalse();
    }

    @Test
    void aForbiddenCommandJsonIsRemovedAndSaid() throws Exception {
        Revision four = firstWhere(MigrationToV5::applies);
        Revision withCommand = four.withText(RevisionFile.COMMAND, "{\"pip\": [\"dcos-demo==1.0\"]}");
        Migration.Result result = MigrationToV5.migrate(withCommand);
        assertThat(result.revision().has(RevisionFile.COMMAND)).isFalse();
        assertThat(result.changes()).anySatisfy(c -> assertThat(c).startsWith("command.json removed"));
    }

    @Test
    void otherVersionsAreLeftAloneWithAReason() throws Exception {
        Revision five = firstWhere(r -> r.packagingVersion().orElse(null) == PackagingVersion.V5_0);
        Migration.Result result = MigrationToV5.migrate(five);
        assertThat(result.migrated()).isFalse();
        assertThat(result.revision()).isSameAs(five);
        assertThat(result.needsAttention()).singleElement().asString().contains("already packaging 5.0");
        Revision three = firstWhere(r -> r.packagingVersion().orElse(null) == PackagingVersion.V3_0);
        assertThat(MigrationToV5.applies(three)).isFalse();
        assertThat(MigrationToV5.migrate(three).needsAttention()).singleElement().asString().contains("migrate it to 4.0 first");
    }

    private Set<String> errorCodes(Revision rev) {
        return validator.validate(rev).problems().stream().filter(p -> p.severity() == Severity.ERROR)
                .map(Problem::code).collect(Collectors.toCollection(java.util.HashSet::new));
    }

    private static Revision firstWhere(java.util.function.Predicate<Revision> test) throws Exception {
        for (Path dir : Shared.corpusRevisions()) {
            Revision r = RevisionReader.read(dir);
            if (test.test(r)) {
                return r;
            }
        }
        throw new AssertionError("no corpus revision matches");
    }
}

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
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationCorpusTest {

    private final Validator validator = new Validator();

    @Test
    void everyCorpus3And2RevisionMigratesWithoutNewErrors() throws Exception {
        int migrated = 0;
        int withCommand = 0;
        List<String> failures = new ArrayList<>();
        for (Path dir : Shared.corpusRevisions()) {
            Revision rev = RevisionReader.read(dir);
            if (!Migration.applies(rev)) {
                continue;
            }
            Migration.Result result = Migration.toV4(rev);
            Revision out = result.revision();
            migrated++;
            String where = Shared.corpus().resolve("packages").relativize(dir).toString();
            if (rev.has(RevisionFile.COMMAND)) {
                withCommand++;
            }
            JsonNode pkg = out.packageJson().orElseThrow().tree().orElseThrow();
            if (out.packagingVersion().orElse(null) != PackagingVersion.V4_0
                    || out.has(RevisionFile.COMMAND)
                    || !pkg.path("upgradesFrom").isArray() || !pkg.path("downgradesTo").isArray()) {
                failures.add(where + ": not a 4.0 shape");
            }
            boolean cli = out.resource().flatMap(d -> d.object()).map(r -> r.has("cli")).orElse(false);
            if (cli && LooseVersion.of(pkg.path("minDcosReleaseVersion").asText("0")).lessThan("1.8")) {
                failures.add(where + ": binary CLI without minDcosReleaseVersion >= 1.8");
            }
            if (!pkg.path("version").isTextual() || !pkg.path("version").asText().matches("[-a-zA-Z0-9.]+")) {
                failures.add(where + ": version not allowed in 4.0");
            }
            Set<String> before = errorCodes(rev);
            Set<String> after = errorCodes(out);
            after.removeAll(before);
            if (!after.isEmpty()) {
                failures.add(where + ": new errors " + after);
            }
            // Untouched files stay byte for byte.
            for (RevisionFile f : List.of(RevisionFile.CONFIG, RevisionFile.RESOURCE, RevisionFile.TEMPLATE)) {
                if (rev.has(f) && !rev.source(f).orElseThrow().sameContentAs(out.source(f).orElseThrow())) {
                    failures.add(where + ": " + f.fileName() + " changed");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(migrated).as("2.0 and 3.0 revisions in the corpus").isGreaterThan(500);
        assertThat(withCommand).isGreaterThan(100);
    }

    private Set<String> errorCodes(Revision rev) {
        return validator.validate(rev).problems().stream().filter(p -> p.severity() == Severity.ERROR)
                .map(Problem::code).collect(Collectors.toCollection(java.util.HashSet::new));
    }

    @Test
    void aPipCliWithoutBinariesIsRemovedAndExplained() throws Exception {
        Revision rev = firstWhere(r -> r.has(RevisionFile.COMMAND) && r.packagingVersion().orElse(null) == PackagingVersion.V3_0
                && r.resource().flatMap(d -> d.object()).map(o -> !o.has("cli")).orElse(true));
        Migration.Result result = Migration.toV4(rev);
        assertThat(result.migrated()).isTrue();
        assertThat(result.revision().has(RevisionFile.COMMAND)).isFalse();
        String pipLine = rev.command().orElseThrow().tree().orElseThrow().path("pip").get(0).asText();
        assertThat(result.changes()).anySatisfy(c -> assertThat(c).contains("command.json").contains(pipLine));
        assertThat(result.needsAttention()).anySatisfy(n -> assertThat(n).contains("no direct 4.0 equivalent"));
        assertThat(result.summary()).contains("packagingVersion 3.0 becomes 4.0", "Needs attention:");
    }

    @Test
    void aBinaryCliStaysAndRaisesTheMinimumDcosRelease() throws Exception {
        Revision rev = Migration.toV4(RevisionReader.read(Shared.revision("A/arangodb3/5"))).revision();
        JsonNode pkg = rev.packageJson().orElseThrow().tree().orElseThrow();
        assertThat(rev.resource().orElseThrow().tree().orElseThrow().has("cli")).isTrue();
        assertThat(pkg.path("minDcosReleaseVersion").asText()).isEqualTo("1.8");
        Revision both = firstWhere(r -> r.has(RevisionFile.COMMAND) && r.resource().flatMap(d -> d.object())
                .map(o -> o.has("cli")).orElse(false) && !r.packageJson().orElseThrow().text().contains("minDcosReleaseVersion"));
        Migration.Result result = Migration.toV4(both);
        assertThat(result.changes()).anySatisfy(c -> assertThat(c).contains("binary CLI in resource.json `cli` stays"));
        assertThat(result.changes()).anySatisfy(c -> assertThat(c).contains("minDcosReleaseVersion (none) becomes 1.8"));
    }

    @Test
    void alreadyFourIsLeftAloneWithAReason() throws Exception {
        Revision rev = firstWhere(r -> r.packagingVersion().orElse(null) == PackagingVersion.V4_0);
        Migration.Result result = Migration.toV4(rev);
        assertThat(result.migrated()).isFalse();
        assertThat(result.revision()).isSameAs(rev);
        assertThat(result.needsAttention()).singleElement().asString().contains("already packaging 4.0");
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

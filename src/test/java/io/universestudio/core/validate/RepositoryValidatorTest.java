package io.universestudio.core.validate;

import io.universestudio.core.io.UniverseRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RepositoryValidatorTest {

    static void revision(Path root, String letterNameRev, String name) throws Exception {
        Path dir = Files.createDirectories(root.resolve("packages").resolve(letterNameRev));
        Files.writeString(dir.resolve("package.json"), Fixtures.PACKAGE.replace("\"time-server\"", "\"" + name + "\""));
    }

    @Test
    void repositoryLevelProblemsAreReportedOnceWithTheirPaths(@TempDir Path root) throws Exception {
        revision(root, "T/time-server/7", "time-server");
        revision(root, "T/time-server/007", "time-server");
        revision(root, "T/time-server/latest", "time-server");
        revision(root, "K/time-clock/0", "time-clock");
        revision(root, "K/time-clock/1", "time-clock");
        Files.writeString(root.resolve("packages/T/.DS_Store"), "x");
        revision(root, "S/spark/1", "sparky");

        ValidationReport report = new RepositoryValidator().validate(UniverseRepository.open(root));

        assertThat(report.withCode("REPO-DUPLICATE-REVISION")).singleElement().satisfies(p -> {
            assertThat(p.subject()).isEqualTo("packages/T/time-server");
            assertThat(p.message()).contains("007").contains("7").contains("revision 7");
        });
        assertThat(report.withCode("PKG-WRONG-LETTER")).singleElement()
                .satisfies(p -> assertThat(p.subject()).isEqualTo("packages/K/time-clock"));
        assertThat(report.withCode("REV-NOT-NUMBER")).singleElement()
                .satisfies(p -> assertThat(p.subject()).isEqualTo("packages/T/time-server/latest"));
        assertThat(report.withCode("REPO-STRAY-FILE")).singleElement()
                .satisfies(p -> assertThat(p.subject()).isEqualTo("packages/T/.DS_Store"));
        assertThat(report.withCode("PKG-NAME-MISMATCH")).singleElement().satisfies(p -> {
            assertThat(p.subject()).isEqualTo("packages/S/spark/1");
            assertThat(p.where()).startsWith("packages/S/spark/1/package.json:");
        });
        assertThat(report.withCode("REV-LEADING-ZERO")).singleElement()
                .satisfies(p -> assertThat(p.subject()).isEqualTo("packages/T/time-server/007"));
    }

    @Test
    void anUnreadableOrEmptyRevisionIsAProblemNotACrash(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("packages/E/empty/0"));
        revision(root, "B/broken/0", "broken");
        Files.writeString(root.resolve("packages/B/broken/0/config.json"), "{\"type\": ");
        Files.writeString(root.resolve("packages/B/broken/0/marathon.json.mustache"), "{{#a}}");

        ValidationReport report = new RepositoryValidator().validate(UniverseRepository.open(root));

        assertThat(report.withCode("PKG-MISSING")).singleElement()
                .satisfies(p -> assertThat(p.subject()).isEqualTo("packages/E/empty/0"));
        // Errors in one file never hide those of another.
        assertThat(report.problems()).filteredOn(p -> "packages/B/broken/0".equals(p.subject()))
                .extracting(Problem::code).contains("JSON-SYNTAX", "TEMPLATE-UNCLOSED-SECTION", "PKG-PREVIEW-NOTE");
    }
}

package io.universestudio.core.validate;

import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Broken files on disk give problems in every file that has them, never an exception or a silent pass. */
class BrokenInputValidationTest {

    @TempDir
    Path dir;

    private ValidationReport validate() throws Exception {
        return new Validator().validate(RevisionReader.read(dir));
    }

    @Test
    void truncatedPackageJsonStillLetsTheOtherFilesBeChecked() throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\n  \"packagingVersion\": \"4.0\",\n  \"name\": \"a");
        Files.writeString(dir.resolve("config.json"), "{\"type\": \"objekt\"}");
        Files.writeString(dir.resolve("marathon.json.mustache"), "{{#a}}{{/b}}");
        ValidationReport report = validate();
        assertThat(report.withCode("JSON-SYNTAX")).singleElement()
                .satisfies(p -> assertThat(p.position().line()).isEqualTo(3));
        assertThat(report.withCode("CONFIG-SCHEMA-NOT-ALLOWED-VALUE")).hasSize(1);
        assertThat(report.withCode("TEMPLATE-SECTION-MISMATCH")).hasSize(1);
    }

    @Test
    void emptyAndNullFilesAreProblems() throws Exception {
        Files.writeString(dir.resolve("package.json"), "");
        Files.writeString(dir.resolve("resource.json"), "null");
        Files.writeString(dir.resolve("config.json"), "null");
        Files.writeString(dir.resolve("command.json"), "\"pip\"");
        ValidationReport report = validate();
        assertThat(report.withCode("JSON-SYNTAX")).extracting(p -> p.file().fileName()).containsExactly("package.json");
        assertThat(report.withCode("RES-NOT-OBJECT")).hasSize(1);
        assertThat(report.withCode("CONFIG-SCHEMA-WRONG-TYPE")).hasSize(1);
        assertThat(report.withCode("CMD-WRONG-TYPE")).hasSize(1);
    }

    @Test
    void invalidUtf8IsReportedOnceAsNotUtf8() throws Exception {
        byte[] bytes = "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("package.json"), bytes);
        ValidationReport report = validate();
        assertThat(report.withCode("FILE-NOT-UTF8")).hasSize(1);
        assertThat(report.withCode("FILE-NOT-ASCII")).isEmpty(); // the same cause, said once
    }

    @Test
    void aBinaryTemplateAndDeepNestingAreHandled() throws Exception {
        Files.writeString(dir.resolve("package.json"), "[".repeat(3000) + "]".repeat(3000));
        Files.write(dir.resolve("marathon.json.mustache"), new byte[] {(byte) 0xff, 0, 1, '{', '{'});
        ValidationReport report = validate();
        assertThat(report.problems()).extracting(Problem::code)
                .contains("FILE-NOT-UTF8").doesNotContain("VALIDATOR-INTERNAL");
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void absurdlyDeepJsonIsReportedInsteadOfOverflowingTheStack() throws Exception {
        // 980 levels: still accepted by the parser, deep enough to overflow a thread in the schema library.
        Files.writeString(dir.resolve("package.json"), Fixtures.PACKAGE);
        Files.writeString(dir.resolve("config.json"), "{\"properties\": {\"a\": ".repeat(490) + "{}" + "}}".repeat(490));
        ValidationReport report = validate();
        assertThat(report.withCode("JSON-TOO-DEEP")).singleElement()
                .satisfies(p -> assertThat(p.file().fileName()).isEqualTo("config.json"));
        assertThat(report.withCode("VALIDATOR-INTERNAL")).isEmpty();
    }

    @Test
    void aRevisionWithOnlyStrayFilesSaysPackageJsonIsMissing() throws Exception {
        Files.writeString(dir.resolve("README.md"), "hello");
        ValidationReport report = validate();
        assertThat(report.problems()).extracting(Problem::code).containsExactly("PKG-MISSING");
    }

    @Test
    void aRevisionWithDifferentProblemsInEveryFileReportsThemAll() throws Exception {
        Revision r = Fixtures.valid()
                .withText(io.universestudio.core.model.RevisionFile.PACKAGE, Fixtures.PACKAGE.replace("\"1.0.0\"", "\"1 0\""))
                .withText(io.universestudio.core.model.RevisionFile.RESOURCE, "[]")
                .withText(io.universestudio.core.model.RevisionFile.CONFIG, Fixtures.CONFIG.replace("\"default\": 1,", "\"default\": \"1\","))
                .withText(io.universestudio.core.model.RevisionFile.TEMPLATE, "{{#x}}");
        assertThat(Fixtures.validate(r).problems()).extracting(Problem::code).contains("PKG-VERSION-PATTERN",
                "RES-NOT-OBJECT", "CONFIG-DEFAULT-TYPE", "TEMPLATE-UNCLOSED-SECTION");
    }
}

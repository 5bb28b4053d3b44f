package io.universestudio.core.validate;

import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SyntaxRulesTest {

    @Test
    void brokenJsonIsAnErrorWithItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\n \"name\": \"a\",\n}");
        ValidationReport report = new Validator().validate(RevisionReader.read(dir));
        assertThat(report.withCode("JSON-SYNTAX")).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.file()).isEqualTo(RevisionFile.PACKAGE);
            assertThat(p.position().line()).isEqualTo(2);
            assertThat(p.where()).isEqualTo("package.json:2:13");
            assertThat(p.message()).isEqualTo("package.json is not valid JSON: the comma after \"a\" on line 2 ends"
                    + " the object with nothing after it.");
            assertThat(p.hint()).startsWith("Remove that comma");
        });
    }

    @Test
    void duplicateKeysAreWarnings(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"a\": 1,\n\"a\": 2}");
        Revision r = RevisionReader.read(dir);
        ValidationReport report = new Validator().validate(r);
        assertThat(report.withCode("JSON-DUPLICATE-KEY")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("line 2"));
        // Other rules now complain that {"a": ...} is no package.json; the duplicate itself is only a warning.
        assertThat(report.withCode("JSON-DUPLICATE-KEY").get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(report.withCode("JSON-SYNTAX")).isEmpty();
    }
}

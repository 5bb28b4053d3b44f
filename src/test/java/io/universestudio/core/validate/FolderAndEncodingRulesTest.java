package io.universestudio.core.validate;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.universestudio.core.validate.Fixtures.PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

class FolderAndEncodingRulesTest {

    @Test
    void leadingZerosInARevisionFolderAreAWarning() {
        ValidationReport report = Fixtures.validate(Fixtures.at("T/time-server/007", Map.of(RevisionFile.PACKAGE, PACKAGE)));
        assertThat(report.withCode("REV-LEADING-ZERO")).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.subject()).isEqualTo("T/time-server/007");
            assertThat(p.message()).contains("revision 7");
        });
    }

    @Test
    void aBadPackageFolderNameIsAnError() {
        ValidationReport report = Fixtures.validate(Fixtures.at("T/Time_Server/1", Map.of(RevisionFile.PACKAGE, PACKAGE)));
        assertThat(report.withCode("PKG-FOLDER-NAME")).hasSize(1);
        assertThat(report.withCode("PKG-NAME-MISMATCH")).hasSize(1);
    }

    @Test
    void aRevisionOutsideARepositoryHasNoFolderProblems() {
        Revision r = Fixtures.unsaved(Map.of(RevisionFile.PACKAGE, PACKAGE));
        assertThat(Fixtures.validate(r).problems()).noneMatch(p -> p.code().startsWith("REV-")
                || p.code().equals("PKG-NAME-MISMATCH"));
    }

    @Test
    void nonAsciiIsReportedWhereItIs() {
        String text = PACKAGE.replace("prints the time", "prints the \u201ctime\u201d");
        ValidationReport report = Fixtures.validate(Fixtures.valid().withText(RevisionFile.PACKAGE, text));
        assertThat(report.withCode("FILE-NOT-ASCII")).singleElement().satisfies(p -> {
            assertThat(p.position().line()).isEqualTo(Fixtures.lineOf(text, "\u201c"));
            assertThat(p.position().offset()).isEqualTo(text.indexOf('\u201c'));
            assertThat(p.message()).contains("U+201C");
            assertThat(p.pointer()).isEqualTo("/description");
        });
        assertThat(report.withCode("JSON-UNICODE-ESCAPE")).isEmpty();
    }

    @Test
    void nonAsciiCarriesThePointerOfTheValueOrKeyHoldingIt() {
        String config = "{\"type\": \"object\", \"properties\": {\"service\": {\"type\": \"object\", \"properties\":"
                + " {\"name\": {\"type\": \"string\", \"default\": \"caf\u00e9\"}}}}}";
        Problem inValue = Fixtures.validate(Fixtures.valid().withText(RevisionFile.CONFIG, config))
                .withCode("FILE-NOT-ASCII").get(0);
        assertThat(inValue.pointer()).isEqualTo("/properties/service/properties/name/default");

        String inKeyText = config.replace("\"name\"", "\"n\u00e4me\"");
        Problem inKey = Fixtures.validate(Fixtures.valid().withText(RevisionFile.CONFIG, inKeyText))
                .withCode("FILE-NOT-ASCII").get(0);
        assertThat(inKey.pointer()).isEqualTo("/properties/service/properties/n\u00e4me");

        Problem unparsed = Fixtures.validate(Fixtures.valid().withText(RevisionFile.CONFIG, "{\"a\": \"\u00e9\""))
                .withCode("FILE-NOT-ASCII").get(0);
        assertThat(unparsed.pointer()).isNull();
    }

    @Test
    void escapesInKeysAndLiteralBackslashUAreCaught() {
        String config = "{\"type\": \"object\", \"properties\": {\"caf\\u00e9\": {\"type\": \"string\","
                + " \"description\": \"a path like C:\\\\u1234\"}}}";
        ValidationReport report = Fixtures.validate(Fixtures.valid().withText(RevisionFile.CONFIG, config));
        assertThat(report.withCode("JSON-UNICODE-ESCAPE")).extracting(Problem::pointer)
                .containsExactly("/properties/caf\u00e9", "/properties/caf\u00e9/description");
    }
}

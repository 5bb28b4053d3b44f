package io.universestudio.core.validate;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import org.junit.jupiter.api.Test;

import static io.universestudio.core.validate.Fixtures.PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

class ResourceAndCommandRulesTest {

    private static final String CLI = "\"cli\": {\"binaries\": {\"darwin\": {\"x86-64\": {\"kind\": \"tar\","
            + " \"url\": \"https://x/y\", \"contentHash\": []}}, \"solaris\": {}}},\n  \"assets\"";

    @Test
    void cliBinariesAreCheckedFieldByField() {
        ValidationReport report = Fixtures.validate(Fixtures.withResource("\"assets\"", CLI));
        assertThat(report.withCode("RES-NOT-ALLOWED-VALUE")).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/cli/binaries/darwin/x86-64/kind");
            assertThat(p.message()).contains("\"tar\"").contains("executable");
        });
        assertThat(report.withCode("RES-SCHEMA")).extracting(Problem::pointer)
                .contains("/cli/binaries/darwin/x86-64/contentHash");
        assertThat(report.withCode("RES-UNKNOWN-FIELD")).singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/cli/binaries/solaris"));
    }

    @Test
    void cliIsNotAllowedIn20() {
        String two = PACKAGE.replace("\"4.0\"", "\"2.0\"").replace("  \"minDcosReleaseVersion\": \"1.10\",\n", "")
                .replace("  \"upgradesFrom\": [\"*\"],\n  \"downgradesTo\": [\"*\"],\n", "");
        Revision r = Fixtures.withResource("\"assets\"", CLI).withText(RevisionFile.PACKAGE, two);
        assertThat(Fixtures.validate(r).withCode("RES-FIELD-NOT-ALLOWED")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("2.0"));
    }

    @Test
    void plainHttpImagesAreWarnings() {
        ValidationReport report = Fixtures.validate(Fixtures.withResource("https://example.com/s.png",
                "http://example.com/s.png"));
        assertThat(report.withCode("RES-IMAGE-NOT-HTTPS")).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.pointer()).isEqualTo("/images/icon-small");
        });
    }

    @Test
    void commandJsonIsCheckedFor30() {
        String three = PACKAGE.replace("\"4.0\"", "\"3.0\"").replace("  \"upgradesFrom\": [\"*\"],\n  \"downgradesTo\": [\"*\"],\n", "");
        Revision ok = Fixtures.valid().withText(RevisionFile.PACKAGE, three)
                .withText(RevisionFile.COMMAND, "{\"pip\": [\"dcos<1.0\"]}");
        // Nothing but the note that the package registry takes 4.0 and later.
        assertThat(Fixtures.validate(ok).problems()).extracting(Problem::code).containsExactly("REGISTRY-PACKAGING-VERSION");
        Revision bad = ok.withText(RevisionFile.COMMAND, "{\"pip\": \"dcos<1.0\"}");
        assertThat(Fixtures.validate(bad).withCode("CMD-WRONG-TYPE")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("pip: expected a list ([...]), got \"dcos<1.0\"."));
    }

    @Test
    void aCliWithCommandJsonNeedsNoMinimumVersion() {
        String three = PACKAGE.replace("\"4.0\"", "\"3.0\"").replace("  \"minDcosReleaseVersion\": \"1.10\",\n", "")
                .replace("  \"upgradesFrom\": [\"*\"],\n  \"downgradesTo\": [\"*\"],\n", "");
        Revision r = Fixtures.withResource("\"assets\"", "\"cli\": {\"binaries\": {\"linux\": {\"x86-64\": {\"kind\": \"zip\","
                        + " \"url\": \"https://x/y\", \"contentHash\": [{\"algo\": \"sha256\", \"value\": \"0\"}]}}}},\n  \"assets\"")
                .withText(RevisionFile.PACKAGE, three);
        assertThat(Fixtures.validate(r).withCode("PKG-CLI-MIN-DCOS")).hasSize(1);
        assertThat(Fixtures.validate(r.withText(RevisionFile.COMMAND, "{\"pip\": []}")).withCode("PKG-CLI-MIN-DCOS")).isEmpty();
        assertThat(Fixtures.validate(r.withText(RevisionFile.PACKAGE, three.replace("\"tags\"",
                "\"minDcosReleaseVersion\": \"1.8\",\n  \"tags\""))).withCode("PKG-CLI-MIN-DCOS")).isEmpty();
    }
}

package io.universestudio.core.validate;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.universestudio.core.validate.Fixtures.PACKAGE;
import static io.universestudio.core.validate.Fixtures.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

class PackageRulesTest {

    @Test
    void aMissingPackageJsonIsAnError() {
        Revision r = Fixtures.valid().without(RevisionFile.PACKAGE);
        assertThat(Fixtures.validate(r).withCode("PKG-MISSING")).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aMisspelledFieldGetsADidYouMean() {
        Revision r = Fixtures.withPackage("\"description\"", "\"desription\"");
        ValidationReport report = Fixtures.validate(r);
        assertThat(report.withCode("PKG-UNKNOWN-FIELD")).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/desription");
            assertThat(p.message()).contains("Did you mean \"description\"?").contains("packagingVersion 4.0");
            assertThat(p.position().line()).isEqualTo(lineOf(PACKAGE, "\"description\""));
        });
        assertThat(report.withCode("PKG-MISSING-FIELD")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("package.json needs \"description\", which is missing."));
    }

    @Test
    void aWrongTypeSaysWhatWasExpectedAndWhatWasFound() {
        Revision r = Fixtures.withPackage("\"maintainer\": \"https://github.com/mesosphere/universe\"", "\"maintainer\": 42");
        assertThat(Fixtures.validate(r).withCode("PKG-WRONG-TYPE")).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("maintainer: expected a string (text in quotes), got the number 42.");
            assertThat(p.hint()).contains("e-mail");
        });
    }

    @Test
    void aNumericPackagingVersionIsExplainedAndTheRestIsStillChecked() {
        Revision r = Fixtures.withPackage("\"packagingVersion\": \"4.0\"", "\"packagingVersion\": 4.0")
                .withText(RevisionFile.PACKAGE, PACKAGE.replace("\"packagingVersion\": \"4.0\"", "\"packagingVersion\": 4.0")
                        .replace("\"time-server\"", "\"Time\""));
        ValidationReport report = Fixtures.validate(r);
        assertThat(report.withCode("PKG-PACKAGING-VERSION")).singleElement()
                .satisfies(p -> assertThat(p.hint()).contains("\"4.0\""));
        assertThat(report.withCode("PKG-NAME-PATTERN")).hasSize(1);
    }

    @Test
    void fieldsOfLaterVersionsSayWhichVersionTheyNeed() {
        Revision r = Fixtures.withPackage("\"packagingVersion\": \"4.0\"", "\"packagingVersion\": \"3.0\"");
        ValidationReport report = Fixtures.validate(r);
        assertThat(report.withCode("PKG-FIELD-NOT-ALLOWED")).extracting(Problem::pointer)
                .containsExactlyInAnyOrder("/upgradesFrom", "/downgradesTo");
        assertThat(report.withCode("PKG-FIELD-NOT-ALLOWED").get(0).hint()).contains("4.0");
    }

    @Test
    void aVersionWithATrailingNewlinePassesAsInPython() {
        // Python's $ (and Java's) matches before a final newline; the Universe accepts "1.0\n".
        Revision r = Fixtures.withPackage("\"1.0.0\"", "\"1.0.0\\n\"");
        assertThat(Fixtures.validate(r).withCode("PKG-VERSION-PATTERN")).isEmpty();
    }

    @Test
    void aManagerNeedsAPackageName() {
        Revision r = Fixtures.valid().withText(RevisionFile.PACKAGE, PACKAGE.replace("\"4.0\"", "\"5.0\"")
                .replace("\"1.10\"", "\"1.12\"").replace("\"tags\"", "\"manager\": {\"minPackageVersion\": \"1.0\"},\n  \"tags\""));
        assertThat(Fixtures.validate(r).withCode("PKG-MISSING-FIELD")).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/manager/packageName");
            assertThat(p.message()).isEqualTo("manager needs \"packageName\", which is missing.");
        });
    }

    @Test
    void aNonObjectPackageJsonIsAnErrorNotACrash() {
        Revision r = Fixtures.valid().withText(RevisionFile.PACKAGE, "[\"4.0\"]");
        assertThat(Fixtures.validate(r).withCode("PKG-NOT-OBJECT")).hasSize(1);
    }

    @Test
    void policyWarnsAboutAMissingLicenseAndAFirstReleaseWithoutPreviewNote() {
        String noLicense = PACKAGE.replace(",\n  \"licenses\": [{\"name\": \"Apache License Version 2.0\", \"url\":"
                + " \"https://www.apache.org/licenses/LICENSE-2.0\"}]", "");
        Revision first = Fixtures.at("T/time-server/0", Map.of(RevisionFile.PACKAGE, noLicense));
        ValidationReport report = Fixtures.validate(first);
        assertThat(report.withCode("PKG-LICENSE-MISSING")).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
        assertThat(report.withCode("PKG-PREVIEW-NOTE")).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.INFO));
        Revision withNote = Fixtures.at("T/time-server/0", Map.of(RevisionFile.PACKAGE, PACKAGE.replace("\"tags\"",
                "\"preInstallNotes\": \"" + PolicyRules.PREVIEW_SENTENCE + "\",\n  \"tags\"")));
        assertThat(Fixtures.validate(withNote).withCode("PKG-PREVIEW-NOTE")).isEmpty();
        assertThat(Fixtures.validate(withNote).withCode("PKG-LICENSE-MISSING")).isEmpty();
    }
}

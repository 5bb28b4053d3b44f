package io.universestudio.core.validate;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mechanical fixes offered with problems: each one, applied to the revision as one text change, makes its
 * problem go away and leaves the rest of the file's text as it was.
 */
class FixTest {

    /** Applies the problem's only fix as the window would (one replacement) and validates again. */
    private static Revision applyOnlyFix(Revision revision, Problem problem) {
        assertThat(problem.fixes()).as(problem.code() + " offers one fix").hasSize(1);
        Fix fix = problem.fixes().get(0);
        Fix.TextChange change = fix.change(revision).orElseThrow();
        String before = revision.text(fix.file()).orElseThrow();
        Revision fixed = fix.applyTo(revision).orElseThrow();
        assertThat(fixed.text(fix.file())).hasValue(change.applyTo(before));
        assertThat(before.substring(0, change.start())).as("text before the change is kept")
                .isEqualTo(fixed.text(fix.file()).orElseThrow().substring(0, change.start()));
        return fixed;
    }

    private static Problem only(Revision revision, String code) {
        List<Problem> found = Fixtures.validate(revision).withCode(code);
        assertThat(found).as(code).hasSize(1);
        return found.get(0);
    }

    @Test
    void anUndefinedVariableOffersTheClosestOptionAndTheFixRemovesTheProblem() {
        Revision r = Fixtures.valid().withText(RevisionFile.TEMPLATE,
                Fixtures.TEMPLATE.replace("{{service.cpus}}", "{{service.cpu}}"));
        Problem p = only(r, "TEMPLATE-UNDEFINED-VARIABLE");
        assertThat(p.message()).endsWith("Did you mean {{service.cpus}}?");
        assertThat(p.hint()).startsWith("Did you mean {{service.cpus}}?");
        assertThat(p.fixes()).singleElement().satisfies(f -> {
            assertThat(f.label()).isEqualTo("Use {{service.cpus}}");
            assertThat(f.file()).isEqualTo(RevisionFile.TEMPLATE);
        });

        Revision fixed = applyOnlyFix(r, p);
        assertThat(fixed.template()).hasValue(Fixtures.TEMPLATE);
        assertThat(Fixtures.validate(fixed).withCode("TEMPLATE-UNDEFINED-VARIABLE")).isEmpty();
    }

    @Test
    void aNameWithoutItsSectionIsFoundByItsLastPartAndSectionsAreRenamedWithTheirClosingTag() {
        String template = Fixtures.TEMPLATE.replace("{{service.instances}}", "{{instances}}")
                .replace("{{#service.name}}", "{{#service.nmae}}").replace("{{/service.name}}", "{{/service.nmae}}");
        Revision r = Fixtures.valid().withText(RevisionFile.TEMPLATE, template);
        List<Problem> undefined = Fixtures.validate(r).withCode("TEMPLATE-UNDEFINED-VARIABLE");
        assertThat(undefined).extracting(x -> x.fixes().get(0).label())
                .containsExactlyInAnyOrder("Use {{service.instances}}", "Use {{#service.name}}");

        // One at a time, as a person clicks them: each fix is for the text it was found in, so the problems
        // are found again after each one.
        Revision fixed = r;
        for (int i = 0; i < 2; i++) {
            fixed = Fixtures.validate(fixed).withCode("TEMPLATE-UNDEFINED-VARIABLE").get(0).fixes().get(0)
                    .applyTo(fixed).orElseThrow();
        }
        assertThat(fixed.template()).hasValue(Fixtures.TEMPLATE);
        assertThat(Fixtures.validate(fixed).withCode("TEMPLATE-UNDEFINED-VARIABLE")).isEmpty();
    }

    @Test
    void nothingCloseMeansNoFix() {
        Revision r = Fixtures.valid().withText(RevisionFile.TEMPLATE,
                Fixtures.TEMPLATE.replace("{{service.cpus}}", "{{completely.different}}"));
        Problem p = only(r, "TEMPLATE-UNDEFINED-VARIABLE");
        assertThat(p.fixes()).isEmpty();
        assertThat(p.message()).doesNotContain("Did you mean");
    }

    @Test
    void aMissingLicenseIsAddedWithoutRewritingTheRestOfPackageJson() {
        String pkg = Fixtures.PACKAGE.replace(",\n  \"licenses\": [{\"name\": \"Apache License Version 2.0\", \"url\":"
                + " \"https://www.apache.org/licenses/LICENSE-2.0\"}]", "");
        Revision r = Fixtures.valid().withText(RevisionFile.PACKAGE, pkg);
        Problem p = only(r, "PKG-LICENSE-MISSING");
        assertThat(p.fixes().get(0).label()).startsWith("Add a license entry");

        Revision fixed = applyOnlyFix(r, p);
        String text = fixed.text(RevisionFile.PACKAGE).orElseThrow();
        assertThat(text).startsWith(pkg.substring(0, pkg.lastIndexOf('"') + 1)).contains("LICENSE-2.0");
        assertThat(Fixtures.validate(fixed).withCode("PKG-LICENSE-MISSING")).isEmpty();
        assertThat(Fixtures.validate(fixed).errors()).isZero();
    }

    @Test
    void aRequiredOptionWithoutDefaultGetsOne() {
        Revision r = Fixtures.withConfig("\"required\": [\"name\"]", "\"required\": [\"name\", \"user\"]")
                .withText(RevisionFile.CONFIG, Fixtures.CONFIG.replace("\"required\": [\"name\"]",
                        "\"required\": [\"name\", \"user\"]").replace("\"instances\": {",
                        "\"user\": {\"type\": \"string\"},\n        \"instances\": {"));
        Problem p = only(r, "CONFIG-NEEDS-INPUT");
        assertThat(p.fixes().get(0).label()).isEqualTo("Add the default \"\"");

        Revision fixed = applyOnlyFix(r, p);
        assertThat(fixed.text(RevisionFile.CONFIG).orElseThrow()).contains("\"user\": {\"type\": \"string\", \"default\": \"\"}");
        assertThat(Fixtures.validate(fixed).withCode("CONFIG-NEEDS-INPUT")).isEmpty();
    }

    @Test
    void aDefaultOfTheWrongTypeIsWrittenAsTheDeclaredType() {
        Revision r = Fixtures.withConfig("\"default\": 1,", "\"default\": \"3\",");
        Problem p = only(r, "CONFIG-DEFAULT-TYPE");
        assertThat(p.fixes().get(0).label()).isEqualTo("Change the default to 3");

        Revision fixed = applyOnlyFix(r, p);
        assertThat(fixed.text(RevisionFile.CONFIG).orElseThrow()).contains("\"default\": 3,");
        assertThat(Fixtures.validate(fixed).withCode("CONFIG-DEFAULT-TYPE")).isEmpty();
    }

    @Test
    void theFirstReleaseGetsThePreviewSentence() {
        Revision r = Fixtures.at("T/time-server/0", java.util.Map.of(RevisionFile.PACKAGE, Fixtures.PACKAGE,
                RevisionFile.CONFIG, Fixtures.CONFIG, RevisionFile.RESOURCE, Fixtures.RESOURCE,
                RevisionFile.TEMPLATE, Fixtures.TEMPLATE));
        Problem p = only(r, "PKG-PREVIEW-NOTE");
        Revision fixed = applyOnlyFix(r, p);
        assertThat(Fixtures.validate(fixed).withCode("PKG-PREVIEW-NOTE")).isEmpty();
    }

    @Test
    void aFixForTextThatChangedSinceNoLongerApplies() {
        Revision r = Fixtures.valid().withText(RevisionFile.TEMPLATE,
                Fixtures.TEMPLATE.replace("{{service.cpus}}", "{{service.cpu}}"));
        Fix fix = only(r, "TEMPLATE-UNDEFINED-VARIABLE").fixes().get(0);
        Revision edited = r.withText(RevisionFile.TEMPLATE, "\n" + r.template().orElseThrow());
        assertThat(fix.change(edited)).isEmpty();
        assertThat(fix.applyTo(edited)).isEmpty();
        assertThat(fix.applyTo(r.without(RevisionFile.TEMPLATE))).isEmpty();

        Fix license = new Fix("x", RevisionFile.PACKAGE, new Fix.SetJson("/licenses", com.fasterxml.jackson.databind.node
                .JsonNodeFactory.instance.arrayNode()));
        assertThat(license.applyTo(r.withText(RevisionFile.PACKAGE, "{\"name\": "))).as("text that does not parse").isEmpty();
    }
}

package io.universestudio.core.publish;

import io.universestudio.core.io.Samples;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What publishing lets out: only what a cluster can install, and the warnings to confirm. */
class PublishReviewTest {

    private static final Revision SAMPLE = Samples.load(Samples.DEFAULT);

    private static Revision withTemplate(String from, String to) {
        String template = SAMPLE.template().orElseThrow();
        assertThat(template).contains(from);
        return SAMPLE.withText(RevisionFile.TEMPLATE, template.replace(from, to));
    }

    private static Revision withConfig(Revision base, String from, String to) {
        String config = base.text(RevisionFile.CONFIG).orElseThrow();
        assertThat(config).contains(from);
        return base.withText(RevisionFile.CONFIG, config.replace(from, to));
    }

    @Test
    void theSampleMayBePublishedAsItIs() {
        PublishReview review = PublishReview.of(SAMPLE);
        assertThat(review.publishable()).as(String.valueOf(review.refusal())).isTrue();
        assertThat(review.installability().installerMustGive()).isEmpty();
        assertThat(review.installerNote()).isEmpty();
    }

    @Test
    void aTemplateThatDoesNotRenderJsonWithItsDefaultsIsRefusedThoughValidationOnlyWarns() {
        Revision broken = withTemplate("\"cpus\": {{service.cpus}},", "\"cpus\": {{service.cpus}}");
        PublishReview review = PublishReview.of(broken);

        assertThat(review.errors()).isEmpty();
        assertThat(review.publishable()).isFalse();
        assertThat(review.refusal()).isEqualTo("hello-web 1.0.0-0.1.0 cannot be installed by a cluster: with its"
                + " defaults, the template does not render JSON: a comma is missing after template line 3, between"
                + " 0.5 and \"mem\" on template line 4 (add a comma after 0.5). Fix it before publishing. Nothing was"
                + " written.");
        assertThat(review.refusalProblems()).extracting(Problem::code).containsExactly("TEMPLATE-NOT-JSON");
        assertThat(review.refusalProblems().get(0).position().line()).isEqualTo(3);
    }

    @Test
    void aRequiredOptionWithoutDefaultIsFineAndNamedForTheInstaller() {
        Revision needsInput = withConfig(SAMPLE, "\"default\": 256,\n", "");
        PublishReview review = PublishReview.of(needsInput);

        assertThat(review.publishable()).as(String.valueOf(review.refusal())).isTrue();
        assertThat(review.installability().installerMustGive()).containsExactly("service.mem");
        assertThat(review.installability().failure()).isNotNull();
        assertThat(review.installerNote()).hasValue("Installing it asks for service.mem, which has no default.");
        assertThat(review.warnings()).extracting(Problem::code).contains("TEMPLATE-NEEDS-INPUT");
        assertThat(review.needsConfirmation()).isTrue();
    }

    @Test
    void anOptionalOptionWithoutDefaultThatTheTemplateCannotDoWithoutIsNamedToo() {
        Revision base = withTemplate("\"instances\": {{service.instances}},",
                "\"instances\": {{service.instances}},\n  \"backoffSeconds\": {{web.backoff}},");
        Revision withOption = withConfig(base, "\"web\": {\n      \"type\": \"object\",\n"
                        + "      \"description\": \"What the web server serves.\",\n      \"properties\": {\n",
                "\"web\": {\n      \"type\": \"object\",\n      \"description\": \"What the web server serves.\",\n"
                        + "      \"properties\": {\n        \"backoff\": {\"type\": \"integer\", \"minimum\": 1},\n");
        PublishReview review = PublishReview.of(withOption);

        assertThat(review.publishable()).as(String.valueOf(review.refusal())).isTrue();
        assertThat(review.installability().installerMustGive()).containsExactly("web.backoff");
    }

    @Test
    void optionsWithoutDefaultDoNotExcuseATemplateThatIsBrokenAnyway() {
        Revision both = withConfig(withTemplate("\"cpus\": {{service.cpus}},", "\"cpus\": {{service.cpus}}"),
                "\"default\": 256,\n", "");
        PublishReview review = PublishReview.of(both);
        assertThat(review.publishable()).isFalse();
        assertThat(review.refusal()).contains("cannot be installed by a cluster");
    }

    @Test
    void aDefaultThatBreaksItsOwnRuleIsRefused() {
        Revision invalid = withConfig(SAMPLE, "\"default\": 256,", "\"default\": 8,");
        PublishReview review = PublishReview.of(invalid);
        assertThat(review.publishable()).isFalse();
        assertThat(review.refusal()).contains("with its defaults, the options do not satisfy config.json: /service/mem");
        assertThat(review.refusalProblems()).extracting(Problem::code).contains("CONFIG-DEFAULT-INVALID");
    }

    @Test
    void errorsRefuseBeforeAnythingIsRendered() {
        PublishReview review = PublishReview.of(SAMPLE.withText(RevisionFile.PACKAGE, "{\"name\": "));
        assertThat(review.publishable()).isFalse();
        assertThat(review.refusal()).startsWith("The package has ").endsWith("Nothing was written.");
        assertThat(review.refusalProblems()).isEqualTo(review.errors()).isNotEmpty();
    }
}

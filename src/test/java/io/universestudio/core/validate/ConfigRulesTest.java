package io.universestudio.core.validate;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import org.junit.jupiter.api.Test;

import static io.universestudio.core.validate.Fixtures.CONFIG;
import static io.universestudio.core.validate.Fixtures.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

class ConfigRulesTest {

    @Test
    void aDefaultOfTheWrongTypeIsNamedByTheOptionsTitles() {
        Revision r = Fixtures.withConfig("\"default\": 0.5", "\"default\": \"one\"");
        assertThat(Fixtures.validate(r).withCode("CONFIG-DEFAULT-TYPE")).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).isEqualTo("Service > CPUs: expected a number, got \"one\" as the default.");
            assertThat(p.pointer()).isEqualTo("/properties/service/properties/cpus/default");
            assertThat(p.position().line()).isEqualTo(lineOf(CONFIG, "\"cpus\""));
            assertThat(p.hint()).contains("without quotes");
        });
    }

    @Test
    void wholeDecimalsCountAsIntegersAsInCosmos() {
        Revision r = Fixtures.withConfig("\"default\": 1,", "\"default\": 1.0,");
        assertThat(Fixtures.validate(r).problems()).isEmpty();
    }

    @Test
    void defaultsFailingTheirOwnSchemaMeanTheInstallNeedsInput() {
        Revision r = Fixtures.withConfig("\"default\": 0.5, \"minimum\": 0.1", "\"default\": 0.05, \"minimum\": 0.1");
        assertThat(Fixtures.validate(r).withCode("CONFIG-DEFAULT-INVALID")).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).startsWith("Service > CPUs: the default fails its own schema");
            assertThat(p.pointer()).isEqualTo("/properties/service/properties/cpus");
        });
        Revision required = Fixtures.withConfig("\"required\": [\"name\"]", "\"required\": [\"name\", \"license\"]");
        assertThat(Fixtures.validate(required).withCode("CONFIG-NEEDS-INPUT")).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.INFO);
            assertThat(p.message()).startsWith("Service > license is required and has no default");
        });
        assertThat(Fixtures.validate(required).hasErrors()).isFalse();
    }

    @Test
    void misspelledKeywordsGetADidYouMeanButUiHintsDoNot() {
        Revision r = Fixtures.withConfig("\"type\": \"integer\", \"default\": 1", "\"type:\": \"integer\", \"desription\": \"x\", \"default\": 1");
        ValidationReport report = Fixtures.validate(r);
        assertThat(report.withCode("CONFIG-UNKNOWN-KEYWORD")).extracting(Problem::message).containsExactlyInAnyOrder(
                "Service > instances: \"type:\" is not a JSON schema keyword, so it has no effect. Did you mean \"type\"?",
                "Service > instances: \"desription\" is not a JSON schema keyword, so it has no effect. Did you mean \"description\"?");
        // "media" and "x-ui-hint" in the baseline are DC/OS UI hints, not typos.
        assertThat(Fixtures.validate(Fixtures.valid()).withCode("CONFIG-UNKNOWN-KEYWORD")).isEmpty();
    }

    @Test
    void anOptionPlacedAtKeywordLevelIsSpotted() {
        Revision r = Fixtures.withConfig("\"required\": [\"name\"]", "\"required\": [\"name\"], \"port\": {\"type\": \"integer\"}");
        assertThat(Fixtures.validate(r).withCode("CONFIG-UNKNOWN-KEYWORD")).singleElement()
                .satisfies(p -> assertThat(p.hint()).contains("inside \"properties\""));
    }

    @Test
    void anInvalidPatternIsAnError() {
        Revision r = Fixtures.withConfig("\"type\": \"string\", \"default\": \"time-server\"",
                "\"type\": \"string\", \"pattern\": \"([a-z\", \"default\": \"time-server\"");
        assertThat(Fixtures.validate(r).withCode("CONFIG-PATTERN-INVALID")).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/properties/service/properties/name/pattern");
            assertThat(p.message()).startsWith("Service > name: the pattern \"([a-z\"");
        });
    }

    @Test
    void theMetaSchemaCatchesDraft04Mistakes() {
        Revision r = Fixtures.withConfig("\"required\": [\"name\"]", "\"required\": []")
                .withText(RevisionFile.CONFIG, CONFIG.replace("\"required\": [\"name\"]", "\"required\": []")
                        .replace("\"minimum\": 0.1", "\"exclusiveMinimum\": true"));
        ValidationReport report = Fixtures.validate(r);
        assertThat(report.problems()).filteredOn(p -> p.code().startsWith("CONFIG-SCHEMA"))
                .extracting(Problem::pointer)
                .contains("/properties/service/required", "/properties/service/properties/cpus");
        assertThat(report.withCode("CONFIG-SCHEMA-SCHEMA")).anySatisfy(p -> assertThat(p.message())
                .isEqualTo("Service > CPUs: \"exclusiveMinimum\" only works together with \"minimum\"."));
    }

    @Test
    void aMisspelledTypeIsOneProblemNotOnePerAnyOfBranch() {
        Revision r = Fixtures.withConfig("\"type\": \"number\"", "\"type\": \"numbr\"");
        ValidationReport report = Fixtures.validate(r);
        assertThat(report.problems()).filteredOn(p -> p.code().startsWith("CONFIG-SCHEMA")).singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).isEqualTo("Service > CPUs > \"type\": \"numbr\" is not a valid value here.");
                    assertThat(p.hint()).contains("\"number\"");
                });
        assertThat(report.withCode("CONFIG-DEFAULT-TYPE")).isEmpty();
    }

    @Test
    void aConfigWithoutTopLevelObjectTypeIsAWarning() {
        Revision r = Fixtures.withConfig("\"type\": \"object\",\n  \"properties\"", "\"properties\"");
        assertThat(Fixtures.validate(r).withCode("CONFIG-TOP-TYPE")).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void compiledConfigsAreCachedByText() {
        Revision r = Fixtures.withConfig("\"default\": 1,", "\"default\": 2,");
        Fixtures.validate(r);
        int size = ConfigDefaultRules.cacheSize();
        Fixtures.validate(Fixtures.withConfig("\"default\": 1,", "\"default\": 2,"));
        assertThat(ConfigDefaultRules.cacheSize()).isEqualTo(size);
    }
}

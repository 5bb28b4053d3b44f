package io.universestudio.core.render;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.universestudio.core.render.TestPackages.revision;
import static org.assertj.core.api.Assertions.assertThat;

/** Each template lint on a small package made to show it, and silence on a clean one. */
class TemplateRuleTest {

    private static final String CONFIG = """
            {"type": "object", "properties": {
              "service": {"type": "object", "properties": {
                "name": {"type": "string", "default": "svc"},
                "enabled": {"type": "boolean", "default": false},
                "roles": {"type": "array", "items": {"type": "string"}, "default": ["a", "b"]},
                "placement": {"type": "object", "properties": {"zone": {"type": "string", "default": "z"}}},
                "unused": {"type": "integer", "default": 1}
              }}}}""";

    private final TemplateRule rule = new TemplateRule();

    private List<Problem> check(String config, String template) {
        return rule.check(revision(config, template));
    }

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }

    @Test
    void aCleanTemplateHasNoProblems() {
        String config = "{\"type\": \"object\", \"properties\": {\"service\": {\"type\": \"object\", \"properties\": {"
                + "\"name\": {\"type\": \"string\", \"default\": \"svc\"}, \"cpus\": {\"type\": \"number\", \"default\": 1},"
                + "\"roles\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"default\": [\"a\"]}}}}}";
        String template = "{\"id\": \"/{{service.name}}\", \"cpus\": {{service.cpus}}, \"roles\": {{service.roles}},"
                + " \"uri\": \"{{resource.assets.uris.jre-tar-gz}}\"}";
        assertThat(check(config, template)).isEmpty();
    }

    @Test
    void undefinedVariablesAndResourceEntries() {
        List<Problem> p = check(CONFIG, "{\"id\": \"{{service.name}}{{service.nmae}}{{resource.assets.uris.nope}}\","
                + " \"x\": \"{{service.enabled}}{{service.roles}}{{service.placement.zone}}{{service.unused}}\"}");
        assertThat(p).filteredOn(x -> x.code().equals("TEMPLATE-UNDEFINED-VARIABLE"))
                .extracting(Problem::message)
                .satisfiesExactly(m -> assertThat(m).startsWith("{{service.nmae}}"),
                        m -> assertThat(m).startsWith("{{resource.assets.uris.nope}}").contains("resource.json"));
        Problem first = p.stream().filter(x -> x.code().equals("TEMPLATE-UNDEFINED-VARIABLE")).findFirst().orElseThrow();
        assertThat(first.file()).isEqualTo(RevisionFile.TEMPLATE);
        assertThat(first.position().column()).isEqualTo(25);
        assertThat(first.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void namesInsideSectionsResolveAgainstTheElementsAndOuterScopes() {
        String config = "{\"type\": \"object\", \"properties\": {\"top\": {\"type\": \"string\", \"default\": \"t\"},"
                + "\"list\": {\"type\": \"array\", \"items\": {\"type\": \"object\", \"properties\": {\"key\": {\"type\": \"string\"}}},"
                + " \"default\": [{\"key\": \"k\"}]}}}";
        List<Problem> p = check(config, "{\"a\": \"{{#list}}{{key}}{{top}}{{missing}}{{/list}}\"}");
        assertThat(p).extracting(Problem::message).filteredOn(m -> m.contains("does not define"))
                .singleElement().satisfies(m -> assertThat(m).startsWith("{{missing}}"));
    }

    @Test
    void unusedOptionsPointIntoConfigJson() {
        List<Problem> p = check(CONFIG, "{\"id\": \"{{service.name}}\", \"r\": {{service.roles}},"
                + " \"e\": {{service.enabled}}, \"z\": \"{{service.placement.zone}}\"}");
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("TEMPLATE-UNUSED-OPTION");
            assertThat(x.file()).isEqualTo(RevisionFile.CONFIG);
            assertThat(x.pointer()).isEqualTo("/properties/service/properties/unused");
            assertThat(x.position().line()).isEqualTo(7);
            assertThat(x.message()).contains("service.unused");
        });
    }

    @Test
    void printingAnObjectIsFlagged() {
        List<Problem> p = check(CONFIG, "{\"p\": \"{{service.placement}}\", \"q\": \"{{resource.assets}}\"}");
        assertThat(p).filteredOn(x -> x.code().equals("TEMPLATE-OBJECT-PRINTED")).hasSize(2)
                .allSatisfy(x -> assertThat(x.message()).contains("{k=v}"));
    }

    @Test
    void quotingMistakesAroundStringsAndStringArrays() {
        List<Problem> p = check(CONFIG, "{\"a\": [{{{service.name}}}], \"b\": \"{{service.roles}}\","
                + " \"c\": [{{#service.roles}}\"{{.}}\",{{/service.roles}}\"z\"]}");
        assertThat(codes(p)).contains("TEMPLATE-UNQUOTED-STRING", "TEMPLATE-ARRAY-QUOTES");
        assertThat(p).filteredOn(x -> x.code().equals("TEMPLATE-ARRAY-QUOTES")).hasSize(2);
    }

    @Test
    void sectionCommasThatBreakForAnotherValue() {
        String template = "{\n  \"id\": \"{{service.name}}\",\n  \"env\": {\n    \"A\": \"1\"\n"
                + "    {{#service.enabled}},\"B\": \"2\",{{/service.enabled}}\n  }\n}";
        List<Problem> p = check(CONFIG, template);
        assertThat(p).filteredOn(x -> x.code().equals("TEMPLATE-TRAILING-COMMA")).singleElement().satisfies(x -> {
            assertThat(x.message()).contains("service.enabled = true", "{{#service.enabled}}");
            assertThat(x.position().line()).isEqualTo(5);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void theCommaFindingsFollowEditsThatChangeWhatRendersAndSurviveThoseThatDoNot() {
        String template = "{\n  \"id\": \"{{service.name}}\",\n  \"env\": {\n    \"A\": \"1\"\n"
                + "    {{#service.enabled}},\"B\": \"2\",{{/service.enabled}}\n  }\n}";
        assertThat(codes(check(CONFIG, template))).contains("TEMPLATE-TRAILING-COMMA");
        // Only a description and white space change: the same finding, from the remembered variations.
        String described = CONFIG.replace("\"default\": false}", "\"default\": false, \"description\": \"On\"}  ");
        assertThat(codes(check(described, template))).contains("TEMPLATE-TRAILING-COMMA");
        // The default flips: the section now renders by default, so the default render breaks instead.
        String enabled = CONFIG.replace("\"default\": false}", "\"default\": true}");
        assertThat(codes(check(enabled, template))).doesNotContain("TEMPLATE-TRAILING-COMMA").contains("TEMPLATE-NOT-JSON");
        // The template is fixed: nothing, although the config is the first one again.
        String fixed = template.replace(",\"B\": \"2\",{{/", ",\"B\": \"2\"{{/");
        assertThat(codes(check(CONFIG, fixed))).doesNotContain("TEMPLATE-TRAILING-COMMA");
    }

    @Test
    void defaultsThatRenderBrokenJsonAreAWarningAtTheTag() {
        String template = "{\n  \"id\": \"{{service.name}}\",\n  \"labels\": {\n"
                + "    {{^service.enabled}}\"C\": \"3\",{{/service.enabled}}\n  }\n}";
        assertThat(check(CONFIG, template)).filteredOn(x -> x.code().equals("TEMPLATE-NOT-JSON")).singleElement()
                .satisfies(x -> {
                    assertThat(x.severity()).isEqualTo(Severity.WARNING);
                    assertThat(x.position().line()).isEqualTo(4);
                    assertThat(x.message()).contains("the comma after \"3\" on template line 4 ends the object");
                });
    }

    @Test
    void optionsThatNeedInputAreAWarningNotAnError() {
        String config = "{\"type\": \"object\", \"properties\": {\"key\": {\"type\": \"string\"}, \"n\": {\"type\": \"integer\","
                + " \"default\": 1}}, \"required\": [\"key\"]}";
        List<Problem> p = check(config, "{\"k\": \"{{key}}\", \"n\": {{n}}}");
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("TEMPLATE-NEEDS-INPUT");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("needs user input", "key");
            assertThat(x.file()).isEqualTo(RevisionFile.CONFIG);
            assertThat(x.pointer()).isEqualTo("/required");
            assertThat(x.position()).isNotNull();
        });
    }

    @Test
    void compileErrorsNonObjectsAndBadLabelsAreErrors() {
        assertThat(check(null, "{{#open}}{}")).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("TEMPLATE-COMPILE");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(codes(check(null, "{{> part}}"))).containsExactly("TEMPLATE-COMPILE");
        assertThat(codes(check(null, "[1, 2]"))).containsExactly("TEMPLATE-NOT-OBJECT");
        assertThat(codes(check(null, "{\"labels\": {\"PORT\": 0}}"))).containsExactly("TEMPLATE-LABELS");
    }

    @Test
    void packagesWithoutATemplateHaveNothingToLint() {
        assertThat(check(CONFIG, null)).isEmpty();
    }

    @Test
    void itIsAPublicRuleOfTheValidationEngine() {
        io.universestudio.core.validate.Rule asRule = new TemplateRule();
        assertThat(asRule.check(revision(null, "{\"id\": \"/x\"}"))).isEmpty();
    }
}

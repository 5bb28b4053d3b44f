package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.Revision;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static io.universestudio.core.render.TestPackages.app;
import static io.universestudio.core.render.TestPackages.json;
import static io.universestudio.core.render.TestPackages.revision;
import static org.assertj.core.api.Assertions.assertThat;

/** The Cosmos pipeline around mustache: defaults, merge, validation, parse, labels, app id (cosmos-rendering.md §1). */
class RenderPipelineTest {

    private final Renderer renderer = new Renderer();

    @Test
    void defaultsTakeOnlyTopLevelPropertiesAndUseDefaultsAsIs() {
        ObjectNode defaults = ConfigDefaults.extract(json("""
                {"type": "object", "definitions": {"d": {"default": 1}},
                 "properties": {
                   "prop1": {"type": "integer", "default": 57},
                   "prop2": {"type": "object", "properties": {"sub1": {"type": "string", "default": "ta-da"}}},
                   "whole": {"type": "object", "default": {"a": 1}, "properties": {"a": {"default": 2}, "b": {"default": 3}}},
                   "empty": {"type": "object", "properties": {"x": {"type": "string"}}},
                   "arr": {"type": "array", "items": {"type": "object", "properties": {"i": {"default": 1}}}},
                   "ref": {"$ref": "#/definitions/d"},
                   "nul": {"type": "string", "default": null}
                 }}"""));
        assertThat(JsonText.compact(defaults))
                .isEqualTo("{\"prop1\":57,\"prop2\":{\"sub1\":\"ta-da\"},\"whole\":{\"a\":1},\"nul\":null}");
    }

    /*
     * The validator's copy shared the schema's default nodes and stopped 64 levels down; the renderer's copied
     * them and never stopped (ADR 0097). The one implementation copies and stops.
     */

    @Test
    void defaultsAreACopyOfTheSchema() {
        ObjectNode schema = json("{\"properties\": {\"a\": {\"default\": {\"b\": [1]}}}}");
        ObjectNode defaults = ConfigDefaults.extract(schema);
        ((ObjectNode) defaults.get("a")).putArray("b").add(2);
        assertThat(JsonText.compact(schema)).isEqualTo("{\"properties\":{\"a\":{\"default\":{\"b\":[1]}}}}");
        ObjectNode merged = ConfigDefaults.withOptions(schema, json("{\"c\": 1}"));
        ((ObjectNode) merged.get("a")).remove("b");
        assertThat(schema.at("/properties/a/default/b/0").asInt()).isEqualTo(1);
    }

    @Test
    void defaultsStopAFixedNumberOfLevelsDown() {
        assertThat(JsonText.compact(ConfigDefaults.extract(nested(ConfigDefaults.MAX_DEPTH))))
                .startsWith("{\"p\":{\"p\":").endsWith("\"x\":1" + "}".repeat(ConfigDefaults.MAX_DEPTH));
        assertThat(ConfigDefaults.extract(nested(ConfigDefaults.MAX_DEPTH + 1))).isEmpty();
        assertThat(ConfigDefaults.extract(nested(100_000))).isEmpty(); // and no StackOverflowError on the way
    }

    /** A schema whose only default sits {@code levels} property levels down. */
    private static ObjectNode nested(int levels) {
        ObjectNode root = json("{}");
        ObjectNode at = root;
        for (int i = 1; i < levels; i++) {
            at = at.putObject("properties").putObject("p");
        }
        at.putObject("properties").putObject("x").put("default", 1);
        return root;
    }

    @Test
    void optionsGoOverTheDefaultsInCosmosKeyOrder() {
        ObjectNode schema = json("""
                {"properties": {"a": {"properties": {"x": {"default": 1}, "y": {"default": 2}}},
                                "b": {"default": true}}}""");
        assertThat(JsonText.compact(ConfigDefaults.withOptions(schema, json("{\"b\": false, \"a\": {\"y\": 3}}"))))
                .isEqualTo("{\"b\":false,\"a\":{\"y\":3,\"x\":1}}");
        assertThat(JsonText.compact(ConfigDefaults.withOptions(null, json("{\"b\": 1}")))).isEqualTo("{\"b\":1}");
    }

    @Test
    void mergeRecursesIntoObjectsAndReplacesEverythingElseUserKeysFirst() {
        JsonNode merged = JsonMerge.deepMerge(json("{\"a\": {\"x\": 1, \"y\": 2}, \"arr\": [1, 2], \"n\": 5, \"keep\": true}"),
                json("{\"arr\": [3], \"a\": {\"y\": 9, \"z\": 0}, \"n\": null}"));
        assertThat(JsonText.compact(merged)).isEqualTo("{\"arr\":[3],\"a\":{\"y\":9,\"z\":0,\"x\":1},\"n\":null,\"keep\":true}");
    }

    @Test
    void priorityIsDefaultsThenOptionsThenResourceThenTemplateLabelsThenCosmosLabelsThenAppId() {
        String config = """
                {"type": "object", "properties": {
                  "opt": {"type": "object", "properties": {"id": {"type": "string", "default": "default-id"},
                          "name": {"type": "string", "default": "default-name"}}},
                  "resource": {"type": "object"}}}""";
        String template = """
                {"id": "{{opt.id}}", "name": "{{opt.name}}", "uri": "{{resource.assets.uris.jre-tar-gz}}",
                 "labels": {"DCOS_PACKAGE_NAME": "template", "MINE": "kept"}}""";
        ObjectNode options = json("{\"opt\": {\"name\": \"user-name\"}, \"resource\": {\"assets\": {\"uris\": {\"jre-tar-gz\": \"user\"}}}}");
        RenderResult r = renderer.render(revision(config, template), new RenderRequest(options, "app-id", "https://r.test/repo"));
        ObjectNode app = app(r);
        assertThat(app.get("id").asText()).isEqualTo("/app-id");
        assertThat(app.get("name").asText()).isEqualTo("user-name");
        assertThat(app.get("uri").asText()).isEqualTo("https://example.com/jre.tgz");
        assertThat(app.get("labels").get("DCOS_PACKAGE_NAME").asText()).isEqualTo("demo");
        assertThat(app.get("labels").get("MINE").asText()).isEqualTo("kept");
        assertThat(app.get("labels").get("DCOS_PACKAGE_SOURCE").asText()).isEqualTo("https://r.test/repo");
        List<String> keys = fieldNames(app);
        assertThat(keys.get(0)).isEqualTo("labels");
        assertThat(fieldNames(app.get("labels"))).startsWith("DCOS_PACKAGE_OPTIONS", "DCOS_PACKAGE_SOURCE",
                "DCOS_PACKAGE_DEFINITION", "DCOS_PACKAGE_VERSION", "DCOS_PACKAGE_NAME", "MINE");
    }

    @Test
    void optionsLabelHoldsOnlyTheUsersOptionsWithNullsDropped() {
        String config = "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"integer\", \"default\": 1}, \"b\": {}}}";
        RenderSuccess defaults = (RenderSuccess) renderer.render(revision(config, "{\"a\": {{a}}}"), RenderRequest.defaults());
        assertThat(defaults.labels().options()).isEqualTo("e30=");
        RenderSuccess user = (RenderSuccess) renderer.render(revision(config, "{\"a\": {{a}}}"),
                RenderRequest.defaults().withOptions(json("{\"a\": 2, \"b\": null}")));
        assertThat(new String(Base64.getDecoder().decode(user.labels().options()), StandardCharsets.UTF_8)).isEqualTo("{\"a\":2}");
        assertThat(user.app().get("a").asInt()).isEqualTo(2);
    }

    @Test
    void definitionLabelIsAGzipEnvelopeOfThePackageWithNullsInModelOrder() throws Exception {
        RenderSuccess s = (RenderSuccess) renderer.render(revision(null, "{\"id\": \"/x\"}"), RenderRequest.defaults());
        JsonNode envelope = JsonText.mapper().readTree(Base64.getDecoder().decode(s.labels().definition()));
        assertThat(envelope.get("metadata").get("Content-Type").asText())
                .isEqualTo("application/vnd.dcos.universe.package+json;charset=utf-8;version=v4");
        assertThat(envelope.get("metadata").get("Content-Encoding").asText()).isEqualTo("gzip");
        JsonNode pkg = GoldenComparison.gunzip(envelope.get("data").asText());
        assertThat(fieldNames(pkg)).containsExactly("packagingVersion", "name", "version", "releaseVersion", "maintainer",
                "description", "tags", "selected", "scm", "website", "framework", "preInstallNotes", "postInstallNotes",
                "postUninstallNotes", "licenses", "minDcosReleaseVersion", "marathon", "resource", "config",
                "lastUpdated", "hasKnownIssues", "upgradesFrom", "downgradesTo");
        assertThat(pkg.get("scm").isNull()).isTrue();
        assertThat(pkg.get("resource").get("images").isNull()).isTrue();
        assertThat(pkg.get("resource").get("cli").isNull()).isTrue();
        assertThat(pkg.get("marathon").get("v2AppMustacheTemplate").asText())
                .isEqualTo(Base64.getEncoder().encodeToString("{\"id\": \"/x\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(s.labels().packageDefinition()).isEqualTo(pkg);
        assertThat(s.renderJsonWithDecodedLabels().get("labels").get("DCOS_PACKAGE_DEFINITION").get("data")).isEqualTo(pkg);
    }

    @Test
    void renderDropsNullsButInstallKeepsThem() {
        RenderSuccess s = (RenderSuccess) renderer.render(revision(null, "{\"id\": \"/x\", \"constraints\": null, \"a\": [null]}"),
                RenderRequest.defaults());
        assertThat(s.renderJson().has("constraints")).isFalse();
        assertThat(s.renderJson().get("a").get(0).isNull()).isTrue();
        assertThat(s.installJson().get("constraints").isNull()).isTrue();
    }

    @Test
    void noTemplateMeansServiceMarathonTemplateNotFound() {
        RenderResult r = renderer.render(revision(null, null), RenderRequest.defaults());
        assertThat(((RenderFailure) r).kind()).isEqualTo(RenderFailureKind.SERVICE_MARATHON_TEMPLATE_NOT_FOUND);
        assertThat(((RenderFailure) r).kind().cosmosType()).isEqualTo("ServiceMarathonTemplateNotFound");
    }

    @Test
    void optionsWithoutConfigAreNotAllowed() {
        RenderResult r = renderer.render(revision(null, "{}"), RenderRequest.defaults().withOptions(json("{\"a\": 1}")));
        assertThat(((RenderFailure) r).kind()).isEqualTo(RenderFailureKind.OPTIONS_NOT_ALLOWED);
        assertThat(renderer.render(revision(null, "{}"), RenderRequest.defaults())).isInstanceOf(RenderSuccess.class);
    }

    @Test
    void mergedOptionsAreValidatedAsDraft4WithFormatAndCosmosIntegers() {
        String config = """
                {"$schema": "http://json-schema.org/schema#", "type": "object", "properties": {
                  "port": {"type": "integer", "default": 80.0},
                  "url": {"type": "string", "format": "uri", "default": "https://ok.example/x"},
                  "mail": {"type": "string", "format": "email", "default": "a@example.com"},
                  "pw": {"type": "string", "format": "password", "default": "x"},
                  "needed": {"type": "string"}},
                 "required": ["needed"]}""";
        String template = "{\"port\": {{port}}}";
        RenderFailure missing = (RenderFailure) renderer.render(revision(config, template), RenderRequest.defaults());
        assertThat(missing.kind()).isEqualTo(RenderFailureKind.JSON_SCHEMA_MISMATCH);
        assertThat(missing.optionsErrors()).as(missing.describe()).extracting(OptionsError::keyword).containsExactly("required");

        RenderResult ok = renderer.render(revision(config, template), RenderRequest.defaults().withOptions(json("{\"needed\": \"x\"}")));
        assertThat(app(ok).get("port").asInt()).isEqualTo(80);

        RenderFailure badFormat = (RenderFailure) renderer.render(revision(config, template),
                RenderRequest.defaults().withOptions(json("{\"needed\": \"x\", \"url\": \"not a uri\", \"mail\": \"nope\"}")));
        assertThat(badFormat.optionsErrors()).extracting(OptionsError::instancePointer).containsExactlyInAnyOrder("/url", "/mail");
        assertThat(badFormat.optionsErrors()).extracting(OptionsError::keyword).containsOnly("format");
    }

    @Test
    void nullDefaultFailsAStringType() {
        String config = "{\"type\": \"object\", \"properties\": {\"s\": {\"type\": \"string\", \"default\": null}}}";
        RenderFailure f = (RenderFailure) renderer.render(revision(config, "{}"), RenderRequest.defaults());
        assertThat(f.kind()).isEqualTo(RenderFailureKind.JSON_SCHEMA_MISMATCH);
        assertThat(f.optionsErrors().get(0).instancePointer()).isEqualTo("/s");
        assertThat(f.optionsErrors().get(0).keyword()).isEqualTo("type");
        assertThat(f.optionsErrors().get(0).schemaPointer()).isEqualTo("/properties/s/type");
    }

    @Test
    void emptyMergedOptionsSkipValidationEvenWithRequired() {
        String config = "{\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}, \"required\": [\"x\"]}";
        assertThat(renderer.render(revision(config, "{}"), RenderRequest.defaults())).isInstanceOf(RenderSuccess.class);
    }

    @Test
    void trailingCommaIsAParsingErrorThatNamesTheTagAndPlace() {
        String config = "{\"type\": \"object\", \"properties\": {\"on\": {\"type\": \"boolean\", \"default\": false}}}";
        String template = "{\n  \"a\": 1,\n  {{#on}}\"b\": 2{{/on}}\n}";
        RenderFailure f = (RenderFailure) renderer.render(revision(config, template), RenderRequest.defaults());
        assertThat(f.kind()).isEqualTo(RenderFailureKind.JSON_PARSING_ERROR);
        assertThat(f.renderedText()).isEqualTo("{\n  \"a\": 1,\n  \n}");
        assertThat(f.position().line()).isEqualTo(4);
        assertThat(f.tag().display()).isEqualTo("{{#on}}");
        assertThat(f.tag().start().line()).isEqualTo(3);
        assertThat(f.describe()).contains("JsonParsingError", "line 4", "{{#on}}");
    }

    @Test
    void unquotedStringInAnArrayIsAParsingErrorAtTheValue() {
        String config = "{\"type\": \"object\", \"properties\": {\"roles\": {\"type\": \"string\", \"default\": \"\\\"*\\\", \\\"slave_public\\\"\"}}}";
        RenderFailure f = (RenderFailure) renderer.render(revision(config, "{\"r\": [{{{roles}}}]}"), RenderRequest.defaults());
        assertThat(f.kind()).isEqualTo(RenderFailureKind.JSON_PARSING_ERROR);
        assertThat(f.position().column()).isEqualTo(8);
        assertThat(f.tag().display()).isEqualTo("{{{roles}}}");
    }

    @Test
    void nonObjectAndBadLabelsAreFailures() {
        assertThat(((RenderFailure) renderer.render(revision(null, "[1]"), RenderRequest.defaults())).kind())
                .isEqualTo(RenderFailureKind.MARATHON_TEMPLATE_MUST_BE_JSON_OBJECT);
        assertThat(((RenderFailure) renderer.render(revision(null, "{\"labels\": {\"a\": 1}}"), RenderRequest.defaults())).kind())
                .isEqualTo(RenderFailureKind.JSON_DECODING_ERROR);
        assertThat(renderer.render(revision(null, "{\"labels\": null}"), RenderRequest.defaults())).isInstanceOf(RenderSuccess.class);
    }

    @Test
    void duplicateKeysKeepTheLastValueAndAreReported() {
        RenderSuccess s = (RenderSuccess) renderer.render(revision(null, "{\"a\": 1, \"a\": 2}"), RenderRequest.defaults());
        assertThat(s.app().get("a").asInt()).isEqualTo(2);
        assertThat(s.duplicateKeys()).extracting(d -> d.key()).containsExactly("a");
    }

    @Test
    void compileErrorsAreResults() {
        RenderFailure unclosed = (RenderFailure) renderer.render(revision(null, "{{#unclosed}}{}"), RenderRequest.defaults());
        assertThat(unclosed.kind()).isEqualTo(RenderFailureKind.TEMPLATE_COMPILE_ERROR);
        assertThat(unclosed.message()).contains("unclosed");
    }

    @Test
    void partialsAreRefusedWithAClearMessage() {
        RenderFailure f = (RenderFailure) renderer.render(revision(null, "{\"a\": \"{{> foo}}\"}"), RenderRequest.defaults());
        assertThat(f.kind()).isEqualTo(RenderFailureKind.TEMPLATE_COMPILE_ERROR);
        assertThat(f.message()).contains("partial {{> foo}}", "line 1");
    }

    @Test
    void appIdGetsALeadingSlash() {
        Revision rev = revision(null, "{\"id\": \"/from-template\", \"cpus\": 1}");
        assertThat(app(renderer.render(rev, RenderRequest.defaults().withAppId("mine"))).get("id").asText()).isEqualTo("/mine");
        assertThat(app(renderer.render(rev, RenderRequest.defaults().withAppId("/mine"))).get("id").asText()).isEqualTo("/mine");
        assertThat(app(renderer.render(rev, RenderRequest.defaults())).get("id").asText()).isEqualTo("/from-template");
    }

    @Test
    void unparseableConfigIsReportedNotThrown() {
        RenderFailure f = (RenderFailure) renderer.render(revision("{\"type\": ", "{}"), RenderRequest.defaults());
        assertThat(f.kind()).isEqualTo(RenderFailureKind.INVALID_PACKAGE);
    }

    @Test
    void aSchemaTheValidatorCannotUseIsReportedNotThrown() {
        String config = "{\"type\": \"object\", \"properties\": {\"s\": {\"type\": \"string\", \"pattern\": \"([a-z\", \"default\": \"a\"}}}";
        RenderResult r = renderer.render(revision(config, "{\"s\": \"{{s}}\"}"), RenderRequest.defaults());
        assertThat(r).isInstanceOf(RenderFailure.class);
    }

    @Test
    void rendersFromSeveralThreadsAtOnce() throws Exception {
        String config = "{\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"integer\", \"default\": 1}}}";
        Revision rev = revision(config, "{\"n\": {{n}}, \"l\": [{{#list}}{{.}},{{/list}}0]}");
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<String> wrong = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < 4; t++) {
            final int base = t * 1000;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    int n = base + i;
                    ObjectNode o = json("{\"n\": " + n + "}");
                    ObjectNode a = app(renderer.render(rev, RenderRequest.defaults().withOptions(o)));
                    if (a.get("n").asInt() != n) {
                        wrong.add(n + " -> " + a.get("n"));
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(wrong).isEmpty();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

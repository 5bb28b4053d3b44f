package io.universestudio.core.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonLocations;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.schema.OptionPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateScopeTest {

    static final ConfigSchema CONFIG = ConfigSchema.parse("""
            {"type": "object", "properties": {
              "service": {"type": "object", "properties": {
                "name": {"type": "string", "default": "svc", "description": "The service name"},
                "security": {"type": "object", "properties": {"enabled": {"type": "boolean"}}}
              }},
              "node": {"type": "object", "properties": {"count": {"type": "integer"}, "name": {"type": "string"}}}
            }}
            """).orElseThrow();

    static final JsonNode RESOURCE = read("""
            {"assets": {"uris": {"jre-tar-gz": "https://x/jre.tgz"}, "container": {"docker": {"img": "a/b:1"}}}}
            """);

    static final String TEMPLATE = """
            {"id": "{{service.name}}",
             {{#service}}"label": "{{name}}", "n": {{node.count}},{{/service}}
             {{#service.security.enabled}}"tls": true, "x": "{{{service.name}}}",{{/service.security.enabled}}
             {{^service.name}}none{{/service.name}}
             "uri": "{{resource.assets.uris.jre-tar-gz}}", "other": "{{unknown.thing}}"}
            """;

    static JsonNode read(String json) {
        try {
            return JsonText.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static TemplateScope scope(String template) {
        return new TemplateScope(MustacheScanner.scan(template), CONFIG, RESOURCE);
    }

    @Test
    void resolvesFullAndSectionRelativeNames() {
        TemplateScope s = scope(TEMPLATE);
        VariableRef relative = s.resolveAt(TEMPLATE.indexOf("{{name}}") + 3).orElseThrow();
        assertThat(relative.path()).containsExactly("service", "name");
        assertThat(relative.fromScope()).isEqualTo(1);
        // Not found under service, so looked up outwards as mustache.java does.
        assertThat(s.resolveAt(TEMPLATE.indexOf("node.count")).orElseThrow().dotted()).isEqualTo("node.count");
        VariableRef res = s.resolveAt(TEMPLATE.indexOf("resource.assets")).orElseThrow();
        assertThat(res.source()).isEqualTo(VariableRef.Source.RESOURCE);
        assertThat(res.pointer()).isEqualTo("/assets/uris/jre-tar-gz");
        assertThat(res.exists()).isTrue();
        assertThat(s.resolveAt(TEMPLATE.indexOf("unknown.thing"))).isEmpty();
        assertThat(s.usages(VariableRef.Source.CONFIG, List.of("service", "name"))).hasSize(5);
    }

    @Test
    void onlyNormalSectionsOpenAScope() {
        // mustache.java renders an inverted section's body only when its value is missing, and a block looks
        // nothing up: neither pushes a scope, so "name" here is looked up at the top, where it is not defined.
        String t = "{{^service}}{{name}}{{/service}}{{$service}}{{name}}{{/service}}";
        TemplateScope s = scope(t);
        assertThat(s.resolveAt(t.indexOf("{{name}}") + 3)).isEmpty();
        assertThat(s.resolveAt(t.lastIndexOf("{{name}}") + 3)).isEmpty();
        assertThat(s.resolveAt(t.indexOf("service"))).map(VariableRef::dotted).contains("service");
    }

    @Test
    void goesToTheOptionBehindAVariable() {
        TemplateScope s = scope(TEMPLATE);
        OptionDefinition d = OptionDefinition.at(s, TEMPLATE.indexOf("{{name}}") + 2, CONFIG, JsonLocations.EMPTY).orElseThrow();
        assertThat(d.file()).isEqualTo(RevisionFile.CONFIG);
        assertThat(d.pointer()).isEqualTo("/properties/service/properties/name");
        assertThat(d.position().line()).isEqualTo(3);
        assertThat(CONFIG.text().substring(d.position().offset())).startsWith("\"name\"");
    }

    @Test
    void renamePreviewRewritesEveryReferenceIncludingRelativeOnes() {
        RenamePreview p = TemplateRename.preview(TEMPLATE, CONFIG, RESOURCE,
                OptionPath.dotted("service.name"), OptionPath.dotted("service.app_name"));
        assertThat(p.edits()).hasSize(5);
        assertThat(p.newText()).isEqualTo(TEMPLATE.replace("{{service.name}}", "{{service.app_name}}")
                .replace("{{name}}", "{{app_name}}").replace("{{{service.name}}}", "{{{service.app_name}}}")
                .replace("{{^service.name}}", "{{^service.app_name}}").replace("{{/service.name}}", "{{/service.app_name}}"));
        assertThat(p.needsManualChange()).isEmpty();

        RenamePreview group = TemplateRename.preview(TEMPLATE, CONFIG, RESOURCE, OptionPath.of("service"), OptionPath.of("app"));
        assertThat(group.newText()).contains("{{#app}}\"label\": \"{{name}}\"", "{{/app}}",
                "{{#app.security.enabled}}", "{{/app.security.enabled}}", "{{^app.name}}", "{{{app.name}}}");
        assertThat(group.newText()).contains("{{node.count}}");

        RenamePreview moved = TemplateRename.preview(TEMPLATE, CONFIG, RESOURCE,
                OptionPath.dotted("service.name"), OptionPath.dotted("node.label"));
        assertThat(moved.needsManualChange()).extracting(TemplateTag::name).containsExactly("name");
        assertThat(moved.newText()).contains("{{node.label}}", "{{{node.label}}}");
    }

    @Test
    void completesPathsFromOptionsAndResource() {
        String t = "{{service.na";
        List<Completion> c = TemplateCompletion.at(t, t.length(), CONFIG, RESOURCE);
        assertThat(c).extracting(Completion::insert).containsExactly("service.name");
        assertThat(c.get(0).suffix()).isEqualTo("}}");
        assertThat(c.get(0).replaceStart()).isEqualTo(2);
        assertThat(c.get(0).detail()).isEqualTo("string · The service name");

        String all = "{{";
        assertThat(TemplateCompletion.at(all, 2, CONFIG, RESOURCE)).extracting(Completion::insert).contains(
                "service", "service.name", "service.security.enabled", "node.count", "resource.assets.uris.jre-tar-gz",
                "resource.assets.container.docker.img");

        String section = "{{#service.sec}}";
        Completion sec = TemplateCompletion.at(section, section.indexOf("sec}") + 3, CONFIG, RESOURCE).get(0);
        assertThat(sec.insert()).isEqualTo("service.security");
        assertThat(sec.suffix()).isEmpty();
        assertThat(sec.sectionClose()).isEqualTo("{{/service.security}}");

        String inside = "{{#service}}{{na";
        assertThat(TemplateCompletion.at(inside, inside.length(), CONFIG, RESOURCE)).extracting(Completion::insert)
                .startsWith("name");
        String close = "{{#service}}x{{/";
        assertThat(TemplateCompletion.at(close, close.length(), CONFIG, RESOURCE)).extracting(Completion::insert)
                .containsExactly("service");
        assertThat(TemplateCompletion.at("{{a}} b", 7, CONFIG, RESOURCE)).isEmpty();
        String triple = "\"x\": {{{node.c";
        Completion raw = TemplateCompletion.at(triple, triple.length(), CONFIG, RESOURCE).get(0);
        assertThat(raw.insert()).isEqualTo("node.count");
        assertThat(raw.suffix()).isEqualTo("}}}");
        assertThat(raw.replaceStart()).isEqualTo(triple.indexOf("node"));
    }
}

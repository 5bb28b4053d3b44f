package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.Revision;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.universestudio.core.render.TestPackages.revision;
import static org.assertj.core.api.Assertions.assertThat;

/** From a rendered value to the template tag that wrote it and the option behind it. */
class SourceMapTest {

    private static final String CONFIG = """
            {"type": "object", "properties": {
              "service": {"type": "object", "properties": {
                "name": {"type": "string", "default": "svc"},
                "cpus": {"type": "number", "default": 0.5},
                "labels": {"type": "array", "items": {"type": "object"},
                           "default": [{"key": "a", "value": "1"}, {"key": "b", "value": "2"}]},
                "roles": {"type": "array", "default": ["r1", "r2"]}}}}}""";

    private static final String TEMPLATE = """
            {
              "id": "/{{service.name}}",
              "cpus": {{service.cpus}},
              "uri": "{{resource.assets.uris.jre-tar-gz}}",
              "env": {
                {{#service.labels}}"L_{{key}}": "{{value}}",{{/service.labels}}
                "END": "x"
              },
              "roles": [{{#service.roles}}{{.}},{{/service.roles}}"last"]
            }""";

    private final SourceMap map = ((RenderSuccess) new Renderer().render(revision(CONFIG, TEMPLATE),
            RenderRequest.defaults())).sourceMap();

    @Test
    void aValueLeadsToItsTagAndItsOption() {
        List<SourceMap.Entry> id = map.at("/id");
        assertThat(id).hasSize(1);
        SourceMap.Entry e = id.get(0);
        assertThat(e.tag().display()).isEqualTo("{{service.name}}");
        assertThat(e.tag().start().line()).isEqualTo(2);
        assertThat(e.tag().start().column()).isEqualTo(11);
        assertThat(TEMPLATE.substring(e.tag().startOffset(), e.tag().endOffset())).isEqualTo("{{service.name}}");
        assertThat(e.scopePointer()).isEqualTo("/service/name");
        assertThat(e.configPointer()).isEqualTo("/properties/service/properties/name");
        assertThat(e.resourcePointer()).isNull();
        assertThat(e.region().length()).isEqualTo(3);
    }

    @Test
    void numbersAndResourceValues() {
        assertThat(map.at("/cpus")).singleElement().satisfies(e -> {
            assertThat(e.configPointer()).isEqualTo("/properties/service/properties/cpus");
            assertThat(e.region().length()).isEqualTo(3);
        });
        assertThat(map.at("/uri")).singleElement().satisfies(e -> {
            assertThat(e.configPointer()).isNull();
            assertThat(e.resourcePointer()).isEqualTo("/assets/uris/jre-tar-gz");
        });
    }

    @Test
    void valuesInsideSectionsPointAtTheElementTheyCameFrom() {
        assertThat(map.at("/env/L_b")).singleElement().satisfies(e -> {
            assertThat(e.tag().name()).isEqualTo("value");
            assertThat(e.scopePointer()).isEqualTo("/service/labels/1/value");
            assertThat(e.configPointer()).isEqualTo("/properties/service/properties/labels/items");
        });
        assertThat(map.at("/roles/1")).singleElement().satisfies(e -> {
            assertThat(e.tag().name()).isEqualTo(".");
            assertThat(e.scopePointer()).isEqualTo("/service/roles/1");
        });
        assertThat(map.at("/roles/2")).isEmpty();
        assertThat(map.at("/env/END")).isEmpty();
    }

    @Test
    void literalTemplateTextLeadsBackToTheTemplateToo() {
        assertThat(TEMPLATE.substring(map.templateOffsetOf("/env/END").orElseThrow())).startsWith("\"x\"");
        assertThat(TEMPLATE.substring(map.templateOffsetOf("/roles/2").orElseThrow())).startsWith("\"last\"");
        assertThat(TEMPLATE.substring(map.templateOffsetOf("/id").orElseThrow())).startsWith("\"/{{service.name}}\"");
        assertThat(TEMPLATE.substring(map.templateOffsetOf("/env/L_b").orElseThrow())).startsWith("\"{{value}}\"");
        assertThat(TEMPLATE.substring(map.templateOffsetOf("/cpus").orElseThrow())).startsWith("{{service.cpus}}");
        assertThat(TEMPLATE.substring(map.templateOffsetOf("").orElseThrow())).startsWith("{\n  \"id\"");
        assertThat(map.templateOffsetOf("/nope")).isEmpty();
    }

    @Test
    void sectionsAreRegionsToo() {
        assertThat(map.regions()).anySatisfy(r -> {
            assertThat(r.tag().display()).isEqualTo("{{#service.labels}}");
            assertThat(r.scopePointer()).isEqualTo("/service/labels");
            assertThat(r.length()).isGreaterThan(20);
        });
    }

    @Test
    void everyTagOfTheLargestCorpusTemplateIsPlaced() throws Exception {
        Revision dse = RevisionReader.read(Shared.revision("D/datastax-dse/700"));
        RenderSuccess s = (RenderSuccess) new Renderer().render(dse, RenderRequest.defaults());
        String template = dse.template().orElseThrow();
        assertThat(s.sourceMap().entries()).hasSizeGreaterThan(300).allSatisfy(e -> {
            String written = template.substring(e.tag().startOffset(), e.tag().endOffset());
            assertThat(written).contains(e.tag().name());
            if (e.scopePointer() != null && !e.scopePointer().startsWith("/resource")) {
                assertThat(e.configPointer()).as(e.scopePointer()).isNotNull();
            }
        });
        assertThat(s.sourceMap().at("/id")).singleElement()
                .satisfies(e -> assertThat(e.scopePointer()).isEqualTo("/service/name"));
        // Every rendered value leads back to the template; where it was copied, the characters agree.
        JsonNode tree = TestPackages.json(s.renderedText());
        List<String> pointers = new java.util.ArrayList<>();
        collect(tree, "", pointers);
        assertThat(pointers).hasSizeGreaterThan(100);
        String rendered = s.renderedText();
        for (String pointer : pointers) {
            int out = s.sourceMap().outputRangeOf(pointer).orElseThrow().startOffset();
            int in = s.sourceMap().templateOffsetOf(pointer).orElseThrow(() -> new AssertionError(pointer));
            boolean printedByTag = s.sourceMap().regions().stream().anyMatch(r -> r.tag().isValue() && r.contains(out));
            if (!printedByTag) {
                assertThat(template.charAt(in)).as(pointer).isEqualTo(rendered.charAt(out));
            }
        }
    }

    private static void collect(JsonNode node, String pointer, List<String> out) {
        out.add(pointer);
        if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), io.universestudio.core.json.JsonPointers.child(pointer, e.getKey()), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), io.universestudio.core.json.JsonPointers.child(pointer, i), out);
            }
        }
    }

    @Test
    void minioTellsResourceValuesFromTheResourceOption() throws Exception {
        Revision minio = RevisionReader.read(Shared.revision("M/minio/6"));
        SourceMap m = ((RenderSuccess) new Renderer().render(minio, RenderRequest.defaults())).sourceMap();
        assertThat(m.at("/cpus")).singleElement().satisfies(e -> {
            assertThat(e.scopePointer()).isEqualTo("/resource/cpus");
            assertThat(e.configPointer()).isEqualTo("/properties/resource/properties/cpus");
            assertThat(e.resourcePointer()).isNull();
        });
        assertThat(m.at("/container/docker/image")).singleElement().satisfies(e -> {
            assertThat(e.resourcePointer()).startsWith("/assets/container/docker/");
            assertThat(e.configPointer()).isNull();
        });
    }
}

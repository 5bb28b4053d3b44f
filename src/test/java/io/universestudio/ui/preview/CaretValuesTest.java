package io.universestudio.ui.preview;

import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.json.LocatedJsonReader;
import io.universestudio.core.json.TextRange;
import io.universestudio.core.render.RenderRequest;
import io.universestudio.core.render.RenderSuccess;
import io.universestudio.core.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** From a template tag under the caret to the values it printed in the preview's text. */
class CaretValuesTest {

    private static final String CONFIG = """
            {"type": "object", "properties": {
              "service": {"type": "object", "properties": {
                "name": {"type": "string", "default": "svc"},
                "cpus": {"type": "number", "default": 0.5},
                "roles": {"type": "array", "default": ["r1", "r2"]}}}}}""";

    private static final String TEMPLATE = """
            {
              "id": "/{{service.name}}",
              "cpus": {{service.cpus}},
              "roles": [{{#service.roles}}{{.}},{{/service.roles}}"last"],
              "env": {"NAME": "{{service.name}}"}
            }""";

    @TempDir
    Path dir;

    private record Shown(CaretValues values, String text) {
        List<String> at(int caret, String template) {
            return values.at(caret, CaretValuesTest.text(template)).map(p -> p.shown().stream()
                    .map(r -> text.substring(r.startOffset(), r.endOffset())).toList()).orElse(List.of());
        }
    }

    private static CaretValues.TemplateText text(String template) {
        return new CaretValues.TemplateText() {
            @Override
            public int length() {
                return template.length();
            }

            @Override
            public String text(int start, int end) {
                return template.substring(start, end);
            }
        };
    }

    private Shown render(String template) throws Exception {
        Files.writeString(dir.resolve("package.json"), """
                {"packagingVersion": "4.0", "name": "demo", "version": "1.0.0", "maintainer": "me@example.com",
                 "description": "A demo", "tags": ["demo"]}""");
        Files.writeString(dir.resolve("config.json"), CONFIG);
        Files.writeString(dir.resolve("marathon.json.mustache"), template);
        var result = new Renderer().render(RevisionReader.read(dir), RenderRequest.defaults());
        assertThat(result).as(String.valueOf(result instanceof io.universestudio.core.render.RenderFailure f ? f.message() : ""))
                .isInstanceOf(RenderSuccess.class);
        RenderSuccess s = (RenderSuccess) result;
        String shown = JsonText.pretty(s.renderJson());
        return new Shown(CaretValues.of(s.sourceMap(), LocatedJsonReader.read(shown).locations(), template), shown);
    }

    @Test
    void aTagLeadsToTheValueItPrintedAsShown() throws Exception {
        Shown shown = render(TEMPLATE);
        int name = TEMPLATE.indexOf("{{service.name}}");
        assertThat(shown.at(name, TEMPLATE)).containsExactly("\"/svc\"");
        assertThat(shown.at(name + 7, TEMPLATE)).containsExactly("\"/svc\"");
        assertThat(shown.at(name + "{{service.name}}".length(), TEMPLATE)).as("just after the tag").containsExactly("\"/svc\"");
        assertThat(shown.at(TEMPLATE.indexOf("{{service.cpus}}") + 3, TEMPLATE)).containsExactly("0.5");
        // The second {{service.name}} printed another value.
        assertThat(shown.at(TEMPLATE.lastIndexOf("{{service.name}}") + 3, TEMPLATE)).containsExactly("\"svc\"");
    }

    @Test
    void aTagInALoopLeadsToEachValueItPrinted() throws Exception {
        Shown shown = render(TEMPLATE);
        assertThat(shown.at(TEMPLATE.indexOf("{{.}}") + 2, TEMPLATE)).containsExactly("\"r1\"", "\"r2\"");
    }

    @Test
    void plainTextSectionsAndAChangedTemplateLeadNowhere() throws Exception {
        Shown shown = render(TEMPLATE);
        assertThat(shown.at(TEMPLATE.indexOf("\"cpus\"") + 2, TEMPLATE)).isEmpty();
        assertThat(shown.at(TEMPLATE.indexOf("{{#service.roles}}") + 3, TEMPLATE)).isEmpty();
        assertThat(shown.at(0, TEMPLATE)).isEmpty();
        String edited = TEMPLATE.replace("\"id\"", "\"id2\"");
        assertThat(shown.at(edited.indexOf("{{service.name}}") + 3, edited)).isEmpty();
        assertThat(CaretValues.NONE.at(5, text(TEMPLATE))).isEmpty();
    }

    @Test
    void aTemplateStartingWithBlanksStillLeadsToTheRightValue() throws Exception {
        String template = " " + TEMPLATE;
        Shown shown = render(template);
        assertThat(shown.at(template.indexOf("{{service.name}}") + 3, template)).containsExactly("\"/svc\"");
    }

    @Test
    void theShownRangesAreInTheShownText() throws Exception {
        Shown shown = render(TEMPLATE);
        TextRange r = shown.values().at(TEMPLATE.indexOf("{{service.cpus}}"), text(TEMPLATE)).orElseThrow().shown().get(0);
        assertThat(shown.text().substring(r.start().offset() - "\"cpus\": ".length(), r.endOffset())).isEqualTo("\"cpus\": 0.5");
        assertThat(shown.values().size()).isEqualTo(4);
    }
}

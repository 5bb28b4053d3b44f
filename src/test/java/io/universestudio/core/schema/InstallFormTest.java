package io.universestudio.core.schema;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InstallFormTest {

    static final String YAML = Base64.getEncoder().encodeToString("a: 1\n".getBytes(StandardCharsets.UTF_8));

    static final ConfigSchema SCHEMA = ConfigSchema.parse("""
            {"type": "object", "properties": {
              "service": {"type": "object", "description": "Service", "properties": {
                "name": {"type": "string", "title": "Service name", "description": "Its name", "default": "web"},
                "cpus": {"type": "number", "default": 0.5, "minimum": 0.1, "maximum": 4},
                "count": {"type": "integer", "default": 1},
                "debug": {"type": "boolean", "default": false},
                "level": {"type": "string", "enum": ["INFO", "DEBUG"], "default": "INFO"},
                "token": {"type": "string", "media": {"type": "application/x-secret+string"}},
                "conf": {"type": "string", "media": {"binaryEncoding": "base64", "type": "application/x-yaml"}, "default": "%s"},
                "placement": {"type": "string", "default": "[]", "media": {"type": "application/x-zone-constraints+json"}},
                "tags": {"type": "array", "default": ["a"]},
                "code": {"type": "string", "pattern": "^[a-z]+$"},
                "security": {"type": "object", "default": {"tls": true}, "properties": {
                  "tls": {"type": "boolean"}
                }}
              }, "required": ["name", "code"]},
              "replicas": {"type": "integer", "default": 3}
            }}
            """.formatted(YAML)).orElseThrow();

    static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return io.universestudio.core.json.JsonText.mapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void drawsATabPerTopLevelOptionWithWidgetsRequiredMarksAndHelp() {
        InstallForm form = InstallForm.of(SCHEMA);
        assertThat(form.tabs()).extracting(FormTab::name).containsExactly("service", "replicas");
        FormTab service = form.tabs().get(0);
        assertThat(service.help()).isEqualTo("Service");
        assertThat(service.items()).extracting(i -> i.path().dotted()).containsExactly("service.name", "service.cpus",
                "service.count", "service.debug", "service.level", "service.token", "service.conf", "service.placement",
                "service.tags", "service.code", "service.security", "service.security.tls");
        assertThat(service.items().get(10)).isInstanceOf(FormHeading.class);
        assertThat(((FormHeading) service.items().get(10)).level()).isEqualTo(2);
        assertThat(service.fields()).extracting(FormField::widget).containsExactly(WidgetKind.TEXT, WidgetKind.NUMBER,
                WidgetKind.INTEGER, WidgetKind.CHECKBOX, WidgetKind.CHOICE, WidgetKind.SECRET, WidgetKind.YAML,
                WidgetKind.CONSTRAINTS, WidgetKind.JSON, WidgetKind.TEXT, WidgetKind.CHECKBOX);
        FormField name = form.field(OptionPath.dotted("service.name")).orElseThrow();
        assertThat(name.label()).isEqualTo("Service name");
        assertThat(name.required()).isTrue();
        assertThat(name.help()).isEqualTo("Its name");
        // A nested field takes its default from the enclosing object's default, as Cosmos does.
        assertThat(form.field(OptionPath.dotted("service.security.tls")).orElseThrow().defaultValue().asBoolean()).isTrue();
        assertThat(form.tabs().get(1).fields()).extracting(FormField::widget).containsExactly(WidgetKind.INTEGER);
    }

    @Test
    void producesWhatIfOptionsAndValidatesEachField() {
        InstallForm form = InstallForm.of(SCHEMA);
        FormValues v = form.initialValues();
        assertThat(v.options(FormValues.OptionsMode.CHANGED)).isEmpty();
        assertThat(v.options(FormValues.OptionsMode.ALL)).isEqualTo(form.fieldDefaults());
        assertThat(v.problems()).containsOnlyKeys(OptionPath.dotted("service.code"));
        assertThat(v.problems().get(OptionPath.dotted("service.code"))).containsExactly("Required: enter a value.");

        FormValues edited = v.withText(OptionPath.dotted("service.cpus"), "8")
                .withText(OptionPath.dotted("service.count"), "two")
                .withText(OptionPath.dotted("service.code"), "ABC")
                .withText(OptionPath.dotted("service.level"), "DEBUG")
                .withText(OptionPath.dotted("replicas"), "3.0");
        assertThat(edited.problems()).containsOnlyKeys(OptionPath.dotted("service.cpus"),
                OptionPath.dotted("service.count"), OptionPath.dotted("service.code"));
        assertThat(edited.problems().get(OptionPath.dotted("service.cpus"))).containsExactly("Must be at most 4.");
        assertThat(edited.problems().get(OptionPath.dotted("service.count"))).containsExactly("Expecting a whole number here, e.g. 4.");
        assertThat(edited.problems().get(OptionPath.dotted("service.code"))).containsExactly("Does not match the pattern ^[a-z]+$.");
        assertThat(edited.text(OptionPath.dotted("service.count"))).isEqualTo("two");
        assertThat(edited.problemCount(form.tabs().get(0))).isEqualTo(3);
        // 3.0 equals the default 3: not a change. Text that did not parse is left out.
        assertThat(edited.options(FormValues.OptionsMode.CHANGED).toString())
                .isEqualTo("{\"service\":{\"cpus\":8,\"level\":\"DEBUG\",\"code\":\"ABC\"}}");
    }

    @Test
    void yamlIsShownDecodedAndStoredBase64AndConstraintsAreChecked() {
        InstallForm form = InstallForm.of(SCHEMA);
        FormValues v = form.initialValues();
        OptionPath conf = OptionPath.dotted("service.conf");
        assertThat(v.text(conf)).isEqualTo("a: 1\n");
        FormValues changed = v.withText(conf, "b: 2\n");
        assertThat(changed.value(conf)).contains(TextNode.valueOf(Base64.getEncoder().encodeToString("b: 2\n".getBytes(StandardCharsets.UTF_8))));
        OptionPath placement = OptionPath.dotted("service.placement");
        assertThat(v.withText(placement, "[[\"hostname\"").problems().get(placement))
                .containsExactly("Placement constraints are a JSON array such as [[\"hostname\", \"UNIQUE\"]], but the"
                        + " list that starts on line 1 is not closed: the text ends before its ']' (2 brackets are still"
                        + " open). Add ']' where the"
                        + " list should end, and check that every '{' and '[' has its partner.");
        assertThat(v.withText(placement, "[[\"hostname\", \"UNIQUE\"]]").problems()).doesNotContainKey(placement);
        OptionPath tags = OptionPath.dotted("service.tags");
        assertThat(v.withText(tags, "[1,").problems().get(tags)).containsExactly("This is not valid JSON: the list that"
                + " starts on line 1 is not closed: the text ends before its ']'. Add ']' where the list should end,"
                + " and check that every '{' and '[' has its partner.");
        assertThat(v.withText(tags, "{}").problems().get(tags)).containsExactly("Expecting a JSON array here, e.g. [].");
        FormValues reset = v.with(OptionPath.dotted("replicas"), IntNode.valueOf(5)).reset(OptionPath.dotted("replicas"));
        assertThat(reset.options(FormValues.OptionsMode.CHANGED)).isEmpty();
        FormValues loaded = v.withOptions(InstallFormTest.json("{\"service\": {\"cpus\": 2, \"nope\": 1}, \"replicas\": 3}"));
        assertThat(loaded.options(FormValues.OptionsMode.CHANGED).toString()).isEqualTo("{\"service\":{\"cpus\":2}}");
        FormField standalone = FormField.of(SCHEMA.option(OptionPath.dotted("service.count")).orElseThrow());
        assertThat(standalone.widget()).isEqualTo(WidgetKind.INTEGER);
        assertThat(standalone.parse("1.5").problemMessage()).contains("Expecting a whole number here, e.g. 4.");
        assertThat(form.field(OptionPath.dotted("service.level")).orElseThrow().choices()).extracting(c -> c.asText())
                .isEqualTo(List.of("INFO", "DEBUG"));
    }
}

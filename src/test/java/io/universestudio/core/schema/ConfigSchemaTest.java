package io.universestudio.core.schema;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.RevisionFile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigSchemaTest {

    private static final String CONFIG = """
            {
              "type": "object",
              "properties": {
                "service": {
                  "description": "Service settings",
                  "type": "object",
                  "properties": {
                    "name": {
                      "description": "The name of the service",
                      "type": "string",
                      "default": "hello"
                    },
                    "cpus": {
                      "type": "number",
                      "default": 0.5,
                      "x-custom": [1, 2]
                    }
                  },
                  "required": ["name", "cpus"]
                },
                "node": {
                  "type": "object",
                  "properties": {
                    "count": {"type": "integer", "default": 3, "minimum": 1}
                  }
                }
              }
            }
            """;

    private static ConfigSchema schema() {
        return ConfigSchema.parse(CONFIG).orElseThrow();
    }

    @Test
    void readsTheOptionsTreeWithItsAttributes() {
        ConfigSchema s = schema();
        assertThat(s.root().children()).extracting(ConfigOption::name).containsExactly("service", "node");
        ConfigOption name = s.option(OptionPath.of("service", "name")).orElseThrow();
        assertThat(name.type()).contains(OptionType.STRING);
        assertThat(name.description()).contains("The name of the service");
        assertThat(name.defaultValue()).contains(TextNode.valueOf("hello"));
        assertThat(name.required()).isTrue();
        assertThat(name.path().pointer()).isEqualTo("/properties/service/properties/name");
        ConfigOption cpus = s.option(OptionPath.dotted("service.cpus")).orElseThrow();
        assertThat(cpus.otherKeywords().fieldNames()).toIterable().containsExactly("x-custom");
        assertThat(s.option(OptionPath.dotted("node.count")).orElseThrow().minimum()).contains(BigDecimal.ONE);
        assertThat(s.allOptions()).extracting(o -> o.path().dotted())
                .containsExactly("service", "service.name", "service.cpus", "node", "node.count");
        assertThat(s.issues()).isEmpty();
    }

    @Test
    void anEditChangesOnlyTheTextOfWhatItEdits() {
        ConfigSchema s = schema();
        ConfigSchema edited = s.setDescription(OptionPath.dotted("service.name"), "Name shown in DC/OS").schema();
        assertThat(edited.text()).isEqualTo(CONFIG.replace("The name of the service", "Name shown in DC/OS"));
        // Inline arrays stay inline, and untouched keywords keep their layout.
        ConfigSchema enumAdded = s.setEnum(OptionPath.dotted("node.count"), List.of(IntNode.valueOf(1), IntNode.valueOf(3))).schema();
        assertThat(enumAdded.text()).contains("\"count\": {\"type\": \"integer\", \"default\": 3, \"enum\": [1, 3], \"minimum\": 1}");
        assertThat(enumAdded.text().replace(", \"enum\": [1, 3]", "")).isEqualTo(CONFIG);
    }

    @Test
    void addRemoveRenameKeepRequiredConsistent() {
        ConfigSchema s = schema();
        EditResult renamed = s.rename(OptionPath.dotted("service.name"), "service_name");
        assertThat(renamed.applied()).isTrue();
        assertThat(renamed.selection()).isEqualTo(OptionPath.dotted("service.service_name"));
        ConfigSchema r = renamed.schema();
        assertThat(r.option(OptionPath.dotted("service")).orElseThrow().requiredNames()).containsExactly("service_name", "cpus");
        assertThat(r.text()).isEqualTo(CONFIG.replace("\"name\": {", "\"service_name\": {")
                .replace("[\"name\", \"cpus\"]", "[\"service_name\", \"cpus\"]"));

        ConfigSchema removed = r.remove(OptionPath.dotted("service.cpus")).schema();
        assertThat(removed.option(OptionPath.dotted("service")).orElseThrow().requiredNames()).containsExactly("service_name");
        ConfigSchema none = removed.setRequired(OptionPath.dotted("service.service_name"), false).schema();
        assertThat(none.tree().path("properties").path("service").has("required")).isFalse();

        EditResult added = none.add(OptionPath.dotted("service"), "mem", OptionType.NUMBER);
        assertThat(added.selection()).isEqualTo(OptionPath.dotted("service.mem"));
        ConfigSchema withMem = added.schema();
        assertThat(withMem.option(OptionPath.dotted("service")).orElseThrow().children())
                .extracting(ConfigOption::name).containsExactly("service_name", "mem");
        assertThat(withMem.text()).contains("        },\n        \"mem\": {\n          \"type\": \"number\"\n        }\n      }\n");
        assertThat(reparsed(withMem)).isEqualTo(JsonText.pretty(withMem.tree()));
    }

    @Test
    void refusalsAreResultsWithPlainMessages() {
        ConfigSchema s = schema();
        assertThat(s.rename(OptionPath.dotted("service.name"), "cpus").refusal())
                .contains("\"cpus\" is already an option of service; choose another name.");
        assertThat(s.add(OptionPath.dotted("service.name"), "x", OptionType.STRING).refusal().orElseThrow())
                .contains("make it an object");
        assertThat(s.add(OptionPath.ROOT, "a.b", OptionType.STRING).refusal().orElseThrow()).contains("dot");
        assertThat(s.remove(OptionPath.dotted("nope")).refusal()).contains("There is no option nope.");
        assertThat(s.move(OptionPath.dotted("service"), OptionPath.dotted("service"), 0).refusal())
                .contains("An option cannot be moved into itself.");
        EditResult refused = s.remove(OptionPath.ROOT);
        assertThat(refused.applied()).isFalse();
        assertThat(refused.schema()).isSameAs(s);
    }

    @Test
    void duplicateAndMoveReorderAndReparent() {
        ConfigSchema s = schema();
        EditResult dup = s.duplicate(OptionPath.dotted("service.name"));
        assertThat(dup.selection()).isEqualTo(OptionPath.dotted("service.name_copy"));
        assertThat(dup.schema().option(OptionPath.dotted("service")).orElseThrow().children())
                .extracting(ConfigOption::name).containsExactly("name", "name_copy", "cpus");
        assertThat(dup.schema().option(OptionPath.dotted("service.name_copy")).orElseThrow().required()).isTrue();
        assertThat(dup.schema().duplicate(OptionPath.dotted("service.name")).selection().name()).isEqualTo("name_copy2");

        ConfigSchema reordered = s.move(OptionPath.dotted("service.cpus"), OptionPath.dotted("service"), 0).schema();
        assertThat(reordered.option(OptionPath.dotted("service")).orElseThrow().children())
                .extracting(ConfigOption::name).containsExactly("cpus", "name");
        // A move within one object keeps the moved member's text as it was.
        assertThat(reordered.text()).contains("\"x-custom\": [1, 2]");

        EditResult moved = s.move(OptionPath.dotted("service.cpus"), OptionPath.dotted("node"), 0);
        ConfigSchema m = moved.schema();
        assertThat(moved.selection()).isEqualTo(OptionPath.dotted("node.cpus"));
        assertThat(m.option(OptionPath.dotted("node")).orElseThrow().children()).extracting(ConfigOption::name)
                .containsExactly("cpus", "count");
        assertThat(m.option(OptionPath.dotted("node.cpus")).orElseThrow().required()).isTrue();
        assertThat(m.option(OptionPath.dotted("service")).orElseThrow().requiredNames()).containsExactly("name");
        assertThat(ConfigSchema.parse(m.text()).orElseThrow().tree().toString()).isEqualTo(m.tree().toString());
    }

    @Test
    void otherKeywordsSurviveEditsAndCanBeSet() {
        ConfigSchema s = schema().setType(OptionPath.dotted("service.cpus"), OptionType.INTEGER).schema();
        assertThat(s.option(OptionPath.dotted("service.cpus")).orElseThrow().otherKeywords().toString())
                .isEqualTo("{\"x-custom\":[1,2]}");
        ConfigSchema t = s.setOther(OptionPath.ROOT, "$schema", TextNode.valueOf("http://json-schema.org/schema#")).schema();
        assertThat(t.root().otherKeywords().path("$schema").asText()).isEqualTo("http://json-schema.org/schema#");
        assertThat(t.setAdditionalProperties(OptionPath.ROOT, BooleanNode.FALSE).schema().root().additionalProperties())
                .contains(BooleanNode.FALSE);
    }

    @Test
    void mediaHintsAndKeywordChecks() {
        ConfigSchema s = schema().setMedia(OptionPath.dotted("service.name"), MediaHint.YAML_BASE64).schema();
        ConfigOption name = s.option(OptionPath.dotted("service.name")).orElseThrow();
        assertThat(name.media().orElseThrow().kind()).isEqualTo(MediaHint.Kind.YAML);
        assertThat(name.media().orElseThrow().base64()).isTrue();
        assertThat(s.text()).contains("\"media\": {\n            \"binaryEncoding\": \"base64\",\n            \"type\": \"application/x-yaml\"\n          }");

        ConfigSchema bad = s.setPattern(OptionPath.dotted("service.name"), "^(a|b").schema()
                .setMinimum(OptionPath.dotted("node.count"), new BigDecimal("5"))
                .schema().setMaximum(OptionPath.dotted("node.count"), new BigDecimal("2")).schema();
        assertThat(bad.issues()).extracting(OptionIssue::message).anySatisfy(m -> assertThat(m)
                .startsWith("The pattern is not a valid regular expression: Unclosed group"))
                .contains("The minimum is larger than the maximum.", "Default: Must be at least 5.", "Default: Must be at most 2.");
        ConfigSchema wrongDefault = schema().setDefault(OptionPath.dotted("node.count"), TextNode.valueOf("3")).schema();
        assertThat(wrongDefault.issues()).extracting(OptionIssue::message)
                .containsExactly("Default: Expecting a whole number here, e.g. 4.");
    }

    @Test
    void anUneditedDocumentKeepsItsTextAndRevision() {
        JsonDocument doc = JsonDocument.ofText(RevisionFile.CONFIG, CONFIG);
        ConfigSchema s = ConfigSchema.of(doc).orElseThrow();
        assertThat(s.text()).isSameAs(doc.text());
        assertThat(ConfigSchema.parse("[1]")).isEmpty();
        assertThat(ConfigSchema.parse("{")).isEmpty();
        assertThat(ConfigSchema.blank().add(OptionPath.ROOT, "service", OptionType.OBJECT).schema().text()).isEqualTo("""
                {
                  "type": "object",
                  "properties": {
                    "service": {
                      "type": "object",
                      "properties": {}
                    }
                  }
                }
                """);
    }

    @Test
    void filesInOtherStylesKeepTheirStyleWhereEdited() {
        String py2 = "{\r\n    \"properties\": {\r\n        \"a\": {\r\n            \"type\": \"string\", \r\n"
                + "            \"default\": \"x\"\r\n        }\r\n    }, \r\n    \"type\": \"object\"\r\n}";
        ConfigSchema s = ConfigSchema.parse(py2).orElseThrow();
        ConfigSchema added = s.add(OptionPath.ROOT, "b", OptionType.BOOLEAN).schema();
        assertThat(added.text()).isEqualTo("{\r\n    \"properties\": {\r\n        \"a\": {\r\n            \"type\": \"string\", \r\n"
                + "            \"default\": \"x\"\r\n        }, \r\n        \"b\": {\r\n            \"type\": \"boolean\"\r\n        }\r\n"
                + "    }, \r\n    \"type\": \"object\"\r\n}");
    }

    private static String reparsed(ConfigSchema s) {
        return JsonText.pretty(ConfigSchema.parse(s.text()).orElseThrow().tree());
    }
}

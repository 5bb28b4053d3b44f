package io.universestudio.ui.editor.config;

import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.schema.OptionPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the pointers of config.json problems land in the options form. */
class OptionTargetTest {

    private final ConfigSchema schema = ConfigSchema.parse("""
            {
              "type": "object",
              "properties": {
                "service": {
                  "type": "object",
                  "properties": {"cpus": {"type": "number", "default": 1}, "user": {"type": "string"}},
                  "required": ["cpus", "user"]
                }
              }
            }
            """).orElseThrow();

    @Test
    void aKeywordOfAnOptionIsThatOptionAndItsField() {
        assertThat(OptionTarget.of(schema, "/properties/service/properties/cpus/default"))
                .isEqualTo(new OptionTarget(OptionPath.of("service", "cpus"), "default"));
        assertThat(OptionTarget.of(schema, "#/properties/service/properties/cpus/minimum"))
                .isEqualTo(new OptionTarget(OptionPath.of("service", "cpus"), "minimum"));
        assertThat(OptionTarget.of(schema, "/properties/service/properties/user"))
                .isEqualTo(new OptionTarget(OptionPath.of("service", "user"), ""));
    }

    @Test
    void anEntryOfARequiredListIsTheOptionItNames() {
        assertThat(OptionTarget.of(schema, "/properties/service/required/1"))
                .isEqualTo(new OptionTarget(OptionPath.of("service", "user"), "required"));
        assertThat(OptionTarget.of(schema, "/properties/service/required"))
                .isEqualTo(new OptionTarget(OptionPath.of("service"), "required"));
    }

    @Test
    void whatTheFormDoesNotHaveLandsOnTheNearestOptionItHas() {
        assertThat(OptionTarget.of(schema, "/properties/service/properties/gone/default"))
                .isEqualTo(new OptionTarget(OptionPath.of("service"), ""));
        assertThat(OptionTarget.of(schema, "")).isEqualTo(new OptionTarget(OptionPath.ROOT, ""));
        assertThat(OptionTarget.of(schema, "/type")).isEqualTo(new OptionTarget(OptionPath.ROOT, "type"));
        assertThat(OptionTarget.of(schema, null)).isEqualTo(new OptionTarget(OptionPath.ROOT, ""));
    }
}

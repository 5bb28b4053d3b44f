package io.universestudio.core.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigReferenceTest {

    @Test
    void listsEveryOptionWithEscapedCells() {
        ConfigSchema s = ConfigSchema.parse("""
                {"type": "object", "properties": {
                  "service": {"type": "object", "description": "Service", "properties": {
                    "name": {"type": "string", "default": "a|b", "description": "Use <b>bold</b> | pipes\\nand lines"},
                    "tick": {"type": "string", "default": "x`y"}
                  }, "required": ["name"]}
                }}
                """).orElseThrow();
        assertThat(ConfigReference.markdown(s)).isEqualTo("""
                | Path | Type | Default | Description |
                |---|---|---|---|
                | `service` | object |  | Service |
                | `service.name` | string (required) | `"a\\|b"` | Use &lt;b&gt;bold&lt;/b&gt; \\| pipes<br>and lines |
                | `service.tick` | string | ``"x`y"`` |  |
                """);
    }

    @Test
    void codeSpansHoldBackticksAndLongDefaultsAreCut() {
        assertThat(ConfigReference.code("`a``")).isEqualTo("``` `a`` ```");
        ConfigSchema s = ConfigSchema.parse("{\"properties\": {\"y\": {\"type\": \"string\", \"default\": \"" + "A".repeat(300) + "\"}}}").orElseThrow();
        assertThat(ConfigReference.markdown(s)).contains("`\"" + "A".repeat(119) + "… (302 characters)`");
    }
}

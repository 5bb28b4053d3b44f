package io.universestudio.core.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The compile cache: one compiled template per template text, compile errors kept as results. */
class TemplateCompilerTest {

    @Test
    void compiledTemplatesAreReusedByText() {
        TemplateCompiler compiler = new TemplateCompiler();
        TemplateCompiler.Compiled first = compiler.compile("{\"a\": {{x}}}");
        assertThat(compiler.compile("{\"a\": {{x}}}")).isSameAs(first);
        assertThat(compiler.compile("{\"a\": {{y}}}")).isNotSameAs(first);
        TemplateCompiler.Compiled broken = compiler.compile("{{#open}}");
        assertThat(broken.ok()).isFalse();
        assertThat(broken.error()).contains("open");
    }
}

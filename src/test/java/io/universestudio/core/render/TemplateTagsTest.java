package io.universestudio.core.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tag scanner behind the source map and the lints, and the compile cache. */
class TemplateTagsTest {

    @Test
    void findsEveryKindOfTagWithItsPlace() {
        String t = "{\n  \"a\": \"{{x}}\", {{{y}}} {{& z}}\n{{#s}}{{^t}}{{.}}{{/t}}{{/s}}{{! note }}{{> p}}";
        TemplateTags tags = TemplateTags.scan(t);
        assertThat(tags.all()).extracting(TemplateTag::kind).containsExactly(TemplateTag.Kind.VARIABLE,
                TemplateTag.Kind.UNESCAPED, TemplateTag.Kind.UNESCAPED, TemplateTag.Kind.SECTION, TemplateTag.Kind.INVERTED,
                TemplateTag.Kind.VARIABLE, TemplateTag.Kind.CLOSE, TemplateTag.Kind.CLOSE, TemplateTag.Kind.COMMENT,
                TemplateTag.Kind.PARTIAL);
        assertThat(tags.all()).extracting(TemplateTag::name).containsExactly("x", "y", "z", "s", "t", ".", "t", "s", "", "p");
        TemplateTag x = tags.all().get(0);
        assertThat(x.start().line()).isEqualTo(2);
        assertThat(x.start().column()).isEqualTo(9);
        assertThat(t.substring(x.startOffset(), x.endOffset())).isEqualTo("{{x}}");
        TemplateTag s = tags.all().get(3);
        assertThat(t.substring(s.startOffset(), s.blockEnd())).isEqualTo("{{#s}}{{^t}}{{.}}{{/t}}{{/s}}");
        assertThat(tags.at(t.indexOf("{{.}}")).orElseThrow().name()).isEqualTo(".");
        assertThat(tags.at(t.indexOf("{{^t}}")).orElseThrow().kind()).isEqualTo(TemplateTag.Kind.INVERTED);
    }

    @Test
    void followsSetDelimiterTags() {
        String t = "{{=<% %>=}}<% a %> {{not}} <%#b%><%/b%>";
        assertThat(TemplateTags.scan(t).all()).extracting(TemplateTag::name).containsExactly("", "a", "b", "b");
    }

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

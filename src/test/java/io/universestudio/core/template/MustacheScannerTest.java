package io.universestudio.core.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MustacheScannerTest {

    @Test
    void findsEveryKindOfTagWithRangesAndPlaces() {
        String t = "{\n  \"id\": \"{{service.name}}\", {{{ raw }}} {{&amp}} {{! note }}\n"
                + "{{#a.b}}x{{/a.b}}{{^c}}{{.}}{{/c}}}";
        TemplateStructure s = MustacheScanner.scan(t);
        assertThat(s.tags()).extracting(TemplateTag::kind).containsExactly(TemplateTag.Kind.VARIABLE,
                TemplateTag.Kind.UNESCAPED, TemplateTag.Kind.UNESCAPED, TemplateTag.Kind.COMMENT,
                TemplateTag.Kind.SECTION, TemplateTag.Kind.CLOSE, TemplateTag.Kind.INVERTED, TemplateTag.Kind.VARIABLE,
                TemplateTag.Kind.CLOSE);
        assertThat(s.tags()).extracting(TemplateTag::name)
                .containsExactly("service.name", "raw", "amp", "note", "a.b", "a.b", "c", ".", "c");
        TemplateTag name = s.tags().get(0);
        assertThat(t.substring(name.startOffset(), name.endOffset())).isEqualTo("{{service.name}}");
        assertThat(t.substring(name.nameStart(), name.nameEnd())).isEqualTo("service.name");
        assertThat(name.start().line()).isEqualTo(2);
        assertThat(name.start().column()).isEqualTo(10);
        TemplateTag raw = s.tags().get(1);
        assertThat(raw.text()).isEqualTo("{{{ raw }}}");
        assertThat(raw.display()).isEqualTo("{{{ raw }}}");
        TemplateTag section = s.tags().get(4);
        assertThat(t.substring(section.startOffset(), section.blockEnd())).isEqualTo("{{#a.b}}x{{/a.b}}");
        assertThat(s.sections()).hasSize(2).allMatch(MustacheSection::closed);
        assertThat(s.matching(s.tags().get(4))).contains(s.tags().get(5));
        assertThat(s.matching(s.tags().get(5))).contains(s.tags().get(4));
        assertThat(s.problems()).isEmpty();
        assertThat(s.tagAt(t.indexOf("a.b"))).contains(s.tags().get(4));
        assertThat(s.tagAt(t.indexOf("x{{"))).isEmpty();
        assertThat(s.enclosing(t.indexOf("x{{"))).extracting(sec -> sec.open().name()).containsExactly("a.b");
    }

    @Test
    void reportsUnclosedMismatchedAndStrayClosingTagsWithPositions() {
        String t = "{{#a}}\n{{#b}}\n{{/a}}\n{{/z}}\n{{^open}}";
        TemplateStructure s = MustacheScanner.scan(t);
        assertThat(s.problems()).extracting(TemplateProblem::kind).containsExactly(
                TemplateProblem.Kind.UNCLOSED_SECTION, TemplateProblem.Kind.MISMATCHED_CLOSE,
                TemplateProblem.Kind.UNEXPECTED_CLOSE, TemplateProblem.Kind.UNCLOSED_SECTION);
        assertThat(s.problems()).allMatch(TemplateProblem::fatal);
        assertThat(s.problems().get(0).start()).isEqualTo(t.indexOf("{{#b}}"));
        assertThat(s.problems().get(0).message()).isEqualTo("The section {{#b}} is not closed before {{/a}} on line 3.");
        assertThat(s.problems().get(1).message()).isEqualTo("{{/a}} comes before {{/b}}: the section opened on line 2 must be closed first.");
        assertThat(s.problems().get(2).message()).isEqualTo("{{/z}} closes nothing: no section z is open here.");
        assertThat(s.problems().get(3).message()).isEqualTo("The section {{^open}} is never closed: add {{/open}} where it ends.");
        assertThat(s.sections()).filteredOn(sec -> sec.open().name().equals("a")).allMatch(MustacheSection::closed);
    }

    @Test
    void handlesSetDelimitersUnterminatedTagsAndPartials() {
        String t = "{{=<% %>=}}<%name%> {{literal}} <%={{ }}=%>{{> part}} {{x";
        TemplateStructure s = MustacheScanner.scan(t);
        assertThat(s.tags()).extracting(TemplateTag::name).containsExactly("<% %>", "name", "{{ }}", "part", "x");
        assertThat(s.problems()).extracting(TemplateProblem::kind)
                .containsExactly(TemplateProblem.Kind.UNSUPPORTED, TemplateProblem.Kind.UNTERMINATED_TAG);
        assertThat(s.tags().get(1).display()).isEqualTo("<%name%>");
        assertThat(MustacheScanner.scan("{{}}").problems()).extracting(TemplateProblem::kind, TemplateProblem::fatal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TemplateProblem.Kind.EMPTY_TAG, true));
    }

    /*
     * The cases the two scanners this one replaced disagreed on (ADR 0095). mustache.java reads the sigil
     * before it trims, knows pragmas, and after a delimiter change reads a triple mustache by dropping the
     * name's last character.
     */

    @Test
    void aSpaceBeforeTheSigilMakesAVariableNamedWithTheSigil() {
        TemplateStructure s = MustacheScanner.scan("{{ #s}}x{{/s}}");
        assertThat(s.tags().get(0).kind()).isEqualTo(TemplateTag.Kind.VARIABLE);
        assertThat(s.tags().get(0).name()).isEqualTo("#s");
        assertThat(s.tags().get(0).display()).isEqualTo("{{ #s}}");
        // So the {{/s}} closes nothing, and mustache.java refuses the template for that very reason.
        assertThat(s.problems()).extracting(TemplateProblem::kind).containsExactly(TemplateProblem.Kind.UNEXPECTED_CLOSE);
        assertThat(MustacheJavaParse.of("{{ #s}}x{{/s}}").compiles()).isFalse();
        assertThat(MustacheJavaParse.of("{{ #s}}").events()).containsExactly("value:#s");
    }

    @Test
    void percentIsAPragma() {
        TemplateStructure s = MustacheScanner.scan("a{{%x y}}b");
        assertThat(s.tags()).extracting(TemplateTag::kind, TemplateTag::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TemplateTag.Kind.PRAGMA, "x y"));
        assertThat(s.problems()).extracting(TemplateProblem::kind, TemplateProblem::fatal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TemplateProblem.Kind.UNSUPPORTED, false));
        assertThat(MustacheJavaParse.of("a{{%x y}}b").events()).containsExactly("pragma:x y");
    }

    @Test
    void tripleBracesAfterADelimiterChangeAreAnUnescapedValue() {
        String t = "{{=<% %>=}}<%{x}%> <%{ y }%>";
        TemplateStructure s = MustacheScanner.scan(t);
        assertThat(s.tags()).extracting(TemplateTag::kind, TemplateTag::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TemplateTag.Kind.DELIMITERS, "<% %>"),
                org.assertj.core.groups.Tuple.tuple(TemplateTag.Kind.UNESCAPED, "x"),
                org.assertj.core.groups.Tuple.tuple(TemplateTag.Kind.UNESCAPED, "y "));
        assertThat(s.tags().get(1).text()).isEqualTo("<%{x}%>");
        assertThat(s.problems()).isEmpty();
        assertThat(MustacheJavaParse.of(t).events()).containsExactly("value:x", "value:y ");
    }

    @Test
    void mustacheJavaBlocksOpenSectionsThatTheirClosingTagEnds() {
        TemplateStructure s = MustacheScanner.scan("{{$b}}{{#s}}{{/s}}{{/b}}{{?c}}{{/c}}");
        assertThat(s.sections()).hasSize(3).allMatch(MustacheSection::closed);
        assertThat(s.problems()).extracting(TemplateProblem::fatal).containsExactly(false, false);
    }

    /** Each template scans to the very calls mustache.java's parser makes, and fails exactly where it throws. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{{ #s}}", "{{%x}}", "{{=<% %>=}}<%{x}%>", "{{=<% %>=}}<%{ x } %>", "{{{x}}}", "{{{ x }}}", "{{& x }}",
        "{{{x}}", "{{{x}} }", "{{x", "{{", "{{}}", "{{ }}", "{{#a}}x{{/a", "{{!never closed", "{{&x",
        "{{#a}}{{#b}}{{/a}}{{/b}}", "{{/a}}", "{{#a}}", "{{^a}}{{.}}{{/a}}", "{{# a }}{{/a}}", "{{#a}}{{/ a}}",
        "{{=a b=}}a x b", "{{=a=}}", "{{=<% %>= }}<%x%>", "{{=<%% %%>=}}<%%x%%>", "{{=[ ]=}}[x][#s][/s]",
        "{{=| |=}}|{x|", "{{=<% }}=}}<%{x}}", "{x{{y}}}", "{{a}b}}", "{{a\nb}}", "{{ x }}{{{y}}}}",
        "{{!a}}{{>p}}{{%p a b}}{{$b}}{{/b}}{{?c}}{{/c}}{{<d}}{{/d}}", "{{=<% %>=}}<%={{ }}=%>{{x}}",
        "{{#a}}{{=<% %>=}}<%/a%>", "{{\r\n#a}}", "{{ \t}}", "{{#}}{{/}}"
    })
    void readsTagsExactlyAsMustacheJavaDoes(String template) {
        TemplateStructure s = MustacheScanner.scan(template);
        MustacheJavaParse reference = MustacheJavaParse.of(template);
        assertThat(MustacheJavaParse.parserWouldFail(s)).as("fails: " + reference.error() + " / " + s.problems())
                .isEqualTo(!reference.compiles());
        if (reference.compiles()) {
            assertThat(MustacheJavaParse.eventsOf(s)).isEqualTo(reference.events());
        }
    }
}

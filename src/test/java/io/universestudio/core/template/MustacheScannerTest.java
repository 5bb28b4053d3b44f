package io.universestudio.core.template;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MustacheScannerTest {

    @Test
    void findsEveryKindOfTagWithRanges() {
        String t = "{\"id\": \"{{service.name}}\", {{{ raw }}} {{&amp}} {{! note }}{{#a.b}}x{{/a.b}}{{^c}}y{{/c}}}";
        TemplateStructure s = MustacheScanner.scan(t);
        assertThat(s.tags()).extracting(MustacheTag::kind).containsExactly(TagKind.VARIABLE, TagKind.UNESCAPED,
                TagKind.UNESCAPED, TagKind.COMMENT, TagKind.SECTION, TagKind.CLOSE, TagKind.INVERTED, TagKind.CLOSE);
        MustacheTag name = s.tags().get(0);
        assertThat(name.name()).isEqualTo("service.name");
        assertThat(t.substring(name.start(), name.end())).isEqualTo("{{service.name}}");
        assertThat(t.substring(name.nameStart(), name.nameEnd())).isEqualTo("service.name");
        MustacheTag raw = s.tags().get(1);
        assertThat(raw.name()).isEqualTo("raw");
        assertThat(t.substring(raw.start(), raw.end())).isEqualTo("{{{ raw }}}");
        assertThat(s.sections()).hasSize(2).allMatch(MustacheSection::closed);
        assertThat(s.matching(s.tags().get(4))).contains(s.tags().get(5));
        assertThat(s.matching(s.tags().get(5))).contains(s.tags().get(4));
        assertThat(s.problems()).isEmpty();
        assertThat(s.tagAt(t.indexOf("a.b"))).contains(s.tags().get(4));
        assertThat(s.tagAt(t.indexOf("x"))).isEmpty();
        assertThat(s.enclosing(t.indexOf("x"))).extracting(sec -> sec.open().name()).containsExactly("a.b");
    }

    @Test
    void reportsUnclosedMismatchedAndStrayClosingTagsWithPositions() {
        String t = "{{#a}}\n{{#b}}\n{{/a}}\n{{/z}}\n{{^open}}";
        TemplateStructure s = MustacheScanner.scan(t);
        assertThat(s.problems()).extracting(TemplateProblem::kind).containsExactly(
                TemplateProblem.Kind.UNCLOSED_SECTION, TemplateProblem.Kind.MISMATCHED_CLOSE,
                TemplateProblem.Kind.UNEXPECTED_CLOSE, TemplateProblem.Kind.UNCLOSED_SECTION);
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
        assertThat(s.tags()).extracting(MustacheTag::name).containsExactly("<% %>", "name", "{{ }}", "part");
        assertThat(s.problems()).extracting(TemplateProblem::kind)
                .containsExactly(TemplateProblem.Kind.UNSUPPORTED, TemplateProblem.Kind.UNTERMINATED_TAG);
        assertThat(MustacheScanner.scan("{{}}").problems()).extracting(TemplateProblem::kind)
                .containsExactly(TemplateProblem.Kind.EMPTY_TAG);
    }
}

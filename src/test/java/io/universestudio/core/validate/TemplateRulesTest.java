package io.universestudio.core.validate;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateRulesTest {

    private static ValidationReport template(String text) {
        Revision r = Fixtures.valid().withText(RevisionFile.TEMPLATE, text);
        return Fixtures.validate(r);
    }

    @Test
    void aMismatchedEndTagIsReportedAtTheEndTag() {
        ValidationReport report = template("{\n  {{#a}}\n  \"x\": 1\n  {{/b}}\n}");
        assertThat(report.withCode("TEMPLATE-SECTION-MISMATCH")).singleElement().satisfies(p -> {
            assertThat(p.position().line()).isEqualTo(4);
            assertThat(p.position().column()).isEqualTo(3);
            assertThat(p.message()).contains("{{/b}}").contains("{{#a}}");
        });
    }

    @Test
    void anEndTagWithoutSectionIsAMismatch() {
        assertThat(template("{\n}\n{{/a}}").withCode("TEMPLATE-SECTION-MISMATCH")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("never opened"));
    }

    @Test
    void anUnclosedSectionPointsAtItsOpening() {
        ValidationReport report = template("{\n\"a\": 1,\n{{#service.x}}\"b\": 2\n}");
        assertThat(report.withCode("TEMPLATE-UNCLOSED-SECTION")).singleElement().satisfies(p -> {
            assertThat(p.position().line()).isEqualTo(3);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void tagsAreFoundAsMustacheJavaReadsThem() {
        // "{{ #a}}" is a variable named "#a" for mustache.java, so the section left open is the one on line 2.
        ValidationReport report = template("{\n{{#a}}\n\"x\": \"{{ #a}}\"\n}");
        assertThat(report.withCode("TEMPLATE-UNCLOSED-SECTION")).singleElement()
                .satisfies(p -> assertThat(p.position().line()).isEqualTo(2));
        assertThat(template("{{=<% %>=}}{\"a\": \"{{> x}}\",\n\"b\": <%> p%>}").withCode("TEMPLATE-PARTIAL"))
                .singleElement().satisfies(p -> assertThat(p.position().line()).isEqualTo(2));
    }

    @Test
    void partialsAreRefusedWithoutReadingAnything() {
        assertThat(template("{ {{> /etc/passwd}} }").withCode("TEMPLATE-PARTIAL")).hasSize(1);
    }

    @Test
    void brokenTagsAreSyntaxErrors() {
        assertThat(template("{\n\"a\": \"{{ a\"\n}").withCode("TEMPLATE-SYNTAX")).hasSize(1);
        assertThat(template("{\n\"a\": \"{{{a}}\"\n}").withCode("TEMPLATE-SYNTAX")).singleElement()
                .satisfies(p -> assertThat(p.position().line()).isEqualTo(2));
    }

    @Test
    void whatCosmosRendersIsAccepted() {
        // No syntax error: the renderer's lints may still warn (an unused option, a literal "{{" in a string).
        for (String text : new String[] {"{ \"acl\": \"{{ ssl_fc_sni -m end .{hostname} }}\" }",
                "{{=<% %>=}}{ \"a\": \"<%service.name%>\" }", "{ {{! a comment }}\"a\": \"{{& x}}{{.}}\" }"}) {
            ValidationReport report = template(text);
            assertThat(report.withCode("TEMPLATE-SYNTAX")).as(text).isEmpty();
            assertThat(report.hasErrors()).as(text).isFalse();
        }
    }
}

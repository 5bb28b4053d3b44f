package io.universestudio.core.render;

import org.junit.jupiter.api.Test;

import static io.universestudio.core.render.TestPackages.field;
import static io.universestudio.core.render.TestPackages.renderWith;
import static io.universestudio.core.render.TestPackages.text;
import static org.assertj.core.api.Assertions.assertThat;

/** How scope values print (cosmos-rendering.md §1.3, Appendix A1/A2), one rule per test. */
class ValueConversionTest {

    @Test
    void stringsAreJsonEscapedWithoutQuotes() {
        RenderResult r = renderWith("{\"s\": \"a\\\"b\\\\c\\n\\t\\u0001\\u007f é/<\"}", "{\"v\": \"{{s}}\"}");
        assertThat(text(r)).isEqualTo("{\"v\": \"a\\\"b\\\\c\\n\\t\\u0001\\u007f é/<\"}");
        assertThat(field(r, "v").asText()).isEqualTo("a\"b\\c\n\t\u0001\u007f é/<");
    }

    @Test
    void tripleAndAmpersandPrintTheSameAsDouble() {
        RenderResult r = renderWith("{\"s\": \"<a>Foo&Bar\\\"\"}", "{\"a\": \"{{s}}\", \"b\": \"{{{s}}}\", \"c\": \"{{& s}}\"}");
        assertThat(text(r)).isEqualTo("{\"a\": \"<a>Foo&Bar\\\"\", \"b\": \"<a>Foo&Bar\\\"\", \"c\": \"<a>Foo&Bar\\\"\"}");
    }

    @Test
    void stringsInsideArraysKeepTheirQuotes() {
        RenderResult r = renderWith("{\"arr\": [\"a\", \"b\\\"c\"]}", "{\"v\": {{arr}}, \"s\": \"{{#arr}}<{{.}}>{{/arr}}\"}");
        // The section form doubles the quotes, so the text is not JSON: exactly what Cosmos produces.
        assertThat(text(r)).isEqualTo("{\"v\": [\"a\", \"b\\\"c\"], \"s\": \"<\"a\"><\"b\\\"c\">\"}");
        assertThat(r).isInstanceOf(RenderFailure.class);
    }

    @Test
    void wholeNumbersPrintAsIntegersInAnySpelling() {
        RenderResult r = renderWith("{\"a\": 8080, \"b\": 1.0, \"c\": 1e2, \"d\": 1E+2, \"e\": -0, \"f\": 12345678901234567890}",
                "[{{a}}, {{b}}, {{c}}, {{d}}, {{e}}, {{f}}]");
        assertThat(text(r)).isEqualTo("[8080, 1, 100, 100, 0, 12345678901234567890]");
    }

    @Test
    void otherNumbersPrintAsJavaDoubles() {
        RenderResult r = renderWith("{\"a\": 2.5, \"b\": 0.0001, \"c\": 12345678.9}", "[{{a}}, {{b}}, {{c}}]");
        assertThat(text(r)).isEqualTo("[2.5, 1.0E-4, 1.23456789E7]");
    }

    @Test
    void hugeWholeNumberPrintsAllItsDigits() {
        RenderResult r = renderWith("{\"a\": 1.5e300}", "[{{a}}]");
        assertThat(text(r)).hasSize(303).startsWith("[15000");
    }

    @Test
    void arraysPrintAsJavaListsAndObjectsAsJavaMaps() {
        RenderResult r = renderWith("{\"n\": [1, 2.5, true, null], \"nested\": [[\"h\", \"MAX_PER\", \"1\"]], \"o\": {\"k\": \"v\", \"n\": 1}, \"ao\": [{\"k\": \"v\"}]}",
                "{\"n\": {{n}}, \"nested\": {{nested}}, \"o\": \"{{o}}\", \"ao\": \"{{ao}}\"}");
        assertThat(text(r)).isEqualTo("{\"n\": [1, 2.5, true, null], \"nested\": [[\"h\", \"MAX_PER\", \"1\"]], \"o\": \"{k=v, n=1}\", \"ao\": \"[{k=v}]\"}");
    }

    @Test
    void missingAndNullPrintNothing() {
        RenderResult r = renderWith("{\"z\": null, \"o\": {}}", "{\"a\": \"{{missing}}\", \"b\": \"{{o.missing.deeper}}\", \"c\": \"{{z}}\"}");
        assertThat(text(r)).isEqualTo("{\"a\": \"\", \"b\": \"\", \"c\": \"\"}");
    }

    @Test
    void sectionTruthinessFollowsMustacheJava() {
        RenderResult r = renderWith("{\"f\": false, \"e\": \"\", \"l\": [], \"z\": 0, \"sf\": \"false\", \"t\": true, \"o\": {\"x\": 1}}",
                "[\"{{#f}}f{{/f}}{{^f}}!f{{/f}}\", \"{{#e}}e{{/e}}{{^e}}!e{{/e}}\", \"{{#l}}l{{/l}}{{^l}}!l{{/l}}\","
                        + " \"{{#z}}z{{/z}}{{^z}}!z{{/z}}\", \"{{#sf}}sf{{/sf}}\", \"{{#t}}t{{/t}}\", \"{{#o}}{{x}}{{/o}}{{^o}}!o{{/o}}\","
                        + " \"{{#nothing}}n{{/nothing}}{{^nothing}}!n{{/nothing}}\"]");
        assertThat(text(r)).isEqualTo("[\"!f\", \"!e\", \"!l\", \"z\", \"sf\", \"t\", \"1\", \"!n\"]");
    }

    @Test
    void lookupFallsBackToOuterScopesButNullHidesThem() {
        RenderResult r = renderWith("{\"top\": \"T\", \"svc\": {\"name\": \"S\", \"top\": null}, \"other\": {\"name\": \"O\"}}",
                "[\"{{#other}}{{top}}{{/other}}\", \"{{#svc}}[{{top}}]{{/svc}}\", \"{{#other}}{{svc.name}}{{/other}}\"]");
        assertThat(text(r)).isEqualTo("[\"T\", \"[]\", \"S\"]");
    }

    @Test
    void wholeDottedNameIsTriedAsAKeyFirstAndHyphensAreOrdinary() {
        RenderResult r = renderWith("{\"a.b\": \"literal\", \"a\": {\"b\": \"nested\"}, \"x-y\": {\"jre-tar-gz\": \"h\"}}",
                "[\"{{a.b}}\", \"{{x-y.jre-tar-gz}}\", \"{{resource.assets.uris.jre-tar-gz}}\"]");
        assertThat(text(r)).isEqualTo("[\"literal\", \"h\", \"https://example.com/jre.tgz\"]");
    }

    @Test
    void isEmptyWorksOnLists() {
        RenderResult r = renderWith("{\"s\": {\"l\": [], \"m\": [\"x\"]}}",
                "[\"{{^s.l.isEmpty}}L{{/s.l.isEmpty}}\", \"{{^s.m.isEmpty}}M{{/s.m.isEmpty}}\", \"{{s.l.isEmpty}}\"]");
        assertThat(text(r)).isEqualTo("[\"\", \"M\", \"true\"]");
    }

    @Test
    void setDelimitersAndCommentsWork() {
        RenderResult r = renderWith("{\"x\": 1}", "{{! a comment }}{\"a\": {{x}}, {{=<% %>=}}\"b\": <%x%>}");
        assertThat(text(r)).isEqualTo("{\"a\": 1, \"b\": 1}");
    }

    @Test
    void asJsonInsertsTheRawTextOfATopLevelStringAndRendersItAgain() {
        RenderResult r = renderWith("{\"cfg\": \"{\\\"a\\\": [1, 2], \\\"n\\\": \\\"{{name}}\\\"}\", \"name\": \"N\", \"num\": 3}",
                "{\"c\": {{#asJson}}cfg{{/asJson}}, \"spaced\": {{#asJson}} cfg {{/asJson}}, \"num\": {{#asJson}}num{{/asJson}},"
                        + " \"missing\": {{#asJson}}nope{{/asJson}}}");
        assertThat(text(r)).isEqualTo("{\"c\": {\"a\": [1, 2], \"n\": \"N\"}, \"spaced\": null, \"num\": null, \"missing\": null}");
    }
}

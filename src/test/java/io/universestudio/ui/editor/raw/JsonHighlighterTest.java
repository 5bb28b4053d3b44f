package io.universestudio.ui.editor.raw;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonHighlighterTest {

    /** "text=style" for each styled stretch. */
    private static List<String> styled(String text, StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        int pos = 0;
        for (StyleSpan<Collection<String>> s : spans) {
            if (!s.getStyle().isEmpty()) {
                out.add(text.substring(pos, pos + s.getLength()) + "=" + String.join("+", s.getStyle()));
            }
            pos += s.getLength();
        }
        assertThat(pos).isEqualTo(text.length());
        return out;
    }

    @Test
    void keysStringsNumbersAndLiterals() {
        String text = "{\"id\": \"web\", \"cpus\": 0.5, \"on\": true}";
        assertThat(styled(text, new JsonHighlighter(false).highlight(text))).containsExactly(
                "{=json-punct", "\"id\"=json-key", ":=json-punct", "\"web\"=json-string", ",=json-punct",
                "\"cpus\"=json-key", ":=json-punct", "0.5=json-number", ",=json-punct", "\"on\"=json-key",
                ":=json-punct", "true=json-literal", "}=json-punct");
    }

    @Test
    void mustacheTagsAreMarkedInsideStringsAndSectionsApart() {
        String text = "{\"id\": \"{{service.name}}-x\", {{#on}}\"a\": 1{{/on}}}";
        List<String> spans = styled(text, new JsonHighlighter(true).highlight(text));
        assertThat(spans).contains("\"=json-string", "{{service.name}}=mustache-tag", "-x\"=json-string",
                "{{#on}}=mustache-section", "{{/on}}=mustache-section");
    }

    @Test
    void tagsAreTheOnesMustacheJavaReads() {
        // After a delimiter change only the new delimiters make tags; a space before "#" makes a variable.
        String text = "{{=<% %>=}}{\"a\": \"<%name%> {{not}}\", <% #s%><%#on%>1<%/on%>}";
        List<String> spans = styled(text, new JsonHighlighter(true).highlight(text));
        assertThat(spans).contains("<%name%>=mustache-tag", "<% #s%>=mustache-tag", "<%#on%>=mustache-section");
        assertThat(spans).noneMatch(s -> s.startsWith("{{not}}"));
    }

    @Test
    void brokenTextIsColouredAsFarAsItGoes() {
        String text = "{\"a\": \"unterminated\n  {{{x";
        assertThat(styled(text, new JsonHighlighter(true).highlight(text))).isNotEmpty();
        assertThat(styled("", new JsonHighlighter(false).highlight(""))).isEmpty();
    }
}

package io.universestudio.ui.editor.raw;

import io.universestudio.testsupport.Shared;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The part of a restyled text that must be set again: small for a keystroke, and nothing outside it differs. */
class StyleChangeTest {

    private final JsonHighlighter highlighter = new JsonHighlighter(false);

    @Test
    void aLetterTypedInAStringRestylesOnlyAroundIt() throws Exception {
        String before = Files.readString(Shared.revision("D/datastax-dse/700").resolve("config.json"));
        int at = before.indexOf("\"description\": \"") + "\"description\": \"".length();
        String after = before.substring(0, at) + "x" + before.substring(at);

        StyleChange c = changeAndCheck(before, after);

        assertThat(c.start()).isLessThanOrEqualTo(at);
        assertThat(c.end()).isGreaterThanOrEqualTo(at + 1);
        assertThat(c.end() - c.start()).as("restyled characters of %d", after.length()).isLessThan(200);
    }

    @Test
    void anOpenedStringRestylesTheRestButNothingBefore() {
        String before = "{\"a\": \"x\", \"b\": 1, \"c\": true}";
        String after = "{\"a\": \"x, \"b\": 1, \"c\": true}"; // the closing quote deleted: what follows changes colour

        StyleChange c = changeAndCheck(before, after);

        assertThat(c.start()).isLessThanOrEqualTo(8); // "x keeps its string colour
        assertThat(c.end()).isGreaterThan(10);
    }

    @Test
    void noChangeRestylesNothingAndNoHistoryRestylesAll() {
        String text = "{\"a\": [1, 2, \"three\"]}";
        StyleSpans<Collection<String>> spans = highlighter.highlight(text);
        assertThat(StyleChange.between(text, spans, text, spans)).isEqualTo(new StyleChange(text.length(), text.length()));
        assertThat(StyleChange.between(null, null, text, spans)).isEqualTo(StyleChange.all(text.length()));
    }

    @Test
    void aLetterTypedFarFromAMovedUnderlineRestylesTwoSmallPartsAndNothingBetween() {
        String before = "{\"a\": \"x\",\n" + "  \"filler\": 1,\n".repeat(400) + "  \"z\": 2}";
        String after = before.replaceFirst("\"x\"", "\"xy\"");
        int far = before.indexOf("\"z\"");
        StyleSpans<Collection<String>> oldSpans = underline(highlighter.highlight(before), far, far + 3);
        // The underline stays at the same offset while the text moves on by one (a check of the older text).
        StyleSpans<Collection<String>> newSpans = underline(highlighter.highlight(after), far, far + 3);

        List<StyleChange> parts = StyleChange.parts(before, oldSpans, after, newSpans);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).end() - parts.get(0).start()).isLessThan(20);
        assertThat(parts.get(1).start()).isGreaterThan(far - 10);
        assertThat(parts.get(1).end() - parts.get(1).start()).isLessThan(20);
        List<Collection<String>> oldStyles = perCharacter(oldSpans);
        List<Collection<String>> newStyles = perCharacter(newSpans);
        for (int i = parts.get(0).end(); i < parts.get(1).start(); i++) {
            assertThat(newStyles.get(i)).as("style at %d", i).isEqualTo(oldStyles.get(i - 1));
        }
        assertThat(StyleChange.parts(before, oldSpans, before, oldSpans)).isEmpty();
    }

    private static StyleSpans<Collection<String>> underline(StyleSpans<Collection<String>> spans, int from, int to) {
        return spans.overlay(new org.fxmisc.richtext.model.StyleSpansBuilder<Collection<String>>()
                .add(List.of(), from).add(List.of("problem-error"), to - from).add(List.of(), spans.length() - to).create(),
                (a, b) -> b.isEmpty() ? a : b);
    }

    /** The change, after checking that every character outside it keeps the style it had (shifted by the edit). */
    private StyleChange changeAndCheck(String before, String after) {
        StyleSpans<Collection<String>> oldSpans = highlighter.highlight(before);
        StyleSpans<Collection<String>> newSpans = highlighter.highlight(after);
        StyleChange c = StyleChange.between(before, oldSpans, after, newSpans);
        List<Collection<String>> oldStyles = perCharacter(oldSpans);
        List<Collection<String>> newStyles = perCharacter(newSpans);
        int shift = after.length() - before.length();
        for (int i = 0; i < c.start(); i++) {
            assertThat(after.charAt(i)).isEqualTo(before.charAt(i));
            assertThat(newStyles.get(i)).as("style at %d", i).isEqualTo(oldStyles.get(i));
        }
        for (int i = c.end(); i < after.length(); i++) {
            assertThat(after.charAt(i)).isEqualTo(before.charAt(i - shift));
            assertThat(newStyles.get(i)).as("style at %d", i).isEqualTo(oldStyles.get(i - shift));
        }
        return c;
    }

    private static List<Collection<String>> perCharacter(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            for (int i = 0; i < s.getLength(); i++) {
                out.add(s.getStyle());
            }
        }
        return out;
    }
}

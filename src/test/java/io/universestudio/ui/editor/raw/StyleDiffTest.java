package io.universestudio.ui.editor.raw;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StyleDiffTest {

    /** Spans from (length, style) pairs; an empty style is "". */
    private static StyleSpans<Collection<String>> spans(Object... lengthsAndStyles) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (int i = 0; i < lengthsAndStyles.length; i += 2) {
            String style = (String) lengthsAndStyles[i + 1];
            b.add(style.isEmpty() ? List.of() : List.of(style.split(" ")), (Integer) lengthsAndStyles[i]);
        }
        return b.create();
    }

    @Test
    void equalStylingsDifferNowhereEvenWhenSplitDifferently() {
        assertThat(StyleDiff.changed(spans(10, "a", 10, "a"), spans(20, "a"))).isEmpty();
    }

    @Test
    void aMatchAddedInsideAStringIsTheOnlyRangeToRestyle() {
        StyleSpans<Collection<String>> before = spans(100, "", 50, "json-string", 1000, "");
        StyleSpans<Collection<String>> after = spans(100, "", 10, "json-string", 9, "json-string find-match", 31, "json-string", 1000, "");
        assertThat(StyleDiff.changed(before, after)).containsExactly(new StyleDiff.Range(110, 119));
    }

    @Test
    void nearbyChangesJoinAndDistantOnesStaySeparate() {
        StyleSpans<Collection<String>> before = spans(3000, "");
        StyleSpans<Collection<String>> after = spans(10, "", 5, "m", 100, "", 5, "m", 2000, "", 5, "m", 875, "");
        assertThat(StyleDiff.changed(before, after))
                .containsExactly(new StyleDiff.Range(10, 120), new StyleDiff.Range(2120, 2125));
        assertThat(StyleDiff.JOIN_GAP).isLessThan(2000);
    }

    @Test
    void manyScatteredChangesRestyleEverythingInOneCall() {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (int i = 0; i < StyleDiff.MAX_RANGES + 5; i++) {
            b.add(List.of(), StyleDiff.JOIN_GAP + 1000);
            b.add(List.of("m"), 4);
        }
        StyleSpans<Collection<String>> after = b.create();
        StyleSpans<Collection<String>> before = spans(after.length(), "");
        assertThat(StyleDiff.changed(before, after)).containsExactly(new StyleDiff.Range(0, after.length()));
    }

    @Test
    void aChangeOverAQuarterOfTheTextRestylesEverything() {
        assertThat(StyleDiff.changed(spans(1000, ""), spans(100, "", 300, "m", 600, "")))
                .containsExactly(new StyleDiff.Range(0, 1000));
    }

    @Test
    void differentLengthsRestyleEverything() {
        assertThat(StyleDiff.changed(spans(10, ""), spans(12, ""))).containsExactly(new StyleDiff.Range(0, 12));
    }
}

package io.universestudio.ui.editor.raw;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one range where a shown text and the session's differ, and where the caret goes. */
class TextDiffTest {

    @Test
    void aWordChangedInTheMiddleReplacesOnlyThatWord() {
        TextDiff d = TextDiff.between("{\"a\": \"red\", \"b\": 1}", "{\"a\": \"blue\", \"b\": 1}");

        assertThat(d.start()).isEqualTo(7);
        assertThat(d.oldEnd()).isEqualTo(10);
        assertThat(d.replacement()).isEqualTo("blue");
        assertThat(apply("{\"a\": \"red\", \"b\": 1}", d)).isEqualTo("{\"a\": \"blue\", \"b\": 1}");
    }

    @Test
    void repeatedLettersNeverMakeTheRangesOverlap() {
        for (String[] pair : new String[][]{{"aaa", "aa"}, {"aa", "aaaa"}, {"", "xy"}, {"xy", ""}, {"abcabc", "abc"}, {"same", "same"}}) {
            TextDiff d = TextDiff.between(pair[0], pair[1]);
            assertThat(d.start()).isLessThanOrEqualTo(d.oldEnd());
            assertThat(apply(pair[0], d)).as(pair[0] + " -> " + pair[1]).isEqualTo(pair[1]);
        }
        assertThat(TextDiff.between("same", "same").isEmpty()).isTrue();
        assertThat(TextDiff.between("same", "sane").isEmpty()).isFalse();
    }

    @Test
    void theCaretStaysWithItsTextAroundTheChange() {
        TextDiff d = TextDiff.between("0123456789", "01xxxx6789"); // [2, 6) -> "xxxx"

        assertThat(d.caretAfter(1)).as("before").isEqualTo(1);
        assertThat(d.caretAfter(8)).as("after, same growth").isEqualTo(8);
        assertThat(d.caretAfter(4)).as("inside: end of the replacement").isEqualTo(6);
        assertThat(TextDiff.between("0123456789", "0189").caretAfter(9)).as("after a removal").isEqualTo(3);
    }

    private static String apply(String old, TextDiff d) {
        return old.substring(0, d.start()) + d.replacement() + old.substring(d.oldEnd());
    }
}

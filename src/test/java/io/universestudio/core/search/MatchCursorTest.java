package io.universestudio.core.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MatchCursorTest {

    private static final List<TextMatch> MATCHES = List.of(new TextMatch(2, 5), new TextMatch(10, 13), new TextMatch(20, 23));

    @Test
    void nextGoesFromTheCaretAndWrapsAround() {
        assertThat(MatchCursor.next(MATCHES, 0, 0)).isZero();
        assertThat(MatchCursor.next(MATCHES, 2, 2)).isZero(); // a caret at a match's start finds that match
        assertThat(MatchCursor.next(MATCHES, 2, 5)).isEqualTo(1); // the selected match: the one after it
        assertThat(MatchCursor.next(MATCHES, 11, 11)).isEqualTo(2);
        assertThat(MatchCursor.next(MATCHES, 20, 23)).isZero();
        assertThat(MatchCursor.next(MATCHES, 30, 30)).isZero();
    }

    @Test
    void previousGoesBackFromTheCaretAndWrapsAround() {
        assertThat(MatchCursor.previous(MATCHES, 0, 0)).isEqualTo(2);
        assertThat(MatchCursor.previous(MATCHES, 10, 13)).isZero();
        assertThat(MatchCursor.previous(MATCHES, 2, 5)).isEqualTo(2);
        assertThat(MatchCursor.previous(MATCHES, 15, 15)).isEqualTo(1);
    }

    @Test
    void indexOfIsTheSelectedMatchOnly() {
        assertThat(MatchCursor.indexOf(MATCHES, 10, 13)).isEqualTo(1);
        assertThat(MatchCursor.indexOf(MATCHES, 10, 12)).isEqualTo(-1);
        assertThat(MatchCursor.indexOf(MATCHES, 4, 4)).isEqualTo(-1);
    }

    @Test
    void noMatchesGoNowhere() {
        assertThat(MatchCursor.next(List.of(), 0, 0)).isEqualTo(-1);
        assertThat(MatchCursor.previous(List.of(), 0, 0)).isEqualTo(-1);
    }
}

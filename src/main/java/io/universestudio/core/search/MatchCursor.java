package io.universestudio.core.search;

import java.util.List;

/**
 * Walking through matches from the caret, as F3 and Shift+F3 do: the next match starts at or after the
 * caret (or after the selected match), the previous one ends before it; both wrap around.
 */
public final class MatchCursor {

    private MatchCursor() {
    }

    /** The index of the match selected exactly as {@code [selectionStart, selectionEnd)}, or -1. */
    public static int indexOf(List<TextMatch> matches, int selectionStart, int selectionEnd) {
        int i = firstAtOrAfter(matches, selectionStart);
        return i < matches.size() && matches.get(i).start() == selectionStart && matches.get(i).end() == selectionEnd ? i : -1;
    }

    /** The match F3 goes to from a selection (or a caret, where start equals end); -1 when there is none. */
    public static int next(List<TextMatch> matches, int selectionStart, int selectionEnd) {
        if (matches.isEmpty()) {
            return -1;
        }
        int selected = indexOf(matches, selectionStart, selectionEnd);
        if (selected >= 0) {
            return (selected + 1) % matches.size();
        }
        int i = firstAtOrAfter(matches, selectionStart);
        return i < matches.size() ? i : 0;
    }

    /** The match Shift+F3 goes to; -1 when there is none. */
    public static int previous(List<TextMatch> matches, int selectionStart, int selectionEnd) {
        if (matches.isEmpty()) {
            return -1;
        }
        int selected = indexOf(matches, selectionStart, selectionEnd);
        if (selected >= 0) {
            return (selected - 1 + matches.size()) % matches.size();
        }
        int i = firstAtOrAfter(matches, selectionStart) - 1; // the last one starting before the caret
        return i >= 0 ? i : matches.size() - 1;
    }

    /** Binary search: the first match starting at or after {@code offset} ({@code size()} when none). */
    private static int firstAtOrAfter(List<TextMatch> matches, int offset) {
        int lo = 0;
        int hi = matches.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (matches.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

package io.universestudio.ui.editor.raw;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The part of a text whose styles must be set again after an edit or a new highlighting: from the first
 * character whose text or style differs from what was applied to the last one that does (in the new text's
 * offsets). Everything before and after keeps its text and its style, so the area needs no restyling there.
 * Computed off the FX thread, beside the highlighting.
 */
record StyleChange(int start, int end) {

    static StyleChange all(int length) {
        return new StyleChange(0, length);
    }

    /** What changed from {@code oldText} styled with {@code oldSpans} to {@code newText} with {@code newSpans}. */
    static StyleChange between(String oldText, StyleSpans<Collection<String>> oldSpans,
                               String newText, StyleSpans<Collection<String>> newSpans) {
        int newLength = newText.length();
        if (oldText == null || oldSpans == null || oldSpans.length() != oldText.length() || newSpans.length() != newLength) {
            return all(newLength);
        }
        TextDiff diff = TextDiff.between(oldText, newText);
        int start = Math.min(diff.start(), sameStylesFromStart(oldSpans, newSpans));
        int end = Math.max(diff.newEnd(), newLength - sameStylesFromEnd(oldSpans, newSpans));
        start = Math.max(0, Math.min(start, newLength));
        end = Math.max(start, Math.min(end, newLength));
        return new StyleChange(start, end);
    }

    /** Parts closer than this are restyled as one: each call into the area has a cost of its own. */
    static final int JOIN_GAP = 256;

    /**
     * The parts of {@code newText} whose text or style differs from {@code oldText} styled with
     * {@code oldSpans} (compared across the edit, so the text after it is compared with where it was).
     * Typing far above a problem underline restyles the typed word and the underline, not everything
     * between them (17 KB of the template at each key, before).
     */
    static List<StyleChange> parts(String oldText, StyleSpans<Collection<String>> oldSpans,
                                   String newText, StyleSpans<Collection<String>> newSpans) {
        StyleChange bounds = between(oldText, oldSpans, newText, newSpans);
        if (bounds.end() <= bounds.start() || oldText == null || oldSpans == null
                || oldSpans.length() != oldText.length() || newSpans.length() != newText.length()) {
            return bounds.end() > bounds.start() ? List.of(bounds) : List.of();
        }
        int newLength = newText.length();
        int shift = newLength - oldText.length();
        TextDiff edit = TextDiff.between(oldText, newText);
        int editEnd = edit.start() + edit.replacement().length();
        Map<Collection<String>, Integer> ids = new HashMap<>();
        int[] oldStyles = styleIds(oldSpans, ids);
        int[] newStyles = styleIds(newSpans, ids);
        List<StyleChange> out = new ArrayList<>();
        int runStart = -1;
        int lastDiffer = -1;
        for (int i = bounds.start(); i < bounds.end(); i++) {
            boolean differs = i >= edit.start() && i < editEnd
                    || newStyles[i] != oldStyles[i < edit.start() ? i : i - shift];
            if (!differs) {
                continue;
            }
            if (runStart >= 0 && i - lastDiffer > JOIN_GAP) {
                out.add(new StyleChange(runStart, lastDiffer + 1));
                runStart = -1;
            }
            if (runStart < 0) {
                runStart = i;
            }
            lastDiffer = i;
        }
        if (runStart >= 0) {
            out.add(new StyleChange(runStart, lastDiffer + 1));
        }
        return out;
    }

    /** The style of each character, as a number that is the same for equal styles. */
    private static int[] styleIds(StyleSpans<Collection<String>> spans, Map<Collection<String>, Integer> ids) {
        int[] out = new int[spans.length()];
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            int id = ids.computeIfAbsent(span.getStyle(), k -> ids.size());
            java.util.Arrays.fill(out, at, at + span.getLength(), id);
            at += span.getLength();
        }
        return out;
    }

    /** How many characters from the start have the same style in both. */
    private static int sameStylesFromStart(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        int i = 0;
        int j = 0;
        int leftA = a.getSpanCount() > 0 ? a.getStyleSpan(0).getLength() : 0;
        int leftB = b.getSpanCount() > 0 ? b.getStyleSpan(0).getLength() : 0;
        int same = 0;
        while (i < a.getSpanCount() && j < b.getSpanCount()) {
            StyleSpan<Collection<String>> x = a.getStyleSpan(i);
            StyleSpan<Collection<String>> y = b.getStyleSpan(j);
            if (!Objects.equals(x.getStyle(), y.getStyle())) {
                return same;
            }
            int step = Math.min(leftA, leftB);
            same += step;
            leftA -= step;
            leftB -= step;
            if (leftA == 0 && ++i < a.getSpanCount()) {
                leftA = a.getStyleSpan(i).getLength();
            }
            if (leftB == 0 && ++j < b.getSpanCount()) {
                leftB = b.getStyleSpan(j).getLength();
            }
        }
        return same;
    }

    /** How many characters from the end have the same style in both. */
    private static int sameStylesFromEnd(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        int i = a.getSpanCount() - 1;
        int j = b.getSpanCount() - 1;
        int leftA = i >= 0 ? a.getStyleSpan(i).getLength() : 0;
        int leftB = j >= 0 ? b.getStyleSpan(j).getLength() : 0;
        int same = 0;
        while (i >= 0 && j >= 0) {
            if (!Objects.equals(a.getStyleSpan(i).getStyle(), b.getStyleSpan(j).getStyle())) {
                return same;
            }
            int step = Math.min(leftA, leftB);
            same += step;
            leftA -= step;
            leftB -= step;
            if (leftA == 0 && --i >= 0) {
                leftA = a.getStyleSpan(i).getLength();
            }
            if (leftB == 0 && --j >= 0) {
                leftB = b.getStyleSpan(j).getLength();
            }
        }
        return same;
    }
}

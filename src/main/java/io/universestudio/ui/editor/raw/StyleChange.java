package io.universestudio.ui.editor.raw;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

import java.util.Collection;
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
        int oldLength = oldText.length();
        int max = Math.min(oldLength, newLength);
        int prefix = 0;
        while (prefix < max && oldText.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && oldText.charAt(oldLength - 1 - suffix) == newText.charAt(newLength - 1 - suffix)) {
            suffix++;
        }
        int start = Math.min(prefix, sameStylesFromStart(oldSpans, newSpans));
        int end = Math.max(newLength - suffix, newLength - sameStylesFromEnd(oldSpans, newSpans));
        start = Math.max(0, Math.min(start, newLength));
        end = Math.max(start, Math.min(end, newLength));
        return new StyleChange(start, end);
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

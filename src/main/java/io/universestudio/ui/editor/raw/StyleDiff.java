package io.universestudio.ui.editor.raw;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Where two stylings of the same text differ, as few ranges: a narrow search or a fixed problem changes a
 * few words of a 148 KB file, and setting only those keeps the FX thread free. Each call to set styles
 * costs the FX thread about as much as a few thousand characters (FindHighlightBenchmark), so ranges
 * closer than {@link #JOIN_GAP} are joined, and past {@link #MAX_RANGES} ranges, or a quarter of the text,
 * the whole text is set in one call instead.
 */
final class StyleDiff {

    /** A range {@code [start, end)} to restyle. */
    record Range(int start, int end) {
    }

    static final int JOIN_GAP = 1024;
    static final int MAX_RANGES = 8;

    private StyleDiff() {
    }

    /** The ranges where {@code before} and {@code after} (of texts of equal length) differ; empty if none. */
    static List<Range> changed(StyleSpans<Collection<String>> before, StyleSpans<Collection<String>> after) {
        if (before.length() != after.length()) {
            return List.of(new Range(0, after.length()));
        }
        List<Range> out = new ArrayList<>();
        Iterator<StyleSpan<Collection<String>>> a = before.iterator();
        Iterator<StyleSpan<Collection<String>>> b = after.iterator();
        StyleSpan<Collection<String>> sa = a.hasNext() ? a.next() : null;
        StyleSpan<Collection<String>> sb = b.hasNext() ? b.next() : null;
        int pos = 0;
        int leftA = sa == null ? 0 : sa.getLength();
        int leftB = sb == null ? 0 : sb.getLength();
        while (sa != null && sb != null) {
            int step = Math.min(leftA, leftB);
            if (step > 0 && !sa.getStyle().equals(sb.getStyle())) {
                add(out, pos, pos + step);
            }
            pos += step;
            leftA -= step;
            leftB -= step;
            if (leftA == 0) {
                sa = a.hasNext() ? a.next() : null;
                leftA = sa == null ? 0 : sa.getLength();
            }
            if (leftB == 0) {
                sb = b.hasNext() ? b.next() : null;
                leftB = sb == null ? 0 : sb.getLength();
            }
        }
        int covered = out.stream().mapToInt(r -> r.end() - r.start()).sum();
        if (out.size() > MAX_RANGES || covered > after.length() / 4) {
            return List.of(new Range(0, after.length())); // scattered or broad: one call for the whole text is cheaper
        }
        return out;
    }

    private static void add(List<Range> out, int start, int end) {
        if (!out.isEmpty() && start - out.get(out.size() - 1).end() <= JOIN_GAP) {
            Range last = out.remove(out.size() - 1);
            out.add(new Range(last.start(), end));
        } else {
            out.add(new Range(start, end));
        }
    }
}

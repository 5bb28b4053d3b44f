package io.universestudio.core.json;

import java.util.Arrays;

/** Line starts of a text, so an offset turns into line and column in O(log n). CRLF counts as one break. */
public final class LineIndex {

    private final int[] lineStarts;
    private final int length;

    public LineIndex(String text) {
        int[] starts = new int[64];
        int count = 1;
        // Every JSON file read is indexed: String.indexOf scans its bytes, far faster than charAt per char.
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = text.length();
    }

    public TextPosition position(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int i = Arrays.binarySearch(lineStarts, clamped);
        int line = i >= 0 ? i : -i - 2;
        return new TextPosition(line + 1, clamped - lineStarts[line] + 1, clamped);
    }

    /** The offset of a 1-based line and column, clamped to the text. */
    public int offset(int line, int column) {
        int l = Math.max(1, Math.min(line, lineStarts.length)) - 1;
        return Math.min(length, lineStarts[l] + Math.max(0, column - 1));
    }

    public int lineCount() {
        return lineStarts.length;
    }
}

package io.universestudio.core.json;

import java.util.Arrays;

/** Line starts of a text, so an offset turns into line and column in O(log n). CRLF counts as one break. */
public final class LineIndex {

    private final int[] lineStarts;
    private final int length;

    public LineIndex(CharSequence text) {
        int[] starts = new int[64];
        int count = 1;
        // Every JSON file read is indexed: String.indexOf scans its bytes, far faster than charAt per char.
        String string = text instanceof String s ? s : null;
        int length = text.length();
        for (int i = next(text, string, 0, length); i < length; i = next(text, string, i + 1, length)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = length;
    }

    /** The offset of the next line feed from {@code from}, or {@code length} when there is none. */
    private static int next(CharSequence text, String string, int from, int length) {
        if (string != null) {
            int at = string.indexOf('\n', from);
            return at < 0 ? length : at;
        }
        int i = from;
        while (i < length && text.charAt(i) != '\n') {
            i++;
        }
        return i;
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

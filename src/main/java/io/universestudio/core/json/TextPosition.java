package io.universestudio.core.json;

/**
 * A place in a text: 1-based line and column (in characters, as editors count them) and the 0-based
 * character offset.
 */
public record TextPosition(int line, int column, int offset) {

    public static final TextPosition START = new TextPosition(1, 1, 0);

    /** Computes line and column for one offset in {@code text}; for many, use {@link LineIndex}. */
    public static TextPosition ofOffset(CharSequence text, int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < clamped; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, clamped - lineStart + 1, clamped);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}

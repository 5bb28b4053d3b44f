package io.universestudio.core.render;

import java.io.Reader;

/**
 * A string read by one thread, with mark and reset: what mustache.java's parser needs. Its parser reads a
 * template a character at a time, and {@link java.io.StringReader} takes a lock and checks that it is open on
 * every call: about a third of the compile time of a whole-corpus {@code validate} (743 templates).
 */
final class UnsharedStringReader extends Reader {

    private final String text;
    private int next;
    private int mark;

    UnsharedStringReader(String text) {
        this.text = text;
    }

    @Override
    public int read() {
        return next < text.length() ? text.charAt(next++) : -1;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (next >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - next);
        text.getChars(next, next + n, buffer, offset);
        next += n;
        return n;
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    /** The whole text stays readable, so any read-ahead limit holds. */
    @Override
    public void mark(int readAheadLimit) {
        mark = next;
    }

    @Override
    public void reset() {
        next = mark;
    }

    @Override
    public long skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("skip value is negative");
        }
        int skipped = (int) Math.max(0, Math.min(n, text.length() - next));
        next += skipped;
        return skipped;
    }

    @Override
    public void close() {
        // Nothing to release; reading after close is harmless, as the parser never does it.
    }
}

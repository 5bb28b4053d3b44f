package io.universestudio.core.json;

/** A half-open character range [start, end) of a text, with the position of its start. */
public record TextRange(TextPosition start, int endOffset) {

    public int startOffset() {
        return start.offset();
    }

    public boolean contains(int offset) {
        return offset >= start.offset() && offset < endOffset;
    }

    public int length() {
        return endOffset - start.offset();
    }
}

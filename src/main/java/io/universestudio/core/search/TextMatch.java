package io.universestudio.core.search;

/** One match: the characters {@code [start, end)} of the text searched. */
public record TextMatch(int start, int end) {

    public int length() {
        return end - start;
    }
}

package io.universestudio.core.json;

import java.util.Objects;

/**
 * Why a JSON text could not be read, in the project's own words, and where.
 *
 * @param message   what is missing or unexpected, naming the line ("a comma is missing after line 3 ...")
 * @param position  where to look and fix it: for a missing comma or colon, just after the text it must
 *                  follow; for a stray comma, the comma; otherwise where reading stopped
 * @param hint      what to do about it
 * @param kind      what kind of mistake it is
 * @param stoppedAt where the reader stopped (the unexpected character, or the end of the text)
 */
public record JsonSyntaxProblem(String message, TextPosition position, String hint, Kind kind, TextPosition stoppedAt) {

    /** The kinds of mistake the reader tells apart. */
    public enum Kind {
        MISSING_COMMA, MISSING_COLON, TRAILING_COMMA, EXTRA_COMMA, MISSING_VALUE, UNQUOTED_KEY, SINGLE_QUOTES,
        NOT_A_VALUE, BAD_NUMBER, UNCLOSED_STRING, CONTROL_CHARACTER, BAD_ESCAPE, UNCLOSED, WRONG_CLOSER,
        NOTHING_TO_CLOSE, COMMENT, TRAILING_TEXT, EMPTY, BYTE_ORDER_MARK, TOO_DEEP, TOO_LONG, UNEXPECTED;

        /** A separator is missing between two pieces of text that are each fine. */
        public boolean missingSeparator() {
            return this == MISSING_COMMA || this == MISSING_COLON;
        }
    }

    public JsonSyntaxProblem {
        Objects.requireNonNull(message);
        Objects.requireNonNull(position);
        hint = hint == null ? "" : hint;
        kind = kind == null ? Kind.UNEXPECTED : kind;
        stoppedAt = stoppedAt == null ? position : stoppedAt;
    }

    /** A problem with no finer description (where reading stopped is where to look). */
    public JsonSyntaxProblem(String message, TextPosition position) {
        this(message, position, "", Kind.UNEXPECTED, position);
    }

    /** The message and the hint as sentences a person reads on their own: "A comma is missing ... Add ...". */
    public String sentence() {
        String m = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return m + "." + (hint.isEmpty() ? "" : " " + hint);
    }

    /**
     * The offset of the character responsible: for a missing separator, the last character of the text
     * before the gap (what produced it is what needs the separator); otherwise the problem's own place.
     */
    public int culpritOffset() {
        return kind.missingSeparator() ? Math.max(0, position.offset() - 1) : position.offset();
    }
}

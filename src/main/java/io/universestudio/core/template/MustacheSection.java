package io.universestudio.core.template;

import java.util.Optional;

/** A section: its opening tag ({@code #} or {@code ^}) and its closing tag, absent when it is never closed. */
public record MustacheSection(MustacheTag open, MustacheTag close) {

    public Optional<MustacheTag> closeTag() {
        return Optional.ofNullable(close);
    }

    public boolean closed() {
        return close != null;
    }

    /** The range the section's body covers, from after the opening tag to before the closing one (or the end). */
    public boolean encloses(int offset, int textLength) {
        int end = close != null ? close.start() : textLength;
        return offset >= open.end() && offset <= end;
    }
}

package io.universestudio.core.template;

import java.util.Optional;

/**
 * A section: its opening tag ({@code #}, {@code ^} or a mustache.java block) and its closing tag, absent
 * when it is never closed.
 */
public record MustacheSection(TemplateTag open, TemplateTag close) {

    public Optional<TemplateTag> closeTag() {
        return Optional.ofNullable(close);
    }

    public boolean closed() {
        return close != null;
    }

    /** The range the section's body covers, from after the opening tag to before the closing one (or the end). */
    public boolean encloses(int offset, int textLength) {
        int end = close != null ? close.startOffset() : textLength;
        return offset >= open.endOffset() && offset <= end;
    }
}

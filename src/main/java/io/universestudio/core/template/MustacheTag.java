package io.universestudio.core.template;

/**
 * One tag of a template: its kind, its trimmed name, the range of the whole tag [start, end) and of the
 * name [nameStart, nameEnd), as character offsets into the template text.
 */
public record MustacheTag(TagKind kind, String name, int start, int end, int nameStart, int nameEnd) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** True when {@code offset} is on the name (its end included, where a caret typing it sits). */
    public boolean onName(int offset) {
        return offset >= nameStart && offset <= nameEnd;
    }
}

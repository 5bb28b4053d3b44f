package io.universestudio.core.template;

/**
 * Something that keeps a template from compiling (or that Cosmos cannot render), at a character range,
 * with a plain message. The editor puts a gutter mark at {@code start}.
 */
public record TemplateProblem(Kind kind, int start, int end, String message) {

    public enum Kind {
        /** A section opened and never closed. */
        UNCLOSED_SECTION,
        /** A closing tag with no open section of that name. */
        UNEXPECTED_CLOSE,
        /** A closing tag whose name is not the innermost open section's (sections closed in the wrong order). */
        MISMATCHED_CLOSE,
        /** {@code {{} without its closing delimiter. */
        UNTERMINATED_TAG,
        /** A tag that needs a name and has none. */
        EMPTY_TAG,
        /** A partial or an extension that Cosmos cannot render. */
        UNSUPPORTED
    }
}

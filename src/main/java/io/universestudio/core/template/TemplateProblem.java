package io.universestudio.core.template;

/**
 * Something that keeps a template from compiling, or that Cosmos or other mustache tools cannot render,
 * at a character range, with a plain message. The editor puts a gutter mark at {@code start} of the fatal ones.
 *
 * @param fatal true when Cosmos cannot compile the template because of it (mustache.java throws, or Cosmos
 *              refuses the construct); false for what compiles but deserves a warning
 */
public record TemplateProblem(Kind kind, int start, int end, String message, boolean fatal) {

    public enum Kind {
        /** A section opened and never closed. */
        UNCLOSED_SECTION,
        /** A closing tag with no open section of that name. */
        UNEXPECTED_CLOSE,
        /** A closing tag whose name is not the innermost open section's (sections closed in the wrong order). */
        MISMATCHED_CLOSE,
        /** An opening delimiter without its closing one, or {@code {{{x}}} without the third brace. */
        UNTERMINATED_TAG,
        /** {@code {{}}} (mustache.java refuses it) or a tag that needs a name and has none. */
        EMPTY_TAG,
        /** A set-delimiter tag that does not give exactly two delimiters. */
        INVALID_DELIMITERS,
        /** A partial, template inheritance (Cosmos refuses both) or another mustache.java extension. */
        UNSUPPORTED
    }
}

package io.universestudio.core.template;

/** The kinds of mustache tags, by the character after the opening delimiter. */
public enum TagKind {
    /** {@code {{x}}}: prints x (Cosmos does not HTML-escape, so it prints the same as triple braces). */
    VARIABLE,
    /** {@code {{{x}}}} or {@code {{& x}}}. */
    UNESCAPED,
    /** {@code {{#x}}}. */
    SECTION,
    /** {@code {{^x}}}. */
    INVERTED,
    /** {@code {{/x}}}. */
    CLOSE,
    /** {@code {{! ...}}}. */
    COMMENT,
    /** {@code {{> x}}}: unsupported by Cosmos (cosmos-rendering.md section 1.2). */
    PARTIAL,
    /** {@code {{=<% %>=}}}. */
    SET_DELIMITERS,
    /** mustache.java extensions ({@code {{<x}}}, {@code {{$x}}}, {@code {{?x}}}): not portable. */
    EXTENSION;

    /** Tags whose name is a variable path looked up in the scope. */
    public boolean readsVariable() {
        return this == VARIABLE || this == UNESCAPED || this == SECTION || this == INVERTED || this == CLOSE;
    }

    public boolean opensSection() {
        return this == SECTION || this == INVERTED;
    }
}

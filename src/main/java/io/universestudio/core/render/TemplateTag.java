package io.universestudio.core.render;

import io.universestudio.core.json.TextPosition;

/**
 * One mustache tag in a template: what it is, the name it looks up, and where it sits.
 *
 * @param kind       what the tag does
 * @param name       the trimmed name ({@code service.name}); empty for comments and delimiter changes
 * @param start      where the tag's opening delimiter starts
 * @param endOffset  just after its closing delimiter
 * @param closeStart for a section, where its closing {@code {{/name}}} tag starts; else -1
 * @param closeEnd   for a section, just after its closing tag; else -1
 */
public record TemplateTag(Kind kind, String name, TextPosition start, int endOffset, int closeStart, int closeEnd) {

    /** The kinds of tag mustache.java knows. */
    public enum Kind {
        /** {@code {{x}}}. */
        VARIABLE,
        /** {@code {{{x}}}} or {@code {{& x}}}: the same as {@code {{x}}} in Cosmos, which turns HTML escaping off. */
        UNESCAPED,
        /** {@code {{#x}}}. */
        SECTION,
        /** {@code {{^x}}}. */
        INVERTED,
        /** {@code {{/x}}}. */
        CLOSE,
        /** {@code {{! ...}}}. */
        COMMENT,
        /** {@code {{> x}}}. */
        PARTIAL,
        /** {@code {{=<% %>=}}}. */
        DELIMITERS,
        /** mustache.java extensions: {@code {{<x}}}, {@code {{$x}}}, {@code {{?x}}}, {@code {{%x}}}. */
        EXTENSION
    }

    public int startOffset() {
        return start.offset();
    }

    public boolean isValue() {
        return kind == Kind.VARIABLE || kind == Kind.UNESCAPED;
    }

    public boolean isSection() {
        return kind == Kind.SECTION || kind == Kind.INVERTED;
    }

    /** The end of the whole construct: the closing tag for a section, else the tag itself. */
    public int blockEnd() {
        return closeEnd >= 0 ? closeEnd : endOffset;
    }

    /** How the tag is written, for messages: {@code {{#service.enabled}}}. */
    public String display() {
        return switch (kind) {
            case VARIABLE -> "{{" + name + "}}";
            case UNESCAPED -> "{{{" + name + "}}}";
            case SECTION -> "{{#" + name + "}}";
            case INVERTED -> "{{^" + name + "}}";
            case CLOSE -> "{{/" + name + "}}";
            case COMMENT -> "{{! }}";
            case PARTIAL -> "{{> " + name + "}}";
            case DELIMITERS -> "{{= =}}";
            case EXTENSION -> "{{" + name + "}}";
        };
    }
}

package io.universestudio.core.template;

import io.universestudio.core.json.TextPosition;

/**
 * One mustache tag of a template as mustache.java's parser reads it (see {@link MustacheScanner}): what it
 * is, the name mustache.java looks up, and where it sits. Rendering, the source map, the lints and the
 * template editor all use this one type.
 *
 * @param kind       what the tag does
 * @param name       the name exactly as mustache.java receives it ({@code service.name}; for {@code {{ #s}}}
 *                   it is {@code #s}, because mustache.java reads the sigil before trimming)
 * @param text       the tag as written, delimiters included (up to the end of the template when unterminated)
 * @param start      where the tag's opening delimiter starts
 * @param nameStart  where the name starts in the template
 * @param nameEnd    just after the name
 * @param closeStart for a section, where its closing {@code {{/name}}} tag starts; else -1
 * @param closeEnd   for a section, just after its closing tag; else -1
 */
public record TemplateTag(Kind kind, String name, String text, TextPosition start, int nameStart, int nameEnd,
                          int closeStart, int closeEnd) {

    /** How long a tag may be before messages show it shortened. */
    private static final int DISPLAY_LIMIT = 80;

    /** The kinds of tag mustache.java 0.9 knows, by the character right after the opening delimiter. */
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
        /** {@code {{> x}}}: Cosmos refuses partials. */
        PARTIAL,
        /** {@code {{=<% %>=}}}. */
        DELIMITERS,
        /** {@code {{%x}}}: a mustache.java pragma; unknown ones are ignored and print nothing. */
        PRAGMA,
        /** {@code {{<x}}...{{/x}}}: mustache.java template inheritance, which Cosmos refuses. */
        PARENT,
        /** {@code {{$x}}...{{/x}}}: a mustache.java block. */
        BLOCK,
        /** {@code {{?x}}...{{/x}}}: a mustache.java name check. */
        CHECK;

        /** Tags whose name is a variable path looked up in the scope. */
        public boolean readsVariable() {
            return this == VARIABLE || this == UNESCAPED || this == SECTION || this == INVERTED || this == CLOSE;
        }

        /** Tags that mustache.java compiles as a block ending at a matching {@code {{/name}}}. */
        public boolean opensSection() {
            return this == SECTION || this == INVERTED || this == PARENT || this == BLOCK || this == CHECK;
        }

        /** mustache.java's own additions, which other mustache implementations do not know. */
        public boolean isExtension() {
            return this == PRAGMA || this == PARENT || this == BLOCK || this == CHECK;
        }
    }

    public int startOffset() {
        return start.offset();
    }

    /** Just after the tag's closing delimiter. */
    public int endOffset() {
        return start.offset() + text.length();
    }

    /** A tag that prints a value. */
    public boolean isValue() {
        return kind == Kind.VARIABLE || kind == Kind.UNESCAPED;
    }

    /** A mustache section ({@code #} or {@code ^}) over a value. */
    public boolean isSection() {
        return kind == Kind.SECTION || kind == Kind.INVERTED;
    }

    /** The end of the whole construct: the closing tag for a section, else the tag itself. */
    public int blockEnd() {
        return closeEnd >= 0 ? closeEnd : endOffset();
    }

    public boolean contains(int offset) {
        return offset >= startOffset() && offset < endOffset();
    }

    /** True when {@code offset} is on the name (its end included, where a caret typing it sits). */
    public boolean onName(int offset) {
        return offset >= nameStart && offset <= nameEnd;
    }

    /** How the tag is written, for messages: {@code {{#service.enabled}}}, shortened when long or multi-line. */
    public String display() {
        int cut = text.indexOf('\n');
        if (cut < 0 && text.length() <= DISPLAY_LIMIT) {
            return text;
        }
        int end = Math.min(cut < 0 ? text.length() : cut, DISPLAY_LIMIT);
        return text.substring(0, end).stripTrailing() + "\u2026";
    }

    /** The same tag naming {@code other} instead, written as it would be (for "did you mean" messages). */
    public TemplateTag withName(String other) {
        int from = nameStart - startOffset();
        String written = text.substring(0, from) + other + text.substring(nameEnd - startOffset());
        return new TemplateTag(kind, other, written, start, nameStart, nameStart + other.length(), closeStart, closeEnd);
    }

    /** The same tag with its section closed by the tag at [closeStart, closeEnd). */
    TemplateTag closedBy(TemplateTag close) {
        return new TemplateTag(kind, name, text, start, nameStart, nameEnd, close.startOffset(), close.endOffset());
    }
}

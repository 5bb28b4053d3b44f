package io.universestudio.ui.editor.raw;

import io.universestudio.core.template.MustacheScanner;
import io.universestudio.core.template.TemplateTag;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Colours JSON text in one linear pass (no regular expressions, so a 148 KB file takes a few
 * milliseconds). With {@code mustache} on, the template's tags (as {@link MustacheScanner} reads them, set
 * delimiters included) keep their own colour anywhere, inside strings too. Broken text is coloured as far as it goes; nothing throws.
 */
public final class JsonHighlighter {

    public static final String KEY = "json-key";
    public static final String STRING = "json-string";
    public static final String NUMBER = "json-number";
    public static final String LITERAL = "json-literal";
    public static final String PUNCTUATION = "json-punct";
    public static final String TAG = "mustache-tag";
    public static final String SECTION = "mustache-section";

    private final boolean mustache;

    public JsonHighlighter(boolean mustache) {
        this.mustache = mustache;
    }

    public StyleSpans<Collection<String>> highlight(String text) {
        Spans spans = new Spans();
        Tags tags = new Tags(mustache ? MustacheScanner.scan(text).tags() : List.of());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            TemplateTag tag = tags.startingAt(i);
            if (tag != null) {
                spans.add(tagClass(tag), i, tag.endOffset());
                i = tag.endOffset();
            } else if (c == '"') {
                i = string(text, i, spans, tags);
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                int end = i + 1;
                while (end < n && "0123456789.eE+-".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                spans.add(NUMBER, i, end);
                i = end;
            } else if (Character.isLetter(c)) {
                int end = i + 1;
                while (end < n && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                if (word.equals("true") || word.equals("false") || word.equals("null")) {
                    spans.add(LITERAL, i, end);
                }
                i = end;
            } else if ("{}[]:,".indexOf(c) >= 0) {
                spans.add(PUNCTUATION, i, i + 1);
                i++;
            } else {
                i++;
            }
        }
        return spans.build(n);
    }

    /** Colours a string starting at {@code start}; tags inside it keep their own colour. */
    private int string(String text, int start, Spans spans, Tags known) {
        int n = text.length();
        int i = start + 1;
        int segment = start;
        List<TemplateTag> tags = new java.util.ArrayList<>();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '"' || c == '\n') {
                i++;
                break;
            }
            TemplateTag tag = known.startingAt(i);
            if (tag != null) {
                tags.add(tag);
                i = tag.endOffset();
                continue;
            }
            i++;
        }
        int end = Math.min(i, n);
        String cls = isKey(text, end) ? KEY : STRING;
        for (TemplateTag tag : tags) {
            spans.add(cls, segment, tag.startOffset());
            spans.add(tagClass(tag), tag.startOffset(), tag.endOffset());
            segment = tag.endOffset();
        }
        spans.add(cls, segment, end);
        return end;
    }

    private static boolean isKey(String text, int after) {
        int i = after;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':';
    }

    private static String tagClass(TemplateTag tag) {
        return tag.kind().opensSection() || tag.kind() == TemplateTag.Kind.CLOSE ? SECTION : TAG;
    }

    /** The template's tags as mustache.java reads them, met in text order as the colouring moves on. */
    private static final class Tags {
        private final List<TemplateTag> tags;
        private int next;

        Tags(List<TemplateTag> tags) {
            this.tags = tags;
        }

        /** The tag that starts at {@code offset}, or null; offsets must not go back. */
        TemplateTag startingAt(int offset) {
            while (next < tags.size() && tags.get(next).startOffset() < offset) {
                next++;
            }
            return next < tags.size() && tags.get(next).startOffset() == offset ? tags.get(next) : null;
        }
    }

    /** Collects styled ranges in order, filling gaps with no style. */
    private static final class Spans {
        private final StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        private int position;
        private boolean any;

        void add(String style, int from, int to) {
            if (to <= from || from < position) {
                return;
            }
            if (from > position) {
                builder.add(Collections.emptyList(), from - position);
            }
            builder.add(Collections.singletonList(style), to - from);
            position = to;
            any = true;
        }

        StyleSpans<Collection<String>> build(int length) {
            if (length > position || !any) {
                builder.add(Collections.emptyList(), Math.max(0, length - position));
            }
            return builder.create();
        }
    }
}

package io.universestudio.ui.editor.raw;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Colours JSON text in one linear pass (no regular expressions, so a 148 KB file takes a few
 * milliseconds). With {@code mustache} on, {@code {{...}}} tags are recognised anywhere, inside strings
 * too, as in a Marathon template. Broken text is coloured as far as it goes; nothing throws.
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
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int tagEnd = mustache ? tagEnd(text, i) : -1;
            if (tagEnd > 0) {
                spans.add(tagClass(text, i), i, tagEnd);
                i = tagEnd;
            } else if (c == '"') {
                i = string(text, i, spans);
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
    private int string(String text, int start, Spans spans) {
        int n = text.length();
        int i = start + 1;
        int segment = start;
        List<int[]> tags = mustache ? new java.util.ArrayList<>() : List.of();
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
            int tagEnd = mustache ? tagEnd(text, i) : -1;
            if (tagEnd > 0) {
                tags.add(new int[]{i, tagEnd});
                i = tagEnd;
                continue;
            }
            i++;
        }
        int end = Math.min(i, n);
        String cls = isKey(text, end) ? KEY : STRING;
        for (int[] tag : tags) {
            spans.add(cls, segment, tag[0]);
            spans.add(tagClass(text, tag[0]), tag[0], tag[1]);
            segment = tag[1];
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

    /** The end of a mustache tag starting at {@code i}, or -1 when none starts there. */
    private static int tagEnd(String text, int i) {
        if (!text.startsWith("{{", i)) {
            return -1;
        }
        boolean triple = text.startsWith("{{{", i);
        int close = text.indexOf(triple ? "}}}" : "}}", i + 2);
        if (close < 0) {
            return -1;
        }
        return close + (triple ? 3 : 2);
    }

    private static String tagClass(String text, int i) {
        char kind = i + 2 < text.length() ? text.charAt(i + 2) : ' ';
        return kind == '#' || kind == '/' || kind == '^' ? SECTION : TAG;
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

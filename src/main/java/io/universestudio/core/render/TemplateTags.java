package io.universestudio.core.render;

import io.universestudio.core.json.LineIndex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The tags of a template with their places, found by a small scanner that follows mustache's rules
 * (default {@code {{ }}} delimiters, set-delimiter tags, triple mustaches). It does not render anything:
 * the source map and the template lints use it to point at the tag behind a value.
 */
public final class TemplateTags {

    private final List<TemplateTag> tags;

    private TemplateTags(List<TemplateTag> tags) {
        this.tags = Collections.unmodifiableList(tags);
    }

    public static TemplateTags scan(String template) {
        LineIndex lines = new LineIndex(template);
        List<TemplateTag> out = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        String sm = "{{";
        String em = "}}";
        int i = 0;
        while (true) {
            int start = template.indexOf(sm, i);
            if (start < 0) {
                break;
            }
            int contentStart = start + sm.length();
            boolean triple = sm.equals("{{") && template.startsWith("{", contentStart);
            String closer = triple ? "}" + em : em;
            int close = template.indexOf(closer, triple ? contentStart + 1 : contentStart);
            if (close < 0) {
                break;
            }
            int end = close + closer.length();
            String content = template.substring(triple ? contentStart + 1 : contentStart, close);
            TemplateTag.Kind kind;
            String name;
            if (triple) {
                kind = TemplateTag.Kind.UNESCAPED;
                name = content.trim();
            } else {
                String trimmed = content.trim();
                char c = trimmed.isEmpty() ? ' ' : trimmed.charAt(0);
                kind = switch (c) {
                    case '#' -> TemplateTag.Kind.SECTION;
                    case '^' -> TemplateTag.Kind.INVERTED;
                    case '/' -> TemplateTag.Kind.CLOSE;
                    case '!' -> TemplateTag.Kind.COMMENT;
                    case '>' -> TemplateTag.Kind.PARTIAL;
                    case '=' -> TemplateTag.Kind.DELIMITERS;
                    case '&' -> TemplateTag.Kind.UNESCAPED;
                    case '<', '$', '?', '%' -> TemplateTag.Kind.EXTENSION;
                    default -> TemplateTag.Kind.VARIABLE;
                };
                name = switch (kind) {
                    case VARIABLE -> trimmed;
                    case COMMENT, DELIMITERS -> "";
                    case EXTENSION -> trimmed;
                    default -> trimmed.substring(1).trim();
                };
                if (kind == TemplateTag.Kind.DELIMITERS && trimmed.endsWith("=") && trimmed.length() > 2) {
                    String[] parts = trimmed.substring(1, trimmed.length() - 1).trim().split("\\s+");
                    if (parts.length == 2) {
                        sm = parts[0];
                        em = parts[1];
                    }
                }
            }
            int index = out.size();
            out.add(new TemplateTag(kind, name, lines.position(start), end, -1, -1));
            if (kind == TemplateTag.Kind.SECTION || kind == TemplateTag.Kind.INVERTED) {
                open.push(index);
            } else if (kind == TemplateTag.Kind.CLOSE && !open.isEmpty()) {
                int opening = open.pop();
                TemplateTag o = out.get(opening);
                out.set(opening, new TemplateTag(o.kind(), o.name(), o.start(), o.endOffset(), start, end));
            }
            i = end;
        }
        return new TemplateTags(out);
    }

    public List<TemplateTag> all() {
        return tags;
    }

    /** The innermost tag or section whose text contains {@code offset}. */
    public Optional<TemplateTag> at(int offset) {
        TemplateTag best = null;
        for (TemplateTag t : tags) {
            if (offset >= t.startOffset() && offset < t.blockEnd()
                    && (best == null || t.blockEnd() - t.startOffset() < best.blockEnd() - best.startOffset())) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }
}

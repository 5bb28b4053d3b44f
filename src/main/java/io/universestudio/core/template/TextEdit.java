package io.universestudio.core.template;

import java.util.Comparator;
import java.util.List;

/** Replace [start, end) of a text with {@code replacement}; {@code line} (1-based) is for showing it. */
public record TextEdit(int start, int end, String replacement, int line, String before) {

    /** {@code text} with every edit applied (edits must not overlap). */
    public static String applyAll(String text, List<TextEdit> edits) {
        StringBuilder out = new StringBuilder(text);
        edits.stream().sorted(Comparator.comparingInt(TextEdit::start).reversed())
                .forEach(e -> out.replace(e.start(), e.end(), e.replacement()));
        return out.toString();
    }
}

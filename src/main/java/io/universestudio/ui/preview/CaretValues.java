package io.universestudio.ui.preview;

import io.universestudio.core.json.JsonLocations;
import io.universestudio.core.json.TextRange;
import io.universestudio.core.render.SourceMap;
import io.universestudio.core.template.TemplateTag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * For each value tag of a rendered template, where the values it printed are in the preview's text: what
 * the preview highlights while the template's caret is on the tag. Built off the FX thread after each
 * render; a look-up is a tree-map floor, cheap enough for every caret move.
 */
public final class CaretValues {

    /** Before any render, or after a failed one: no tag has a value to show. */
    public static final CaretValues NONE = new CaretValues(new TreeMap<>(), null);

    /** A tag and the ranges of the preview's text holding what it printed (several inside a loop). */
    public record Printed(TemplateTag tag, List<TextRange> shown) {
    }

    private final NavigableMap<Integer, Printed> byTagStart;
    private final String template;

    private CaretValues(NavigableMap<Integer, Printed> byTagStart, String template) {
        this.byTagStart = byTagStart;
        this.template = template;
    }

    /**
     * @param map      the render's source map (by JSON pointer of the rendered app)
     * @param shown    where each JSON pointer's value is in the text the preview shows
     * @param template the template text that was rendered
     */
    public static CaretValues of(SourceMap map, JsonLocations shown, String template) {
        Map<Integer, List<TextRange>> ranges = new TreeMap<>();
        Map<Integer, TemplateTag> tags = new TreeMap<>();
        for (SourceMap.Entry e : map.entries()) {
            TemplateTag tag = e.tag();
            shown.value(e.outputPointer()).ifPresent(r -> {
                List<TextRange> list = ranges.computeIfAbsent(tag.startOffset(), k -> new ArrayList<>());
                if (!list.contains(r)) {
                    list.add(r);
                }
                tags.put(tag.startOffset(), tag);
            });
        }
        NavigableMap<Integer, Printed> out = new TreeMap<>();
        ranges.forEach((start, list) -> {
            list.sort(java.util.Comparator.comparingInt(TextRange::startOffset));
            out.put(start, new Printed(tags.get(start), Collections.unmodifiableList(list)));
        });
        return new CaretValues(out, template);
    }

    /**
     * What the tag at {@code caret} printed: the caret inside the tag or just after it. Empty when no value
     * tag is there, or when {@code current} (the editor's text now) is not the text that was rendered at
     * that tag, so the offsets would point at the wrong values.
     */
    public java.util.Optional<Printed> at(int caret, TemplateText current) {
        Map.Entry<Integer, Printed> floor = byTagStart.floorEntry(caret);
        if (floor == null || template == null) {
            return java.util.Optional.empty();
        }
        TemplateTag tag = floor.getValue().tag();
        if (caret > tag.endOffset() || current.length() != template.length()
                || !current.text(tag.startOffset(), tag.endOffset()).equals(tag.text())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(floor.getValue());
    }

    /** How many tags have a value in the preview. */
    public int size() {
        return byTagStart.size();
    }

    /** The editor's text, read only where needed (a CodeArea builds its whole text on each getText()). */
    public interface TemplateText {
        int length();

        String text(int start, int end);
    }
}

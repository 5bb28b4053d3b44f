package io.universestudio.core.render;

import io.universestudio.core.template.TemplateTag;

/**
 * A stretch of the rendered text that one template tag produced.
 *
 * @param tag           the tag (a value, or a whole section for the text its body produced)
 * @param outputStart   where it starts in the rendered text
 * @param outputEnd     just after it (equal to the start when the tag printed nothing)
 * @param scopePointer  JSON pointer into the render scope (options with {@code resource}) of the value the
 *                      tag looked up, e.g. {@code /service/name}; null when it found nothing
 */
public record RenderedRegion(TemplateTag tag, int outputStart, int outputEnd, String scopePointer) {

    public boolean contains(int offset) {
        return offset >= outputStart && offset < outputEnd;
    }

    public int length() {
        return outputEnd - outputStart;
    }
}

package io.universestudio.core.json;

/**
 * How a syntax message names the line of a place in the text it read: "line 3" for a file, "template
 * line 3" for text a template rendered (the place it came from in the template).
 */
@FunctionalInterface
public interface LineNames {

    /** The words for the line holding {@code offset}, e.g. "line 3". */
    String of(int offset);

    /** "line N" of {@code text} itself. */
    static LineNames of(String text) {
        LineIndex lines = new LineIndex(text);
        return offset -> "line " + lines.position(offset).line();
    }
}

package io.universestudio.core.render;

import io.universestudio.core.template.MustacheScanner;
import io.universestudio.core.template.TemplateStructure;
import io.universestudio.core.template.TemplateTag;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How deeply a template nests its sections, counted as mustache.java's parser recurses: every tag that
 * opens a block ({@code {{#x}}}, {@code {{^x}}}, {@code {{$x}}}, ...) opens a level until a closing tag,
 * closed or not.
 *
 * @param depth   the deepest level (0 without sections)
 * @param deepest the section that opens it, or null
 */
public record SectionDepth(int depth, TemplateTag deepest) {

    /** The nesting of {@code template}'s sections. */
    public static SectionDepth of(String template) {
        return deepest(MustacheScanner.scan(template));
    }

    /** Deeper than any render budget allows ({@link RenderBudget#MAX_DEPTH}): mustache.java must not parse it. */
    public boolean tooDeep() {
        return depth > RenderBudget.MAX_DEPTH;
    }

    static SectionDepth deepest(TemplateStructure tags) {
        Deque<TemplateTag> open = new ArrayDeque<>();
        int max = 0;
        TemplateTag at = null;
        for (TemplateTag t : tags.tags()) {
            if (t.kind().opensSection()) {
                open.push(t);
                if (open.size() > max) {
                    max = open.size();
                    at = t;
                }
            } else if (t.kind() == TemplateTag.Kind.CLOSE && !open.isEmpty()) {
                open.pop();
            }
        }
        return new SectionDepth(max, at);
    }
}

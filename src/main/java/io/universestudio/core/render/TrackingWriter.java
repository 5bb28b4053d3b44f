package io.universestudio.core.render;

import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.template.TemplateTag;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The writer one render goes to: it keeps the text and, as the tracked codes report them, which tag
 * wrote which stretch and which scope value was behind it. One per render, so rendering stays thread-safe.
 * It remembers at most {@link #MAX_PIECES} stretches of each sort: real templates write a few thousand,
 * and a template that writes millions is stopped by its budget; until then the source map covers the start.
 */
final class TrackingWriter extends MeteredWriter {

    static final int MAX_PIECES = 200_000;

    private final List<RenderedRegion> regions = new ArrayList<>();
    private final List<Literal> literals = new ArrayList<>();
    private final Deque<Frame> sections = new ArrayDeque<>();
    private final ScopeValues values;

    /**
     * Template text copied to the output: {@code text} was written at {@code outputStart}; it sits in the
     * template at or shortly after {@code templateHint} (mustache may drop a standalone tag's line break).
     */
    record Literal(int outputStart, int outputEnd, String text, int templateHint) {
    }

    /** A section being rendered: its tag, the pointer of its value and the element being rendered. */
    private static final class Frame {
        final String pointer;
        final TemplateTag tag;
        final boolean iterates;
        int index = -1;

        Frame(String pointer, TemplateTag tag, boolean iterates) {
            this.pointer = pointer;
            this.tag = tag;
            this.iterates = iterates;
        }
    }

    TrackingWriter(ScopeValues values, RenderMeter meter) {
        super(meter);
        this.values = values;
    }

    List<RenderedRegion> regions() {
        return regions;
    }

    void record(TemplateTag tag, int start, int end, String pointer) {
        if (regions.size() >= MAX_PIECES) {
            return;
        }
        regions.add(new RenderedRegion(tag, start, Math.max(start, end), pointer));
    }

    List<Literal> literals() {
        return literals;
    }

    void literal(int start, String text, int templateHint) {
        if (text != null && !text.isEmpty() && literals.size() < MAX_PIECES) {
            literals.add(new Literal(start, start + text.length(), text, templateHint));
        }
    }

    /** Where the body of the innermost section being rendered starts in the template (0 at top level). */
    int bodyStart() {
        Frame f = sections.peek();
        return f == null || f.tag == null ? 0 : f.tag.endOffset();
    }

    void enterSection(String pointer, TemplateTag tag, boolean iterates) {
        sections.push(new Frame(pointer, tag, iterates));
    }

    void nextElement() {
        if (!sections.isEmpty()) {
            sections.peek().index++;
        }
    }

    private Frame iterating() {
        for (Frame f : sections) {
            if (f.iterates) {
                return f;
            }
        }
        return null;
    }

    void exitSection() {
        sections.pop();
    }

    /**
     * Where the value a tag looks up lives in the scope, following mustache.java's lookup: the whole name
     * as a key first, then dotted segments; innermost scope outwards; once the dotted path has matched
     * down to its last segment there is no fallback to outer scopes.
     */
    String pointerOf(String name, List<Object> scopes) {
        if (".".equals(name)) {
            Object top = scopes.isEmpty() ? null : scopes.get(scopes.size() - 1);
            String own = top == null ? null : values.pointerOf(top);
            if (own != null) {
                return own;
            }
            Frame f = iterating();
            return f == null || f.pointer == null ? null : f.index >= 0 ? JsonPointers.child(f.pointer, f.index) : f.pointer;
        }
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Object scope = scopes.get(i);
            String base = scope == null ? null : values.pointerOf(scope);
            if (!(scope instanceof Map<?, ?> map) || base == null) {
                continue;
            }
            if (map.containsKey(name)) {
                return JsonPointers.child(base, name);
            }
            String[] segments = name.split("\\.", -1);
            if (segments.length < 2 || !map.containsKey(segments[0])) {
                continue;
            }
            Object current = map;
            String pointer = base;
            for (int s = 0; s < segments.length; s++) {
                String seg = segments[s];
                if (current instanceof Map<?, ?> m && m.containsKey(seg)) {
                    current = m.get(seg);
                    pointer = JsonPointers.child(pointer, seg);
                } else if (current instanceof List<?> && ScopeOnlyObjectHandler.IS_EMPTY.equals(seg)) {
                    return pointer;
                } else {
                    return s == segments.length - 1 ? null : pointer;
                }
                if (current == null) {
                    return pointer;
                }
            }
            return pointer;
        }
        return null;
    }
}

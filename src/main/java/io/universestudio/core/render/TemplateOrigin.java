package io.universestudio.core.render;

import io.universestudio.core.json.LineIndex;
import io.universestudio.core.json.LineNames;
import io.universestudio.core.template.TemplateTag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where each character of a render came from in the template: the value tag that printed it, or the
 * template text it was copied from. Covers the whole output, literal text included, so a JSON error in the
 * rendered text can be shown at the template text that produced it (ADR 0117). Built after the render, from
 * what the tracking writer recorded; needs no parsed JSON, so it also serves renders that are not JSON.
 */
final class TemplateOrigin {

    /** A stretch of rendered text copied from the template: output [start, end) came from template [templateStart, ...). */
    record Copied(int outputStart, int outputEnd, int templateStart) {
    }

    private final List<RenderedRegion> regions;
    private final List<Copied> copied;

    private TemplateOrigin(List<RenderedRegion> regions, List<Copied> copied) {
        this.regions = regions;
        this.copied = copied;
    }

    static TemplateOrigin of(CompiledTemplate.Output output, String template) {
        return new TemplateOrigin(output.regions(), copied(output.literals(), template, output.literalPlaces()));
    }

    /** Places each copied stretch of template text; the same code copies the same text, so resolve once. */
    private static List<Copied> copied(List<TrackingWriter.Literal> literals, String template,
                                       Map<TrackingWriter.Literal, Integer> resolved) {
        List<Copied> out = new ArrayList<>(literals.size());
        for (TrackingWriter.Literal l : literals) {
            // Keyed by hint and text only (output places zeroed): the same code copies the same text.
            TrackingWriter.Literal key = new TrackingWriter.Literal(0, 0, l.text(), l.templateHint());
            int skipped = leadingBlanks(l.text());
            Integer at = resolved.computeIfAbsent(key, k -> place(template, l.text(), l.templateHint(), skipped));
            if (at >= 0) {
                out.add(new Copied(l.outputStart(), l.outputEnd(), at));
            } else if (at < -1) {
                // Found without its leading blanks: they were kept from a standalone tag's line.
                out.add(new Copied(l.outputStart() + skipped, l.outputEnd(), -at - 2));
            }
        }
        out.sort(Comparator.comparingInt(Copied::outputStart));
        return Collections.unmodifiableList(out);
    }

    /**
     * Where {@code text} sits in the template, at or after {@code hint}; -1 when nowhere. mustache.java drops
     * the line break of a standalone tag's line but keeps the blanks after the tag, so text starting with
     * blanks may be found only without them: then the place of the rest is returned as {@code -place - 2}.
     */
    private static int place(String template, String text, int hint, int blanks) {
        int found = template.indexOf(text, hint);
        if (found >= 0) {
            return found;
        }
        if (blanks > 0 && blanks < text.length()) {
            int rest = template.indexOf(text.substring(blanks), hint);
            if (rest >= 0) {
                return -rest - 2;
            }
        }
        return -1;
    }

    private static int leadingBlanks(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    List<RenderedRegion> regions() {
        return regions;
    }

    /**
     * Where in the template the rendered text at {@code outputOffset} came from: the tag that printed it,
     * or the template text it was copied from.
     */
    OptionalInt templateOffsetAt(int outputOffset) {
        RenderedRegion value = valueRegionAt(outputOffset);
        if (value != null) {
            return OptionalInt.of(value.tag().startOffset());
        }
        Copied c = copiedAt(outputOffset);
        return c == null ? OptionalInt.empty() : OptionalInt.of(c.templateStart() + (outputOffset - c.outputStart()));
    }

    /**
     * Like {@link #templateOffsetAt}, but for a place nothing wrote (the very end of the text): just after
     * the last template text or tag that wrote something before it.
     */
    OptionalInt templateOffsetNear(int outputOffset) {
        OptionalInt exact = templateOffsetAt(outputOffset);
        if (exact.isPresent()) {
            return exact;
        }
        int bestEnd = -1;
        int templateAfter = -1;
        for (Copied c : copied) {
            if (c.outputEnd() <= outputOffset && c.outputEnd() > bestEnd) {
                bestEnd = c.outputEnd();
                templateAfter = c.templateStart() + (c.outputEnd() - c.outputStart());
            }
        }
        for (RenderedRegion r : regions) {
            if (r.tag().isValue() && r.outputEnd() <= outputOffset && r.outputEnd() > bestEnd) {
                bestEnd = r.outputEnd();
                templateAfter = r.tag().endOffset();
            }
        }
        return templateAfter < 0 ? OptionalInt.empty() : OptionalInt.of(templateAfter);
    }

    /** Just after the template text or tag that wrote the character at {@code outputOffset}: where a missing comma goes. */
    OptionalInt templateOffsetAfter(int outputOffset) {
        RenderedRegion value = valueRegionAt(outputOffset);
        if (value != null) {
            return OptionalInt.of(value.tag().endOffset());
        }
        Copied c = copiedAt(outputOffset);
        return c == null ? templateOffsetNear(outputOffset)
                : OptionalInt.of(c.templateStart() + (outputOffset - c.outputStart()) + 1);
    }

    /** The innermost value tag that printed the text at {@code outputOffset}, or null for copied text. */
    RenderedRegion valueRegionAt(int outputOffset) {
        RenderedRegion best = null;
        for (RenderedRegion r : regions) {
            if (r.tag().isValue() && r.contains(outputOffset) && (best == null || r.length() < best.length())) {
                best = r;
            }
        }
        return best;
    }

    /**
     * The tag behind the text at {@code outputOffset}: the innermost region (a value, else a section body)
     * holding it; failing that, a section that wrote nothing between there and {@code until} (an empty
     * section between a comma and a closing bracket is what left the comma stray).
     */
    Optional<TemplateTag> tagBehind(int outputOffset, int until) {
        RenderedRegion best = null;
        for (RenderedRegion r : regions) {
            if (r.contains(outputOffset) && (best == null || r.length() < best.length())) {
                best = r;
            }
        }
        if (best == null) {
            for (RenderedRegion r : regions) {
                if (r.tag().isSection() && r.outputStart() > outputOffset && r.outputEnd() <= until
                        && (best == null || r.outputStart() > best.outputStart())) {
                    best = r;
                }
            }
        }
        return Optional.ofNullable(best).map(RenderedRegion::tag);
    }

    /** Names the lines of the rendered text by the template lines they came from ("template line 3"). */
    LineNames lineNames(String rendered, String template) {
        LineIndex templateLines = new LineIndex(template);
        LineIndex renderedLines = new LineIndex(rendered);
        return offset -> {
            OptionalInt at = templateOffsetNear(offset);
            return at.isPresent() ? "template line " + templateLines.position(at.getAsInt()).line()
                    : "rendered line " + renderedLines.position(offset).line();
        };
    }

    private Copied copiedAt(int outputOffset) {
        int lo = 0;
        int hi = copied.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Copied c = copied.get(mid);
            if (outputOffset < c.outputStart()) {
                hi = mid - 1;
            } else if (outputOffset >= c.outputEnd()) {
                lo = mid + 1;
            } else {
                return c;
            }
        }
        return null;
    }
}

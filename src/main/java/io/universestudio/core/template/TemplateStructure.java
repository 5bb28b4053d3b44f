package io.universestudio.core.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tags, sections and structural problems of one template text (from {@link MustacheScanner}).
 * Offsets refer to the text that was scanned; rescan after every change.
 */
public final class TemplateStructure {

    private final int length;
    private final List<TemplateTag> tags;
    private final List<MustacheSection> sections;
    private final List<TemplateProblem> problems;

    TemplateStructure(int length, List<TemplateTag> tags, List<MustacheSection> sections, List<TemplateProblem> problems) {
        this.length = length;
        this.tags = List.copyOf(tags);
        this.sections = List.copyOf(sections);
        this.problems = List.copyOf(problems);
    }

    /** Every tag, in text order. */
    public List<TemplateTag> tags() {
        return tags;
    }

    /** Every section, by the position of its opening tag. */
    public List<MustacheSection> sections() {
        return sections;
    }

    public List<TemplateProblem> problems() {
        return problems;
    }

    /** The tag under {@code offset} (binary search). */
    public Optional<TemplateTag> tagAt(int offset) {
        int lo = 0;
        int hi = tags.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TemplateTag t = tags.get(mid);
            if (offset < t.startOffset()) {
                hi = mid - 1;
            } else if (offset >= t.endOffset()) {
                lo = mid + 1;
            } else {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** For an opening or closing tag, the tag at the other end of its section. */
    public Optional<TemplateTag> matching(TemplateTag tag) {
        for (MustacheSection s : sections) {
            if (s.open().equals(tag)) {
                return s.closeTag();
            }
            if (tag.equals(s.close())) {
                return Optional.of(s.open());
            }
        }
        return Optional.empty();
    }

    /** The sections whose body holds {@code offset}, outermost first. */
    public List<MustacheSection> enclosing(int offset) {
        List<MustacheSection> out = new ArrayList<>();
        for (MustacheSection s : sections) {
            if (s.open().startOffset() > offset) {
                break;
            }
            if (s.encloses(offset, length)) {
                out.add(s);
            }
        }
        return out;
    }
}

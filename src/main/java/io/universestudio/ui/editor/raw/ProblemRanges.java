package io.universestudio.ui.editor.raw;

import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where in a text each problem is underlined: from its position to the end of the word or value there
 * (at least one character), so a squiggle sits under what is wrong, not under a whole line.
 */
public final class ProblemRanges {

    /** One underline. */
    public record Range(int start, int end, Problem problem) {
        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private final List<Range> ranges;

    private ProblemRanges(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static final ProblemRanges NONE = new ProblemRanges(List.of());

    public static ProblemRanges of(String text, List<Problem> problems) {
        List<Range> out = new ArrayList<>();
        int n = text.length();
        for (Problem p : problems) {
            if (p.position() == null || n == 0) {
                continue;
            }
            int start = Math.max(0, Math.min(p.position().offset(), n - 1));
            if (text.charAt(start) == '\n' && start > 0) {
                start--;
            }
            int end = tokenEnd(text, start);
            out.add(new Range(start, end, p));
        }
        return new ProblemRanges(out);
    }

    private static int tokenEnd(String text, int start) {
        char first = text.charAt(start);
        int i = start + 1;
        if (first == '"') {
            while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(text.length(), i + 1);
        }
        while (i < text.length() && ",}]\n\r\t ".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    public List<Range> ranges() {
        return ranges;
    }

    /** The most severe problem underlined at {@code offset}, if any. */
    public Optional<Problem> at(int offset) {
        return ranges.stream().filter(r -> r.contains(offset)).map(Range::problem)
                .min(java.util.Comparator.comparing(Problem::severity));
    }

    public static String styleOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "problem-error";
            case WARNING -> "problem-warning";
            case INFO -> "problem-info";
        };
    }
}

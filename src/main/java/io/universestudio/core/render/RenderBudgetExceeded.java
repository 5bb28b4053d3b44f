package io.universestudio.core.render;

import io.universestudio.core.template.TemplateTag;

import java.util.List;
import java.util.Locale;

/**
 * Thrown inside a render when it goes over its {@link RenderBudget}; the renderer turns it into a
 * {@link RenderFailure} whose message names the tags that were running, as a person would describe the
 * cause: "{@code {{#arr}}} nested three deep over 1,000 items renders more than 10 MB".
 */
final class RenderBudgetExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten"};

    /** Which limit was passed. */
    enum Reason { OUTPUT, TIME, DEPTH, STOPPED }

    private final Reason reason;
    private final transient TemplateTag culprit;

    RenderBudgetExceeded(Reason reason, RenderBudget budget, List<RenderMeter.Frame> outerFirst) {
        super(describe(reason, budget, outerFirst), null, false, false);
        this.reason = reason;
        this.culprit = culprit(outerFirst);
    }

    /** For a template refused before it runs: its sections nest deeper than any budget allows. */
    RenderBudgetExceeded(SectionDepth depth, int limit) {
        this("The template nests sections " + number(depth.depth()) + " deep (the deepest is `"
                + depth.deepest().display() + "` on line " + depth.deepest().start().line()
                + "); templates may nest them at most " + limit + " deep.", depth.deepest());
    }

    /** A depth failure said in the caller's words. */
    RenderBudgetExceeded(String message, TemplateTag culprit) {
        super(message, null, false, false);
        this.reason = Reason.DEPTH;
        this.culprit = culprit;
    }

    Reason reason() {
        return reason;
    }

    /** The tag to show: the outermost section involved (the one to change), else the value being written. */
    TemplateTag culprit() {
        return culprit;
    }

    /** The budget failure somewhere in {@code e}'s causes (mustache.java wraps what codes throw), or null. */
    static RenderBudgetExceeded in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RenderBudgetExceeded b) {
                return b;
            }
        }
        return null;
    }

    private static TemplateTag culprit(List<RenderMeter.Frame> frames) {
        for (RenderMeter.Frame f : frames) {
            if (f.tag() != null && f.section()) {
                return f.tag();
            }
        }
        for (RenderMeter.Frame f : frames) {
            if (f.tag() != null) {
                return f.tag();
            }
        }
        return null;
    }

    private static String describe(Reason reason, RenderBudget budget, List<RenderMeter.Frame> frames) {
        if (reason == Reason.STOPPED) {
            return "The render was stopped because its result is no longer needed.";
        }
        List<RenderMeter.Frame> sections = frames.stream().filter(RenderMeter.Frame::section).toList();
        String what = subject(frames, sections);
        return switch (reason) {
            case OUTPUT -> what + " renders more than " + size(budget.maxOutputChars())
                    + "; a Marathon app is a few kilobytes. " + (sections.isEmpty() ? "Shorten the value."
                    : "Loop over fewer items or nest fewer sections.");
            case TIME -> what + " takes more than " + seconds(budget) + " to render. " + (sections.isEmpty()
                    ? "Shorten it." : "Loop over fewer items or nest fewer sections.");
            case DEPTH -> recursiveAsJson(sections)
                    ? "`{{#" + AsJsonLambda.NAME + "}}` renders option text that uses `{{#" + AsJsonLambda.NAME
                    + "}}` again, more than " + budget.maxDepth() + " deep. Make sure the option's text does not render itself."
                    : what + " nests sections more than " + budget.maxDepth() + " deep.";
            case STOPPED -> throw new IllegalStateException();
        };
    }

    private static String subject(List<RenderMeter.Frame> frames, List<RenderMeter.Frame> sections) {
        if (sections.isEmpty()) {
            RenderMeter.Frame value = frames.isEmpty() ? null : frames.get(frames.size() - 1);
            return value == null ? "The template" : "`" + value.display() + "`";
        }
        RenderMeter.Frame outer = sections.get(0);
        boolean same = sections.stream().allMatch(s -> s.display().equals(outer.display()));
        if (same && sections.size() > 1) {
            return "`" + outer.display() + "` nested " + count(sections.size()) + " deep" + items(outer);
        }
        StringBuilder sb = new StringBuilder("`").append(outer.display()).append('`').append(items(outer));
        for (int i = 1; i < Math.min(sections.size(), 3); i++) {
            RenderMeter.Frame inner = sections.get(i);
            sb.append(i == 1 ? ", with " : " and ").append('`').append(inner.display()).append('`')
                    .append(items(inner)).append(" inside");
        }
        if (sections.size() > 3) {
            sb.append(" and ").append(sections.size() - 3).append(" more sections inside");
        }
        return sb.toString();
    }

    private static boolean recursiveAsJson(List<RenderMeter.Frame> sections) {
        long asJson = sections.stream().filter(s -> s.display().equals("{{#" + AsJsonLambda.NAME + "}}")).count();
        return asJson * 2 > sections.size();
    }

    private static String items(RenderMeter.Frame f) {
        return f.items() < 0 ? "" : " over " + number(f.items())
                + (f.items() == 1 ? " item" : " items");
    }

    private static String count(int n) {
        return n < WORDS.length ? WORDS[n] : Integer.toString(n);
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String size(long chars) {
        if (chars >= 1_000_000 && chars % 1_000_000 == 0) {
            return chars / 1_000_000 + " MB";
        }
        if (chars >= 1_000 && chars % 1_000 == 0) {
            return chars / 1_000 + " KB";
        }
        return String.format(Locale.ROOT, "%,d characters", chars);
    }

    private static String seconds(RenderBudget budget) {
        long ms = budget.time().toMillis();
        if (ms % 1000 == 0) {
            long s = ms / 1000;
            return s == 1 ? "1 second" : s + " seconds";
        }
        return ms + " ms";
    }
}

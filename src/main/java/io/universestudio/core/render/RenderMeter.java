package io.universestudio.core.render;

import io.universestudio.core.template.TemplateTag;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What one render has spent of its {@link RenderBudget}: the text written, the sections (and values)
 * being rendered, the time. The writer and the tracked codes report to it; when a limit is passed it
 * throws {@link RenderBudgetExceeded}, which unwinds mustache.java's recursion at once. One per render
 * and used by that render's thread only.
 */
final class RenderMeter {

    /** Steps between two looks at the clock: nanoTime is cheap, but loops of a billion steps are not. */
    private static final int CLOCK_EVERY = 256;

    private final RenderBudget budget;
    private final long deadline;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private long written;
    private int steps;

    /** A section or value being rendered: its tag when known, how it is written, its item count (-1: none). */
    record Frame(TemplateTag tag, String display, boolean section, int items) {
        Frame withItems(int n) {
            return new Frame(tag, display, section, n);
        }
    }

    RenderMeter(RenderBudget budget) {
        this.budget = budget;
        this.deadline = budget.deadlineFromNow();
    }

    RenderBudget budget() {
        return budget;
    }

    long written() {
        return written;
    }

    void wrote(int chars) {
        written += chars;
        if (written > budget.maxOutputChars()) {
            throw exceeded(RenderBudgetExceeded.Reason.OUTPUT);
        }
        step();
    }

    /** A section (or a value, which can run a lambda's template) starts; {@link #exit} must follow. */
    void enter(TemplateTag tag, String display, boolean section) {
        frames.push(new Frame(tag, display, section, -1));
        if (frames.size() > budget.maxDepth()) {
            throw exceeded(RenderBudgetExceeded.Reason.DEPTH);
        }
        checkClock();
    }

    /** How many items the innermost section iterates over, for the message if the budget runs out. */
    void items(int n) {
        Frame top = frames.poll();
        if (top != null) {
            frames.push(top.withItems(n));
        }
    }

    void exit() {
        frames.poll();
    }

    /** One more iteration or write: looks at the clock every few hundred steps. */
    void step() {
        if (++steps % CLOCK_EVERY == 0) {
            checkClock();
        }
    }

    void checkClock() {
        if (budget.stopped()) {
            throw exceeded(RenderBudgetExceeded.Reason.STOPPED);
        }
        if (System.nanoTime() - deadline >= 0) {
            throw exceeded(RenderBudgetExceeded.Reason.TIME);
        }
    }

    /** Refuses a template an {@code asJson} option would bring in, before mustache.java compiles it. */
    void admitFragment(String templateText) {
        if (templateText.indexOf('#') < 0 && templateText.indexOf('^') < 0) {
            return; // no section at all: nothing can nest
        }
        int depth = SectionDepth.of(templateText).depth();
        if (frames.size() + depth > budget.maxDepth() && depth > 1) {
            Frame outer = frames.peekLast();
            throw new RenderBudgetExceeded("`{{#" + AsJsonLambda.NAME + "}}` renders option text whose sections nest "
                    + RenderBudgetExceeded.number(depth) + " deep; templates may nest them at most "
                    + budget.maxDepth() + " deep.", outer == null ? null : outer.tag());
        }
    }

    private RenderBudgetExceeded exceeded(RenderBudgetExceeded.Reason reason) {
        List<Frame> outerFirst = new ArrayList<>(frames);
        java.util.Collections.reverse(outerFirst);
        return new RenderBudgetExceeded(reason, budget, outerFirst);
    }
}

package io.universestudio.core.render;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How much one render may take: time, rendered text and section nesting. A template that goes over any
 * of them fails with {@link RenderFailureKind#RENDER_BUDGET_EXCEEDED} and a message naming the tag, instead
 * of running a JVM out of memory or stack (three nested loops over a 1,000-item default would write
 * gigabytes). The validator, the CLI and the live preview all render with {@link #DEFAULT}.
 *
 * <p>The limits sit far above real packages: the corpus' templates nest sections 4 deep at most, render
 * in milliseconds and write a few kilobytes, and Marathon refuses apps over about 1 MB anyway.
 *
 * <p>A budget is immutable and may be shared between threads. {@link #startedNow()} fixes the clock, so
 * several renders (the variations a lint tries) share one time allowance; {@link #stoppedWhen} adds a
 * condition checked while rendering, so a caller can abandon a render whose result it no longer needs.
 */
public final class RenderBudget {

    /** The deepest section nesting any budget allows: deeper templates would overflow a thread's stack. */
    public static final int MAX_DEPTH = 100;

    /** Three seconds, 10 MB of text, sections 100 deep. */
    public static final RenderBudget DEFAULT = new RenderBudget(Duration.ofSeconds(3), 10_000_000L, MAX_DEPTH,
            () -> false, 0L, false);

    private final Duration time;
    private final long maxOutputChars;
    private final int maxDepth;
    private final BooleanSupplier stop;
    private final long deadline;
    private final boolean started;

    private RenderBudget(Duration time, long maxOutputChars, int maxDepth, BooleanSupplier stop, long deadline,
                         boolean started) {
        this.time = Objects.requireNonNull(time);
        this.maxOutputChars = maxOutputChars;
        this.maxDepth = maxDepth;
        this.stop = Objects.requireNonNull(stop);
        this.deadline = deadline;
        this.started = started;
    }

    /**
     * A budget with other limits; {@code maxDepth} is capped at {@link #MAX_DEPTH}.
     *
     * @throws IllegalArgumentException when a limit is not positive
     */
    public static RenderBudget of(Duration time, long maxOutputChars, int maxDepth) {
        if (time.isNegative() || time.isZero() || maxOutputChars <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("Every render limit must be positive.");
        }
        return new RenderBudget(time, maxOutputChars, Math.min(maxDepth, MAX_DEPTH), () -> false, 0L, false);
    }

    public Duration time() {
        return time;
    }

    public long maxOutputChars() {
        return maxOutputChars;
    }

    public int maxDepth() {
        return maxDepth;
    }

    /** This budget, also ending as soon as {@code condition} is true (checked every few hundred steps). */
    public RenderBudget stoppedWhen(BooleanSupplier condition) {
        BooleanSupplier previous = stop;
        return new RenderBudget(time, maxOutputChars, maxDepth,
                () -> previous.getAsBoolean() || condition.getAsBoolean(), deadline, started);
    }

    /** This budget with its clock running from now, shared by every render it is given to. */
    public RenderBudget startedNow() {
        return new RenderBudget(time, maxOutputChars, maxDepth, stop, System.nanoTime() + time.toNanos(), true);
    }

    /** Whether the stop condition holds: the caller no longer wants the result. */
    public boolean stopped() {
        return stop.getAsBoolean();
    }

    /** Whether a started budget's time is used up (never true for one not started). */
    public boolean timeIsUp() {
        return started && System.nanoTime() - deadline >= 0;
    }

    /** The {@link System#nanoTime()} at which a render begun now must end. */
    long deadlineFromNow() {
        return started ? deadline : System.nanoTime() + time.toNanos();
    }
}

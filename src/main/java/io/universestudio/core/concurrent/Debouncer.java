package io.universestudio.core.concurrent;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the most recently submitted task once submissions have paused for the delay. A zero delay runs
 * the task at once on the caller's thread, which tests and benchmarks use to take the wait out.
 */
public final class Debouncer {

    private final ScheduledExecutorService scheduler;
    private final long delayMillis;
    private ScheduledFuture<?> pending;
    private Runnable pendingTask;

    public Debouncer(ScheduledExecutorService scheduler, Duration delay) {
        this.scheduler = scheduler;
        this.delayMillis = delay.toMillis();
    }

    /** A debouncer that does not wait: every task runs at once on the caller's thread. */
    public static Debouncer immediate() {
        return new Debouncer(null, Duration.ZERO);
    }

    public void submit(Runnable task) {
        if (delayMillis <= 0 || scheduler == null) {
            task.run();
            return;
        }
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
            }
            pendingTask = task;
            pending = scheduler.schedule(this::runPending, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void runPending() {
        Runnable task;
        synchronized (this) {
            task = pendingTask;
            pendingTask = null;
            pending = null;
        }
        if (task != null) {
            task.run();
        }
    }

    /** Runs a waiting task now, on the caller's thread (e.g. before the application exits). */
    public void flush() {
        Runnable task;
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
            }
            task = pendingTask;
            pendingTask = null;
            pending = null;
        }
        if (task != null) {
            task.run();
        }
    }

    public synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = null;
        pendingTask = null;
    }

    public synchronized boolean isPending() {
        return pendingTask != null;
    }
}

package io.universestudio.core.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * A computation that can be begun before anyone asks for it: {@link #begin} starts it for one input on the
 * executor, and the first {@link #apply} of that same input (the same object) takes its result instead of
 * computing again. The window uses it to check a package while its views are still being built (ADR 0150).
 * Any other input is computed on the caller's thread as usual.
 */
public final class HeadStart<I, O> implements Function<I, O> {

    private final Function<I, O> compute;
    private final Executor executor;
    private I begun;
    private CompletableFuture<O> early;

    public HeadStart(Function<I, O> compute, Executor executor) {
        this.compute = compute;
        this.executor = executor;
    }

    /** Starts computing {@code input} now; replaces a head start nobody took. */
    public synchronized void begin(I input) {
        begun = input;
        early = CompletableFuture.supplyAsync(() -> compute.apply(input), executor);
    }

    @Override
    public O apply(I input) {
        CompletableFuture<O> taken;
        synchronized (this) {
            if (input != begun || early == null) {
                taken = null;
            } else {
                taken = early;
                begun = null;
                early = null;
            }
        }
        if (taken == null) {
            return compute.apply(input);
        }
        try {
            return taken.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}

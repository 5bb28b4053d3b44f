package io.universestudio.core.concurrent;

import java.util.OptionalLong;
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
public final class HeadStart<I, O> implements Function<I, O>, LatestOnly.Measured {

    private record Timed<O>(O value, long millis) {
    }

    private final Function<I, O> compute;
    private final Executor executor;
    /** How long the result last returned on each thread took to make, when it was made ahead. */
    private final ThreadLocal<Long> takenMillis = new ThreadLocal<>();
    private I begun;
    private CompletableFuture<Timed<O>> early;

    public HeadStart(Function<I, O> compute, Executor executor) {
        this.compute = compute;
        this.executor = executor;
    }

    /** Starts computing {@code input} now; replaces a head start nobody took. */
    public synchronized void begin(I input) {
        begun = input;
        early = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            O value = compute.apply(input);
            return new Timed<>(value, (System.nanoTime() - start) / 1_000_000);
        }, executor);
    }

    @Override
    public O apply(I input) {
        takenMillis.remove();
        CompletableFuture<Timed<O>> taken;
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
            Timed<O> timed = taken.join();
            takenMillis.set(timed.millis());
            return timed.value();
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

    /** The time the head start took, when the last {@link #apply} on this thread took its result. */
    @Override
    public OptionalLong millisOfLastResult() {
        Long millis = takenMillis.get();
        return millis == null ? OptionalLong.empty() : OptionalLong.of(millis);
    }
}

package io.universestudio.core.concurrent;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Delivers only the latest result: the pipeline behind live validation and the live preview. Each
 * {@link #submit} gets the next revision number; the work waits for the debouncer, runs on the worker, and
 * is skipped if a newer input came meanwhile; its result, tagged with the revision number, is handed to the
 * sink on the delivery executor (the FX thread in the application) only if no newer input came by then.
 * So a slow result for old text can never replace a newer one, whatever order the threads finish in.
 *
 * @param <I> what the work is done on (a revision; a revision with what-if options)
 * @param <R> what the work makes
 */
public final class LatestOnly<I, R> {

    private static final System.Logger LOG = System.getLogger(LatestOnly.class.getName());

    /** A result and what it was made from; {@code revision} counts the submits, starting at 1. */
    public record Tagged<I, R>(long revision, I input, R result, long millis) {
    }

    private final String name;
    private final Work<I, R> work;
    private final Debouncer debouncer;
    private final Executor worker;
    private final Executor delivery;
    private final Consumer<Tagged<I, R>> sink;
    private final AtomicLong latest = new AtomicLong();
    private final Measured measured;

    /** Work that is told when its input has gone stale, so that a long run can stop early. */
    @FunctionalInterface
    public interface Work<I, R> {
        R apply(I input, BooleanSupplier stale);
    }

    /**
     * Work whose result may have been made before it was asked for (a {@link HeadStart}): it says how long
     * making the result it last returned on this thread took, so the time reported is the work's, not the
     * wait for it.
     */
    public interface Measured {
        OptionalLong millisOfLastResult();
    }

    /** {@code name} says in the log what failed ("validation", "preview"). */
    public LatestOnly(String name, Function<I, R> work, Debouncer debouncer, Executor worker, Executor delivery,
                      Consumer<Tagged<I, R>> sink) {
        this(name, stoppable(work), work instanceof Measured m ? m : null, debouncer, worker, delivery, sink);
    }

    /**
     * As above, for work that can stop when a newer input arrives (a runaway render); what it returns
     * after stopping is dropped like any stale result.
     */
    public LatestOnly(String name, Work<I, R> work, Debouncer debouncer, Executor worker, Executor delivery,
                      Consumer<Tagged<I, R>> sink) {
        this(name, work, null, debouncer, worker, delivery, sink);
    }

    private LatestOnly(String name, Work<I, R> work, Measured measured, Debouncer debouncer, Executor worker,
                       Executor delivery, Consumer<Tagged<I, R>> sink) {
        this.name = name;
        this.work = Objects.requireNonNull(work);
        this.measured = measured;
        this.debouncer = debouncer;
        this.worker = worker;
        this.delivery = delivery;
        this.sink = sink;
    }

    /** Asks for the work to be done on {@code input}, making every earlier request stale; returns its number. */
    public long submit(I input) {
        long revision = latest.incrementAndGet();
        debouncer.submit(() -> worker.execute(() -> run(revision, input)));
        return revision;
    }

    /**
     * Like {@link #submit}, without waiting for the debouncer: for an input nobody is typing (a package just
     * opened), where the wait only delays the result. A request still waiting in the debouncer is stale.
     */
    public long submitNow(I input) {
        long revision = latest.incrementAndGet();
        worker.execute(() -> run(revision, input));
        return revision;
    }

    /** The number of the newest request. */
    public long latestRevision() {
        return latest.get();
    }

    private static <I, R> Work<I, R> stoppable(Function<I, R> work) {
        Objects.requireNonNull(work);
        return (input, stale) -> work.apply(input);
    }

    private boolean isLatest(long revision) {
        return revision == latest.get();
    }

    private void run(long revision, I input) {
        if (!isLatest(revision)) {
            return; // a newer request is queued behind this one
        }
        long start = System.nanoTime();
        R result;
        try {
            result = work.apply(input, () -> !isLatest(revision));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "The " + name + " failed", e);
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (measured != null) {
            millis = measured.millisOfLastResult().orElse(millis);
        }
        Tagged<I, R> tagged = new Tagged<>(revision, input, result, millis);
        delivery.execute(() -> {
            if (isLatest(tagged.revision())) {
                sink.accept(tagged);
            }
        });
    }
}

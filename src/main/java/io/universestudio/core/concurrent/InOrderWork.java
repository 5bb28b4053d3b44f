package io.universestudio.core.concurrent;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs one piece of work per item on the threads a parallel stream uses (the caller and the common pool's
 * workers), each taking the next item when it finishes the last, and returns the results in the items' order.
 * A parallel stream hands each thread a quarter of the list up front, so when one quarter holds the largest
 * items (a repository's revisions are in name order: datastax-dse's many large ones sit together) one thread
 * works alone for the last fifth of the run; taken one by one, the last items are shared too.
 */
public final class InOrderWork {

    private InOrderWork() {
    }

    /**
     * {@code work} applied to every item, in the items' order. {@code work} may run on several threads at
     * once. Should it throw, the items not yet started are skipped and the first failure is rethrown.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        int n = items.size();
        Object[] results = new Object[n];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            int i;
            while (failure.get() == null && (i = next.getAndIncrement()) < n) {
                try {
                    results[i] = work.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        // One loop per thread a parallel stream would use (the caller and the common pool's workers); a loop
        // whose thread is late finds the items taken and ends. The stream's end publishes every result here.
        int loops = Math.min(n, ForkJoinPool.getCommonPoolParallelism() + 1);
        IntStream.range(0, loops).parallel().forEach(loop -> worker.run());
        Throwable first = failure.get();
        if (first instanceof RuntimeException e) {
            throw e;
        }
        if (first instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return out;
    }
}

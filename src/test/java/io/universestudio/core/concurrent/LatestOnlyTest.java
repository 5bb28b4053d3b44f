package io.universestudio.core.concurrent;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LatestOnlyTest {

    /** Holds tasks until the test runs them, to order work and deliveries by hand. */
    static final class Held implements Executor {
        private final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        int size() {
            return tasks.size();
        }

        void runOldestFirst() {
            while (!tasks.isEmpty()) {
                tasks.pollFirst().run();
            }
        }

        void runNewestFirst() {
            while (!tasks.isEmpty()) {
                tasks.pollLast().run();
            }
        }
    }

    private final List<LatestOnly.Tagged<String, String>> delivered = new ArrayList<>();
    private final List<String> worked = new ArrayList<>();

    private LatestOnly<String, String> pipeline(Executor worker, Executor delivery) {
        return new LatestOnly<>("test", s -> {
            worked.add(s);
            return s.toUpperCase();
        }, Debouncer.immediate(), worker, delivery, delivered::add);
    }

    @Test
    void aResultMadeAheadReportsTheTimeItTookNotTheWaitForIt() {
        HeadStart<String, String> ahead = new HeadStart<>(s -> {
            sleep(150);
            return s.toUpperCase();
        }, Runnable::run);
        String input = "dse";
        ahead.begin(input); // done by now, on this thread
        LatestOnly<String, String> p = new LatestOnly<>("test", ahead, Debouncer.immediate(), Runnable::run,
                Runnable::run, delivered::add);

        p.submit(input);
        p.submit("other");

        assertThat(delivered).extracting(LatestOnly.Tagged::result).containsExactly("DSE", "OTHER");
        assertThat(delivered.get(0).millis()).as("the head start's own time").isBetween(140L, 10_000L);
        assertThat(delivered.get(1).millis()).as("computed when asked").isBetween(140L, 10_000L);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void eachResultIsTaggedWithTheNumberOfItsRequest() {
        LatestOnly<String, String> p = pipeline(Runnable::run, Runnable::run);
        assertThat(p.submit("a")).isEqualTo(1);
        assertThat(p.submit("b")).isEqualTo(2);
        assertThat(delivered).extracting(LatestOnly.Tagged::revision).containsExactly(1L, 2L);
        assertThat(delivered).extracting(LatestOnly.Tagged::result).containsExactly("A", "B");
        assertThat(delivered.get(1).input()).isEqualTo("b");
        assertThat(delivered.get(1).millis()).isNotNegative();
        assertThat(p.latestRevision()).isEqualTo(2);
    }

    @Test
    void aResultOvertakenByANewerRequestIsDroppedInWhateverOrderDeliveriesRun() {
        Held fx = new Held();
        LatestOnly<String, String> p = pipeline(Runnable::run, fx);
        p.submit("old");
        p.submit("new");
        assertThat(worked).containsExactly("old", "new");
        assertThat(fx.size()).isEqualTo(2);
        fx.runNewestFirst();
        assertThat(delivered).extracting(LatestOnly.Tagged::input).containsExactly("new");

        delivered.clear();
        p.submit("older");
        p.submit("newer");
        fx.runOldestFirst();
        assertThat(delivered).extracting(LatestOnly.Tagged::input).containsExactly("newer");
    }

    @Test
    void queuedWorkForAnOlderRequestIsSkippedBeforeItStarts() {
        Held worker = new Held();
        LatestOnly<String, String> p = pipeline(worker, Runnable::run);
        p.submit("a");
        p.submit("b");
        p.submit("c");
        worker.runOldestFirst();
        assertThat(worked).containsExactly("c");
        assertThat(delivered).extracting(LatestOnly.Tagged::revision).containsExactly(3L);
    }

    @Test
    void failingWorkDeliversNothingAndTheNextRequestStillRuns() {
        List<String> seen = new ArrayList<>();
        LatestOnly<String, String> p = new LatestOnly<>("test", s -> {
            if (s.equals("boom")) {
                throw new IllegalStateException("boom");
            }
            return s;
        }, Debouncer.immediate(), Runnable::run, Runnable::run, t -> seen.add(t.result()));
        p.submit("boom");
        p.submit("fine");
        assertThat(seen).containsExactly("fine");
    }

    @Test
    void aBurstIsDebouncedIntoOneRunOnTheWorkersThread() throws Exception {
        ScheduledExecutorService validation = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "validation-1"));
        try {
            List<String> threads = new CopyOnWriteArrayList<>();
            BlockingQueue<LatestOnly.Tagged<Integer, Integer>> out = new LinkedBlockingQueue<>();
            LatestOnly<Integer, Integer> p = new LatestOnly<>("test", n -> {
                threads.add(Thread.currentThread().getName());
                return n * 10;
            }, new Debouncer(validation, Duration.ofMillis(50)), validation, Runnable::run, out::add);
            for (int i = 1; i <= 5; i++) {
                p.submit(i);
            }
            LatestOnly.Tagged<Integer, Integer> only = out.poll(5, TimeUnit.SECONDS);
            assertThat(only).isNotNull();
            assertThat(only.revision()).isEqualTo(5);
            assertThat(only.result()).isEqualTo(50);
            validation.submit(() -> { }).get(5, TimeUnit.SECONDS);
            assertThat(out).isEmpty();
            assertThat(threads).containsExactly("validation-1");
        } finally {
            validation.shutdownNow();
        }
    }
}

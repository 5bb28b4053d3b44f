package io.universestudio.core.concurrent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DebouncerTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "debounce-test-1"));

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aBurstOfSubmissionsRunsOnlyTheLastOnceItCalmsDown() throws Exception {
        Debouncer debouncer = new Debouncer(scheduler, Duration.ofMillis(80));
        List<Integer> ran = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        for (int i = 0; i < 5; i++) {
            int n = i;
            debouncer.submit(() -> {
                ran.add(n);
                threads.add(Thread.currentThread().getName());
                done.countDown();
            });
        }
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        scheduler.submit(() -> { }).get(); // anything else queued has had its chance
        assertThat(ran).containsExactly(4);
        assertThat(threads).containsExactly("debounce-test-1");
        assertThat(debouncer.isPending()).isFalse();
    }

    @Test
    void flushRunsTheWaitingTaskAtOnceAndOnlyOnce() throws Exception {
        Debouncer debouncer = new Debouncer(scheduler, Duration.ofSeconds(30));
        List<String> ran = new CopyOnWriteArrayList<>();
        debouncer.submit(() -> ran.add("a"));
        assertThat(debouncer.isPending()).isTrue();
        debouncer.flush();
        assertThat(ran).containsExactly("a");
        debouncer.flush();
        assertThat(ran).containsExactly("a");
    }

    @Test
    void cancelDropsTheWaitingTask() throws Exception {
        Debouncer debouncer = new Debouncer(scheduler, Duration.ofMillis(30));
        List<String> ran = new CopyOnWriteArrayList<>();
        debouncer.submit(() -> ran.add("a"));
        debouncer.cancel();
        Thread.sleep(100); // the only way to show something did NOT happen is to give it time to
        assertThat(ran).isEmpty();
    }

    @Test
    void theImmediateDebouncerRunsOnTheCallersThread() {
        List<String> ran = new CopyOnWriteArrayList<>();
        Debouncer.immediate().submit(() -> ran.add(Thread.currentThread().getName()));
        assertThat(ran).containsExactly(Thread.currentThread().getName());
    }
}

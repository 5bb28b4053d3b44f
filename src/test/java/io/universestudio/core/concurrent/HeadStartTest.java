package io.universestudio.core.concurrent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeadStartTest {

    private final ExecutorService early = Executors.newSingleThreadExecutor(r -> new Thread(r, "early"));
    private final List<String> computedOn = new CopyOnWriteArrayList<>();
    private final Function<StringBuilder, String> upper = in -> {
        computedOn.add(Thread.currentThread().getName());
        return in.toString().toUpperCase();
    };

    @AfterEach
    void stopTheExecutor() {
        early.shutdownNow();
    }

    @Test
    void theInputBegunIsComputedOnceOnTheExecutorAndTakenByItsFirstApply() {
        HeadStart<StringBuilder, String> start = new HeadStart<>(upper, early);
        StringBuilder input = new StringBuilder("dse");
        start.begin(input);

        assertThat(start.apply(input)).isEqualTo("DSE");
        assertThat(computedOn).containsExactly("early");
        assertThat(start.millisOfLastResult()).as("taken from the head start").isPresent();
        // Taken once: asking again computes again, on the caller's thread.
        assertThat(start.apply(input)).isEqualTo("DSE");
        assertThat(computedOn).containsExactly("early", Thread.currentThread().getName());
        assertThat(start.millisOfLastResult()).as("computed on the caller's thread: its time is the call's").isEmpty();
    }

    @Test
    void anotherInputEvenAnEqualOneIsComputedAsUsualAndLeavesTheHeadStartWaiting() {
        HeadStart<StringBuilder, String> start = new HeadStart<>(upper, early);
        StringBuilder begun = new StringBuilder("a");
        start.begin(begun);
        StringBuilder equalText = new StringBuilder("a");

        assertThat(start.apply(equalText)).isEqualTo("A");
        assertThat(start.apply(begun)).isEqualTo("A");
        assertThat(computedOn).hasSize(2).contains("early", Thread.currentThread().getName());
    }

    @Test
    void applyWaitsForAHeadStartStillRunning() {
        CountDownLatch release = new CountDownLatch(1);
        HeadStart<String, String> start = new HeadStart<>(in -> {
            await(release);
            return in + "!";
        }, early);
        String input = "slow";
        start.begin(input);
        Thread releaser = new Thread(() -> {
            sleep(100);
            release.countDown();
        });
        releaser.start();

        assertThat(start.apply(input)).isEqualTo("slow!");
        assertThat(release.getCount()).isZero();
    }

    @Test
    void aFailureOfTheHeadStartReachesTheCallerAsItself() {
        HeadStart<String, String> start = new HeadStart<>(in -> {
            throw new IllegalStateException("broken " + in);
        }, Runnable::run);
        String input = "x";
        start.begin(input);

        assertThatThrownBy(() -> start.apply(input)).isInstanceOf(IllegalStateException.class).hasMessage("broken x");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.universestudio.core.concurrent;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InOrderWorkTest {

    @Test
    void resultsFollowTheItemsOrderWhateverThreadFinishesFirst() {
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        // Early items take longest, so with two threads the later ones finish first.
        List<String> out = InOrderWork.map(items, i -> {
            threads.add(Thread.currentThread().getName());
            if (i < 4) {
                sleep(30);
            }
            return "item " + i;
        });
        assertEquals(items.stream().map(i -> "item " + i).toList(), out);
        assertTrue(threads.size() <= 1 + java.util.concurrent.ForkJoinPool.getCommonPoolParallelism(), threads.toString());
    }

    @Test
    void everyItemIsWorkedOnOnce() {
        AtomicInteger calls = new AtomicInteger();
        List<Integer> out = InOrderWork.map(IntStream.range(0, 1000).boxed().toList(), i -> {
            calls.incrementAndGet();
            return i * 2;
        });
        assertEquals(1000, calls.get());
        assertEquals(IntStream.range(0, 1000).map(i -> i * 2).boxed().toList(), out);
    }

    @Test
    void anEmptyListGivesAnEmptyResult() {
        assertEquals(List.of(), InOrderWork.map(List.<String>of(), String::length));
    }

    @Test
    void theFirstFailureIsRethrownToTheCaller() {
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> InOrderWork.map(IntStream.range(0, 50).boxed().toList(), i -> {
                    if (i == 7) {
                        throw boom;
                    }
                    return i;
                }));
        assertSame(boom, thrown);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

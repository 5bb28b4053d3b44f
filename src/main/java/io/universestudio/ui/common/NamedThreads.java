package io.universestudio.ui.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Background threads with names that say what they do ({@code validation-1}, {@code io-1}), as daemons. */
public final class NamedThreads {

    private NamedThreads() {
    }

    public static ThreadFactory factory(String name) {
        AtomicInteger counter = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** One thread doing one kind of work in order; later work waits for earlier. */
    public static ScheduledExecutorService single(String name) {
        return Executors.newSingleThreadScheduledExecutor(factory(name));
    }
}

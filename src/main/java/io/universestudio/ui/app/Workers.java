package io.universestudio.ui.app;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.ui.common.NamedThreads;
import javafx.application.Platform;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Where work runs. The application uses named background threads ({@code validation-1}, {@code io-1},
 * {@code highlight-1}, {@code render-1}) and delivers results with {@code Platform.runLater}; tests use
 * {@link #direct()}, where everything runs at once on the caller's thread, so they need no waiting.
 */
public final class Workers {

    private final Executor fx;
    private final ScheduledExecutorService validation;
    private final ScheduledExecutorService io;
    private final ScheduledExecutorService highlight;
    private final ScheduledExecutorService render;
    private final ScheduledExecutorService publish;
    private final Duration liveDelay;

    private Workers(Executor fx, ScheduledExecutorService validation, ScheduledExecutorService io,
                    ScheduledExecutorService highlight, ScheduledExecutorService render, ScheduledExecutorService publish,
                    Duration liveDelay) {
        this.fx = fx;
        this.validation = validation;
        this.io = io;
        this.highlight = highlight;
        this.render = render;
        this.publish = publish;
        this.liveDelay = liveDelay;
    }

    public static Workers background() {
        return new Workers(Platform::runLater, NamedThreads.single("validation"), NamedThreads.single("io"),
                NamedThreads.single("highlight"), NamedThreads.single("render"), NamedThreads.single("publish"),
                Duration.ofMillis(200));
    }

    public static Workers direct() {
        return new Workers(Runnable::run, null, null, null, null, null, Duration.ZERO);
    }

    private static Executor orDirect(Executor e) {
        return e != null ? e : Runnable::run;
    }

    public Executor fx() {
        return fx;
    }

    public Executor validation() {
        return orDirect(validation);
    }

    public Executor io() {
        return orDirect(io);
    }

    public Executor highlight() {
        return orDirect(highlight);
    }

    public Executor render() {
        return orDirect(render);
    }

    /** Publishing, the repository test and the built-in server's start: network and disk work that may take a while. */
    public Executor publish() {
        return orDirect(publish);
    }

    /** The debouncer for live validation and preview (about 200 ms). */
    public Debouncer liveDebouncer(boolean forRender) {
        return validation == null ? Debouncer.immediate() : new Debouncer(forRender ? render : validation, liveDelay);
    }

    /** A debouncer whose tasks run on the io thread, for saving the settings, preferences and drafts. */
    public Debouncer ioDebouncer(Duration delay) {
        return io == null ? Debouncer.immediate() : new Debouncer(io, delay);
    }

    public void shutdown() {
        for (ScheduledExecutorService s : java.util.Arrays.asList(validation, io, highlight, render, publish)) {
            if (s != null) {
                s.shutdownNow();
            }
        }
    }

}

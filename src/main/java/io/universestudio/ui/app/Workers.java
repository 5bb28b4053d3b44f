package io.universestudio.ui.app;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.ui.common.NamedThreads;
import javafx.application.Platform;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Where work runs: the only place in the application that makes threads or hands work to the FX thread.
 * The application uses named background threads ({@code validation-1}, {@code io-1}, {@code highlight-1},
 * {@code render-1}, {@code publish-1}, {@code desktop-1}) and delivers results with {@code Platform.runLater};
 * tests use {@link #direct()}, where work runs at once on the caller's thread, so they need no waiting.
 */
public final class Workers {

    private static final Executor FX_LATER = Platform::runLater;

    private final Executor fx;
    private final ScheduledExecutorService validation;
    private final ScheduledExecutorService io;
    private final ScheduledExecutorService highlight;
    private final ScheduledExecutorService render;
    private final ScheduledExecutorService publish;
    private final ScheduledExecutorService desktop;
    private final Duration liveDelay;

    private Workers(Executor fx, ScheduledExecutorService validation, ScheduledExecutorService io,
                    ScheduledExecutorService highlight, ScheduledExecutorService render, ScheduledExecutorService publish,
                    ScheduledExecutorService desktop, Duration liveDelay) {
        this.fx = fx;
        this.validation = validation;
        this.io = io;
        this.highlight = highlight;
        this.render = render;
        this.publish = publish;
        this.desktop = desktop;
        this.liveDelay = liveDelay;
    }

    /** The application's threads. Each starts with its first task. */
    public static Workers background() {
        return new Workers(FX_LATER, NamedThreads.single("validation"), NamedThreads.single("io"),
                NamedThreads.single("highlight"), NamedThreads.single("render"), NamedThreads.single("publish"),
                NamedThreads.single("desktop"), Duration.ofMillis(200));
    }

    /** Everything at once on the caller's thread, except {@link #fxLater()}, which still posts. */
    public static Workers direct() {
        return new Workers(Runnable::run, null, null, null, null, null, null, Duration.ZERO);
    }

    private static Executor orDirect(Executor e) {
        return e != null ? e : Runnable::run;
    }

    /** Where the results of work started here come back: the FX thread (at once with direct workers). */
    public Executor fx() {
        return fx;
    }

    /**
     * Always posted to the FX thread, with direct workers too: for calls from threads this application does
     * not own (the server's request listener, image downloads) and for work that must wait until the
     * current layout pass is over.
     */
    public Executor fxLater() {
        return FX_LATER;
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

    /** Asking the desktop to open a browser, which may block while one starts. */
    public Executor desktop() {
        return orDirect(desktop);
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
        for (ScheduledExecutorService s : Arrays.asList(validation, io, highlight, render, publish, desktop)) {
            if (s != null) {
                s.shutdownNow();
            }
        }
    }
}

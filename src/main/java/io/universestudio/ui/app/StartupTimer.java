package io.universestudio.ui.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Logs how long the app took from JVM start to its first shown window and to its first check of the
 * opened package, with the phases in between, so start time can be measured on an installed build
 * (packaging/linux/check-deb.sh and start-benchmark.sh read these lines) without a profiler. Phases are
 * stamped with {@link System#nanoTime()}; the JVM's uptime (java.management) is read once, after the window
 * is shown, so timing the start does not slow it.
 */
public final class StartupTimer {

    static final String MESSAGE_PREFIX = "first window shown";
    static final String CHECKED_PREFIX = "first check done";

    private static final System.Logger LOG = System.getLogger(StartupTimer.class.getName());
    private static final List<Mark> MARKS = new ArrayList<>();

    private record Mark(String phase, long nanos) {
    }

    private StartupTimer() {
    }

    /** Notes that a phase of the start ended now (FX thread or main thread, before the window is shown). */
    public static synchronized void mark(String phase) {
        if (MARKS.size() < 32) {
            MARKS.add(new Mark(phase, System.nanoTime()));
        }
    }

    /** Call before {@code stage.show()}: logs the time when the stage is first shown. */
    public static void reportWhenShown(Stage stage) {
        EventHandler<WindowEvent> once = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                mark("window shown");
                LOG.log(System.Logger.Level.INFO, message(millisSinceJvmStart()));
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, once);
    }

    /** Marks {@code phase} the first time {@code value} changes to what {@code done} accepts. */
    public static <T> void markWhen(ObservableValue<T> value, Predicate<T> done, String phase) {
        once(value, done, () -> mark(phase));
    }

    /** Runs {@code then} the first time {@code value} changes to a value (not null) that {@code done} accepts. */
    private static <T> void once(ObservableValue<T> value, Predicate<T> done, Runnable then) {
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> o, T was, T now) {
                if (now != null && done.test(now)) {
                    value.removeListener(this);
                    then.run();
                }
            }
        });
    }

    /**
     * Logs, once, the time when {@code results} first holds a value that {@code done} accepts (the check of
     * the opened package), followed by every phase noted with {@link #mark}.
     */
    public static <T> void reportWhenChecked(ObservableValue<T> results, Predicate<T> done) {
        once(results, done, () -> {
            mark("checked");
            LOG.log(System.Logger.Level.INFO, CHECKED_PREFIX + " " + millisSinceJvmStart() + " ms after JVM start; " + phases());
        });
    }

    /** "main 180 ms, toolkit 640 ms, ...": each phase's end in milliseconds after JVM start. */
    static synchronized String phases() {
        long uptime = millisSinceJvmStart();
        long now = System.nanoTime();
        StringBuilder out = new StringBuilder("phases (ms after JVM start):");
        for (Mark m : MARKS) {
            out.append(String.format(Locale.ROOT, " %s %d;", m.phase(), uptime - (now - m.nanos()) / 1_000_000));
        }
        return out.toString();
    }

    /**
     * The JVM's uptime. Not "now minus getStartTime()": the start time is stamped after the JVM has
     * initialised, which hides ~100 ms of every start (measured).
     */
    static long millisSinceJvmStart() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    static String message(long millis) {
        return MESSAGE_PREFIX + " " + millis + " ms after JVM start";
    }
}

package io.universestudio.ui.app;

import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.lang.management.ManagementFactory;

/**
 * Logs once how long the app took from JVM start to its first shown window, so start time can be measured
 * on an installed build (packaging/linux/check-deb.sh reads this line) without a profiler.
 */
public final class StartupTimer {

    static final String MESSAGE_PREFIX = "first window shown";

    private static final System.Logger LOG = System.getLogger(StartupTimer.class.getName());

    private StartupTimer() {
    }

    /** Call before {@code stage.show()}: logs the time when the stage is first shown. */
    public static void reportWhenShown(Stage stage) {
        EventHandler<WindowEvent> once = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                LOG.log(System.Logger.Level.INFO, message(millisSinceJvmStart()));
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, once);
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

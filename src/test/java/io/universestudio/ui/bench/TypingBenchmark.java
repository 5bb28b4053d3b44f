package io.universestudio.ui.bench;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.schema.OptionPath;
import io.universestudio.testsupport.Shared;
import io.universestudio.ui.app.AppContext;
import io.universestudio.ui.app.Workers;
import io.universestudio.core.settings.UserFolders;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typing as a person does (10 characters a second) into four editors of D/datastax-dse/700 in the real
 * window with the application's background threads, while a probe on the FX thread (an AnimationTimer)
 * measures how late each frame pulse runs: a pulse is due every 16.7 ms, so a late one is a dropped frame.
 * Editors: the package form's description, an option's description in the options editor, config.json's
 * source (inside a description string, so it stays valid JSON) and the template's source (inside a string).
 * Validation, preview and highlighting results land while typing, as in the window. The CPU time that the FX
 * thread and the render thread spend per typed character is printed too: unlike lateness it hardly depends on
 * what else the machine runs, so it compares builds measured at different loads; so does the FX thread's CPU
 * time from one pulse to the next (the work that held a frame back, as opposed to waiting for a busy machine).
 * When a pulse is more than 50 ms late a sampler notes what the FX thread was doing (and which of this
 * application's frames, pulse phase or RichTextFX entry set it off), and the most frequent places are printed,
 * with the collector's pauses that overlapped stalls. Headless (Monocle, software rendering), as the tests run.
 *
 * <p>Run with {@code mvn -Pbench test -Dtest=TypingBenchmark}; {@code -Dtyping.chars=300} (the default)
 * sets how many characters per editor. {@code -DargLine=-XX:NewSize=128m} gives the JVM the app image's heap
 * option (packaging/image.args); add {@code -Xlog:gc:file=gc.log} to see every collection.
 */
class TypingBenchmark {

    private static final long FRAME_NANOS = 16_666_667;
    private static final long STALL_NANOS = 50_000_000;
    private static final int CHARS = Integer.getInteger("typing.chars", 300);
    private static final String WORDS = "the quick brown fox jumps over the lazy dog ";

    @TempDir
    static Path home;

    private static Stage stage;
    private static AppContext app;

    @BeforeAll
    static void openTheWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Path revision = Shared.revision("D/datastax-dse/700");
        app = onFx(() -> {
            AppContext c = new AppContext(new UserFolders(home.resolve("config"), home.resolve("data")), Workers.background());
            c.show(stage, Optional.of(revision));
            return c;
        });
        waitUntil(() -> app.validation().result() != null && app.validation().result().revision() == app.session().current());
    }

    @AfterAll
    static void closeTheWindow() throws Exception {
        onFx(() -> {
            app.shutdown();
            stage.hide();
            return null;
        });
    }

    @Test
    void typingKeepsTheFramesComing() throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<String> lines = new ArrayList<>();
        lines.add(type("package form: description", () -> app.tabs().select(RevisionFile.PACKAGE, true),
                () -> stage.getScene().lookup("#field-description"), null));
        lines.add(type("options editor: an option's description", () -> {
            app.tabs().select(RevisionFile.CONFIG, true);
            app.visualEditors().options().select(OptionPath.of("service", "name"));
        }, () -> stage.getScene().lookup("#prop-description"), null));
        lines.add(type("config.json source", () -> app.tabs().select(RevisionFile.CONFIG, false),
                () -> app.tabs().source(RevisionFile.CONFIG).orElseThrow().area(), "\"description\": \""));
        lines.add(type("template source", () -> app.tabs().select(RevisionFile.TEMPLATE, false),
                () -> app.tabs().source(RevisionFile.TEMPLATE).orElseThrow().area(), "\"DCOS_COMMONS_API_VERSION\": \""));
        int problemCount = onFx(() -> app.validation().result().report().problems().size());
        System.out.println("[bench] typing " + CHARS + " characters at 10 a second into datastax-dse/700 (" + problemCount
                + " problems; frame pulse lateness on the FX thread):");
        lines.forEach(l -> System.out.println("[bench]   " + l));
        System.out.println(String.format(Locale.ROOT, "[bench] machine load average: %.1f before, %.1f after, on %d cores", loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors()));
    }

    /** Shows the editor, puts the caret after {@code after} (or at the end), types and reports the pulses' lateness. */
    private static String type(String what, Runnable show, Supplier<Node> find, String after) throws Exception {
        onFx(() -> {
            show.run();
            return null;
        });
        Thread.sleep(1000); // the tab's first layout and highlighting are not typing
        Node target = onFx(() -> {
            Node n = find.get();
            assertThat(n).as(what).isNotNull();
            n.requestFocus();
            if (n instanceof CodeArea area) {
                int at = area.getText().indexOf(after);
                assertThat(at).as("where to type in " + what).isNotNegative();
                area.moveTo(at + after.length());
            } else if (n instanceof javafx.scene.control.TextInputControl t) {
                t.positionCaret(t.getLength());
            }
            return n;
        });
        Thread.sleep(1000);

        PulseProbe probe = new PulseProbe();
        onFx(() -> {
            probe.start();
            return null;
        });
        long t0 = System.nanoTime();
        for (int i = 0; i < CHARS; i++) {
            char c = WORDS.charAt(i % WORDS.length());
            Platform.runLater(() -> typeChar(target, c));
            long next = t0 + (i + 1) * 100_000_000L;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        Thread.sleep(1500); // the last commit, check and render land
        onFx(() -> {
            probe.stop();
            return null;
        });
        String typed = onFx(() -> target instanceof CodeArea a ? a.getText()
                : ((javafx.scene.control.TextInputControl) target).getText());
        assertThat(typed).as("the characters reached " + what).contains(WORDS.substring(0, 20));
        return probe.describe(what);
    }

    private static void typeChar(Node target, char c) {
        String s = String.valueOf(c);
        KeyCode code = c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(s.toUpperCase(Locale.ROOT));
        target.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, s, code, false, false, false, false));
        target.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, s, "", KeyCode.UNDEFINED, false, false, false, false));
        target.fireEvent(new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, s, code, false, false, false, false));
    }

    /**
     * Pulse lateness, measured on the FX thread: the time between two pulses beyond one frame. A sampler
     * thread looks at the FX thread's stack while a pulse is overdue by more than 50 ms.
     */
    private static final class PulseProbe {
        private final List<Long> late = new ArrayList<>();
        /** Each stall as {start, end} in milliseconds of JVM uptime, to match against the GC's pauses. */
        private final List<long[]> stallSpans = new ArrayList<>();
        private final GcPauses gcPauses = new GcPauses();
        private final Map<String, Integer> stallPlaces = new HashMap<>();
        private volatile long lastPulse;
        /** FX thread CPU time between two pulses: the work that held a frame back, whatever else the machine ran. */
        private final List<Long> workBetween = new ArrayList<>();
        private long lastPulseCpu;
        private volatile boolean running;
        private Thread fxThread;
        private Thread sampler;
        private long cpuAtStart;
        private long cpuUsed;
        private long renderCpuAtStart;
        private long renderCpuUsed;
        private final AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                if (lastPulse != 0) {
                    workBetween.add(cpu - lastPulseCpu);
                }
                lastPulseCpu = cpu;
                if (lastPulse != 0) {
                    long lateBy = Math.max(0, t - lastPulse - FRAME_NANOS);
                    late.add(lateBy);
                    if (lateBy > STALL_NANOS) {
                        long end = ManagementFactory.getRuntimeMXBean().getUptime();
                        stallSpans.add(new long[] {end - (t - lastPulse) / 1_000_000, end});
                    }
                }
                lastPulse = t;
            }
        };

        void start() {
            fxThread = Thread.currentThread();
            cpuAtStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            renderCpuAtStart = renderThreadCpu();
            running = true;
            gcPauses.start();
            timer.start();
            sampler = new Thread(this::sample, "pulse-stall-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() {
            cpuUsed = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuAtStart;
            renderCpuUsed = renderThreadCpu() - renderCpuAtStart;
            timer.stop();
            running = false;
            gcPauses.stop();
        }

        /** CPU time of JavaFX's render thread (it paints what the pulse laid out; the pulse waits for it). */
        private static long renderThreadCpu() {
            return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                    .mapToLong(t -> ManagementFactory.getThreadMXBean().getThreadCpuTime(t.getId())).sum();
        }

        private void sample() {
            while (running) {
                long since = System.nanoTime() - lastPulse;
                if (lastPulse != 0 && since > STALL_NANOS) {
                    String place = placeOf(fxThread.getStackTrace());
                    synchronized (stallPlaces) {
                        stallPlaces.merge(place, 1, Integer::sum);
                    }
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /**
         * The three innermost frames outside the JDK's own packages (this application, JavaFX, RichTextFX),
         * innermost first; "waiting" when the FX thread sits in a wait (the render thread's previous frame).
         */
        private static String placeOf(StackTraceElement[] stack) {
            List<String> frames = Arrays.stream(stack)
                    .filter(f -> !f.getClassName().startsWith("java.") && !f.getClassName().startsWith("jdk.")
                            && !f.getClassName().startsWith("sun.") && !f.getClassName().contains("$$Lambda")
                            && !f.getClassName().startsWith("io.universestudio.ui.bench"))
                    .limit(3).map(f -> f.getClassName().replaceAll("^.*\\.", "") + "." + f.getMethodName()).toList();
            String top = stack.length > 0 ? stack[0].getMethodName() : "?";
            // The innermost frame of this application's own code says what set the work off (a pulse, a listener).
            String ours = Arrays.stream(stack).filter(f -> f.getClassName().startsWith("io.universestudio.")
                            && !f.getClassName().startsWith("io.universestudio.ui.bench"))
                    .findFirst().map(f -> " (from " + f.getClassName().replaceAll("^.*\\.", "") + "." + f.getMethodName() + ")")
                    .orElseGet(() -> outside(stack));
            return (top.equals("park") || top.equals("wait") ? "waiting in " : "") + String.join(" < ", frames) + ours;
        }

        /**
         * For work outside this application's code: the pulse's phase it ran in (CSS, layout, sync to the
         * render thread), or else the outermost RichTextFX frame (the area's own handling of a change).
         */
        private static String outside(StackTraceElement[] stack) {
            for (int i = 1; i < stack.length; i++) {
                if (stack[i].getClassName().endsWith("Scene$ScenePulseListener") && stack[i].getMethodName().equals("pulse")) {
                    return " (in the pulse: " + stack[i - 1].getClassName().replaceAll("^.*\\.", "") + "." + stack[i - 1].getMethodName() + ")";
                }
            }
            for (int i = stack.length - 1; i >= 0; i--) {
                if (stack[i].getClassName().startsWith("org.fxmisc.")) {
                    return " (from " + stack[i].getClassName().replaceAll("^.*\\.", "") + "." + stack[i].getMethodName() + ")";
                }
            }
            return "";
        }

        String describe(String what) {
            long[] sorted = late.stream().mapToLong(Long::longValue).sorted().toArray();
            long stalls = Arrays.stream(sorted).filter(v -> v > STALL_NANOS).count();
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "%-42s pulses=%d lateness p50=%.1f ms p99=%.1f ms max=%.1f ms; stalls > 50 ms: %d; CPU a character: FX thread %.1f ms, render thread %.1f ms",
                    what + ":", sorted.length, at(sorted, 0.50), at(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, stalls,
                    cpuUsed / 1e6 / CHARS, renderCpuUsed / 1e6 / CHARS));
            long[] work = workBetween.stream().mapToLong(Long::longValue).sorted().toArray();
            out.append(String.format(Locale.ROOT, "%n[bench]       FX thread CPU from one pulse to the next: p99=%.1f ms max=%.1f ms; over 50 ms: %d",
                    at(work, 0.99), work.length == 0 ? 0 : work[work.length - 1] / 1e6, Arrays.stream(work).filter(v -> v > STALL_NANOS).count()));
            List<long[]> pauses = gcPauses.pauses();
            long inGc = stallSpans.stream().filter(st -> pauses.stream().anyMatch(g -> g[0] < st[1] && g[1] > st[0])).count();
            out.append(String.format(Locale.ROOT, "%n[bench]       GC pauses while typing: %d, longest %d ms, %d ms in all; stalls during a GC pause: %d of %d",
                    pauses.size(), pauses.stream().mapToLong(g -> g[1] - g[0]).max().orElse(0),
                    pauses.stream().mapToLong(g -> g[1] - g[0]).sum(), inGc, stalls));
            synchronized (stallPlaces) {
                stallPlaces.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
                        .forEach(e -> out.append(String.format(Locale.ROOT, "%n[bench]       FX thread during stalls (%d samples of 5 ms): %s",
                                e.getValue(), e.getKey())));
            }
            return out.toString();
        }

        private static double at(long[] sorted, double q) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }

    /**
     * The collector's stop-the-world pauses, from the JVM's GC notifications ({start, end} in milliseconds of
     * uptime). Concurrent cycles (G1's concurrent marking, ZGC's cycles) do not stop the FX thread and are left out.
     */
    private static final class GcPauses implements NotificationListener {
        private final List<long[]> pauses = new ArrayList<>();

        void start() {
            ManagementFactory.getGarbageCollectorMXBeans().forEach(b -> ((NotificationEmitter) b).addNotificationListener(this, null, null));
        }

        void stop() {
            for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
                try {
                    ((NotificationEmitter) b).removeNotificationListener(this);
                } catch (ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        @Override
        public void handleNotification(Notification n, Object handback) {
            if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            String name = info.getGcName();
            if (name.contains("Concurrent") || name.contains("Cycles")) {
                return;
            }
            synchronized (pauses) {
                pauses.add(new long[] {info.getGcInfo().getStartTime(), info.getGcInfo().getEndTime()});
            }
        }

        List<long[]> pauses() {
            synchronized (pauses) {
                return List.copyOf(pauses);
            }
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
    }

    private static void waitUntil(Supplier<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!onFx(condition::get)) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(end);
            Thread.sleep(100);
        }
    }
}

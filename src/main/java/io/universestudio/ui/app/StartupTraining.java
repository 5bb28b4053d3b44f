package io.universestudio.ui.app;

import io.universestudio.core.io.OperatingSystem;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.settings.UserFolders;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The training run for the app image's class cache (ADR 0137), started by {@code mvn -Pdist package} with
 * the image's own runtime and class path, headless (Monocle), and with {@code -XX:AOTCacheOutput} (JDK 25)
 * or {@code -XX:ArchiveClassesAtExit} (JDK 17): it starts the window as a person would, on the bundled
 * sample written to a folder, waits until the package is checked and rendered, shows each tab's form and
 * source once, and exits. Every class loaded on the way is then read from the cache at the next start.
 * It uses folders of its own, so the build never touches the builder's settings.
 */
public final class StartupTraining {

    private static final System.Logger LOG = System.getLogger(StartupTraining.class.getName());

    private static Path home;

    private StartupTraining() {
    }

    /** A plain main class: the java launcher refuses to start an Application subclass without JavaFX modules. */
    public static void main(String[] args) throws IOException {
        home = Files.createTempDirectory("universe-studio-training");
        Path revision = home.resolve("package");
        RevisionWriter.write(Samples.load(Samples.DEFAULT), revision);
        loadTheRealStartsOwnClasses();
        try {
            Application.launch(Run.class, revision.toString());
        } finally {
            deleteQuietly(home);
        }
        System.exit(0); // ends the JVM now, whatever thread is left, so the cache is written
    }

    /**
     * Loads, without running them, the classes of the real start that this run does not take: the launcher
     * path and the platform's windowing classes (Monocle stands in for them here). A class loaded in training
     * is read from the cache at every start; these were read from their jars, about 40 of them (ADR 0158).
     */
    private static void loadTheRealStartsOwnClasses() {
        for (Class<?> launcher : List.of(io.universestudio.Main.class, io.universestudio.cli.CommandArguments.class,
                StudioLauncher.class, StudioApplication.class, GpuProbeMemory.class)) {
            load(launcher.getName()); // a class literal loads without running, as the windowing classes below
        }
        String windowing = switch (OperatingSystem.current()) {
            case LINUX -> "com/sun/glass/ui/gtk/";
            case WINDOWS -> "com/sun/glass/ui/win/";
            case MACOS -> "com/sun/glass/ui/mac/";
            case OTHER -> null;
        };
        if (windowing != null) {
            classesIn(windowing).forEach(StartupTraining::load);
        }
    }

    /** The classes of one package folder of the jar that holds it, by name; none if it is not in a jar. */
    private static List<String> classesIn(String folder) {
        URL found = StartupTraining.class.getClassLoader().getResource(folder);
        if (found == null || !"jar".equals(found.getProtocol())) {
            LOG.log(System.Logger.Level.WARNING, "Training: no jar holds " + folder);
            return List.of();
        }
        try {
            JarURLConnection connection = (JarURLConnection) found.openConnection();
            connection.setUseCaches(false); // a jar file of its own, closed below
            try (JarFile jar = connection.getJarFile()) {
                return jar.stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(folder) && n.endsWith(".class") && n.indexOf('/', folder.length()) < 0)
                        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                        .toList();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Training: could not list " + folder, e);
            return List.of();
        }
    }

    private static void load(String className) {
        try {
            Class.forName(className, false, StartupTraining.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "Training: could not load " + className, e);
        }
    }

    /** The window, driven as described above. */
    public static final class Run extends Application {

        private AppContext context;

        @Override
        public void start(Stage stage) {
            context = new AppContext(new UserFolders(home.resolve("config"), home.resolve("data")), Workers.background());
            context.show(stage, Optional.of(Path.of(getParameters().getUnnamed().get(0))));
            waitUntilReady(stage, 0);
        }

        /** Polls on the FX thread (so each look sees a finished pulse) until checked and rendered, 60 s at most. */
        private void waitUntilReady(Stage stage, int tries) {
            boolean checked = context.validation().result() != null
                    && context.validation().result().revision() == context.session().current();
            boolean rendered = context.preview().result() != null
                    && context.preview().result().revision() == context.session().current();
            if (checked && rendered || tries > 600) {
                if (!(checked && rendered)) {
                    LOG.log(System.Logger.Level.WARNING, "Training: the sample was not checked and rendered within 60 s");
                }
                visitTabs(stage);
                return;
            }
            later(100, () -> waitUntilReady(stage, tries + 1));
        }

        /** Each tab's form, then its source, a pulse apart, so their views are built, styled and drawn once. */
        private void visitTabs(Stage stage) {
            Deque<Runnable> steps = new ArrayDeque<>();
            for (RevisionFile file : new RevisionFile[] {RevisionFile.PACKAGE, RevisionFile.CONFIG, RevisionFile.RESOURCE, RevisionFile.TEMPLATE}) {
                steps.add(() -> context.tabs().select(file, true));
                steps.add(() -> context.tabs().select(file, false));
            }
            steps.add(() -> context.tabs().select(RevisionFile.PACKAGE, true));
            runSteps(steps, stage);
        }

        private void runSteps(Deque<Runnable> steps, Stage stage) {
            if (steps.isEmpty()) {
                stage.hide(); // the window's own close: Platform.exit through its hidden handler
                Platform.exit();
                return;
            }
            steps.removeFirst().run();
            later(150, () -> runSteps(steps, stage));
        }

        private static void later(int millis, Runnable then) {
            PauseTransition pause = new PauseTransition(Duration.millis(millis));
            pause.setOnFinished(e -> then.run());
            pause.play();
        }

        @Override
        public void stop() {
            if (context != null) {
                context.shutdown();
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Training: the temporary folder stays: " + folder, e);
        }
    }
}

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gives an app image a class cache for a fast start (ADR 0137). Run by {@code mvn -Pdist package} with the
 * build's JDK in source-file mode, after jpackage made the image:
 * {@code java packaging/TrainStartCache.java IMAGE_FOLDER LOG_FILE INSTALLER_TYPE}.
 *
 * <p>It starts the image's own runtime once, headless (Monocle), with the image's class path in the order
 * of the window launcher's .cfg, on the training entry point (io.universestudio.ui.app.StartupTraining),
 * which opens a sample package, waits until it is checked and rendered, shows every tab and exits. A JDK 25
 * runtime writes an AOT cache (JEP 483/514: classes loaded and linked, ready to map); an older one a CDS
 * archive of the application's classes (-XX:ArchiveClassesAtExit). Then it adds the option that reads the
 * cache to the window launcher's .cfg. With JDK 25 the command-line launcher gets a cache of its own the same
 * way, trained by io.universestudio.cli.CliTraining with that launcher's options (ADR 0151). Fails the build
 * when a training run fails, so an image never ships without the cache it was meant to have.
 *
 * <p>For a .deb the cache (70 MB, 11.5 MB compressed) would take the package over its 50 MB budget, so the
 * image gets the option but no cache: the package's postinst makes it with the same training run on the
 * user's machine at install time (packaging/linux/resources/postinst). It also drops the runtime's CDS
 * archive for heaps over 32 GB (classes_nocoops.jsa, 15 MB), which neither launcher ever uses.
 */
public final class TrainStartCache {

    private static final String TRAINING_MAIN = "io.universestudio.ui.app.StartupTraining";
    private static final String LAUNCHER_CFG = "Universe Studio.cfg";
    /** The command-line launcher: its own cache, trained on its own commands with its own options (ADR 0151). */
    private static final String CLI_TRAINING_MAIN = "io.universestudio.cli.CliTraining";
    private static final String CLI_CFG = "universe-studio.cfg";
    private static final String CLI_CACHE = "universe-studio-cli.aot";
    /** 2000-01-01T00:00:00Z, the jars' time in an image with a cache (see pinJarTimes); the .rpm's spec uses it too. */
    private static final FileTime JAR_TIME = FileTime.fromMillis(946_684_800_000L);

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]).toAbsolutePath();
        Path log = Path.of(args[1]).toAbsolutePath();
        boolean atInstall = args.length > 2 && args[2].equals("deb");
        Path cfg = find(image, p -> p.getFileName().toString().equals(LAUNCHER_CFG));
        Path javaExe = find(image, p -> (p.getFileName().toString().equals("java") || p.getFileName().toString().equals("java.exe"))
                && p.getParent().getFileName().toString().equals("bin") && p.toString().contains("runtime"));
        Path appDir = cfg.getParent();
        Path runtimeHome = javaExe.getParent().getParent();
        int major = javaMajor(runtimeHome.resolve("release"));
        boolean aot = major >= 25;
        String cacheName = aot ? "universe-studio.aot" : "universe-studio.jsa";
        Path cache = appDir.resolve(cacheName);
        Files.deleteIfExists(cache);
        Files.deleteIfExists(runtimeHome.resolve("lib").resolve("server").resolve("classes_nocoops.jsa"));

        List<String> cfgLines = Files.readAllLines(cfg, StandardCharsets.UTF_8);
        List<String> classPath = classPathOf(cfgLines, appDir);
        List<String> moduleOptions = major >= 24
                ? List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow") : List.of();

        List<String> options = new ArrayList<>(moduleOptions);
        options.add(aot ? "-XX:AOTCache=$APPDIR/" + cacheName : "-XX:SharedArchiveFile=$APPDIR/" + cacheName);
        if (aot) {
            // Without its cache (an install made with --no-scripts, a training that failed) the app starts as
            // it would without the option, only slower; JDK 25 would print three "[error][aot]" lines to the
            // terminal on every start for it. To see why a cache does not load:
            // lib/runtime/bin/java -XX:AOTCache=lib/app/universe-studio.aot -Xlog:aot -version
            options.add("-Xlog:aot=off");
        }
        if (atInstall) {
            Files.write(cfg, withJavaOptions(cfgLines, options), StandardCharsets.UTF_8);
            System.out.println("[train-start-cache] JDK " + major + " runtime: " + cacheName + " is made at install (postinst)");
            if (aot) {
                trainCli(javaExe, appDir, log, true);
            }
            return;
        }

        pinJarTimes(appDir);
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExe.toString());
        cmd.add(aot ? "-XX:AOTCacheOutput=" + cache : "-XX:ArchiveClassesAtExit=" + cache);
        cmd.addAll(moduleOptions);
        cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-cp", String.join(java.io.File.pathSeparator, classPath), TRAINING_MAIN));
        System.out.println("[train-start-cache] JDK " + major + " runtime: training run for " + (aot ? "an AOT cache" : "a CDS archive")
                + " (log: " + log + ")");
        train(cmd, log, cache, "The training run");
        Files.write(cfg, withJavaOptions(cfgLines, options), StandardCharsets.UTF_8);
        if (aot) {
            trainCli(javaExe, appDir, log, false);
        }
    }

    /**
     * The command-line launcher's AOT cache: one run of {@code CliTraining} with the CLI launcher's class path
     * and options (C1 only, the parallel collector: a cache is made for the options it is used with), then the
     * option that reads it in that launcher's .cfg. JDK 25 only: a JDK 17 CDS archive gained nothing (ADR 0135).
     */
    private static void trainCli(Path javaExe, Path appDir, Path windowLog, boolean atInstall) throws Exception {
        Path cfg = appDir.resolve(CLI_CFG);
        if (!Files.isRegularFile(cfg)) {
            return;
        }
        Path cache = appDir.resolve(CLI_CACHE);
        Files.deleteIfExists(cache);
        List<String> cfgLines = Files.readAllLines(cfg, StandardCharsets.UTF_8);
        List<String> options = List.of("-XX:AOTCache=$APPDIR/" + CLI_CACHE, "-Xlog:aot=off");
        if (atInstall) {
            Files.write(cfg, withJavaOptions(cfgLines, options), StandardCharsets.UTF_8);
            System.out.println("[train-start-cache] " + CLI_CACHE + " is made at install (postinst)");
            return;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExe.toString());
        cmd.add("-XX:AOTCacheOutput=" + cache);
        for (String line : cfgLines) {
            if (line.startsWith("java-options=") && !line.startsWith("java-options=-Djpackage")) {
                cmd.add(line.substring("java-options=".length()));
            }
        }
        cmd.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classPathOf(cfgLines, appDir)), CLI_TRAINING_MAIN));
        train(cmd, windowLog.resolveSibling("cli-cache-training.log"), cache, "The CLI training run");
        Files.write(cfg, withJavaOptions(cfgLines, options), StandardCharsets.UTF_8);
    }

    /** Runs one training ({@code what} names it in a failure) and fails the build unless it wrote {@code cache}. */
    private static void train(List<String> cmd, Path log, Path cache, String what) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException(what + " did not end within 10 minutes; see " + log);
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(cache)) {
            throw new IllegalStateException(what + " failed (exit " + p.exitValue() + "); see " + log);
        }
        // JDK 25 writes the cache in a child JVM. When that one crashes, the training still exits 0 and leaves
        // an empty file, which every later start would silently ignore.
        if (Files.size(cache) == 0) {
            throw new IllegalStateException(what + " wrote an empty cache (the JVM writing it failed); see " + log);
        }
        System.out.printf("[train-start-cache] %s: %.1f MB in %.0f s%n", cache.getFileName(), Files.size(cache) / 1e6,
                (System.nanoTime() - t0) / 1e9);
    }

    /** A launcher's class path, in its .cfg's order (the cache holds the classes of that order). */
    private static List<String> classPathOf(List<String> cfgLines, Path appDir) {
        List<String> classPath = new ArrayList<>();
        for (String line : cfgLines) {
            if (line.startsWith("app.classpath=")) {
                classPath.add(line.substring("app.classpath=".length()).replace("$APPDIR", appDir.toString()));
            }
        }
        return classPath;
    }

    /**
     * Gives every jar of the image one fixed modification time before the training. The cache is valid only
     * for jars of the size and time it was made with, and jpackage copies the image without its times when it
     * makes an installer from it; the .rpm's spec sets the same time again (packaging/linux/resources).
     */
    static void pinJarTimes(Path appDir) throws IOException {
        try (Stream<Path> all = Files.walk(appDir)) {
            for (Path jar : all.filter(p -> p.getFileName().toString().endsWith(".jar")).toList()) {
                Files.setLastModifiedTime(jar, JAR_TIME);
            }
        }
    }

    /** The .cfg with {@code java-options=} lines added after the last one of its [JavaOptions] section. */
    static List<String> withJavaOptions(List<String> lines, List<String> options) {
        List<String> out = new ArrayList<>(lines);
        int at = -1;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).startsWith("java-options=") || out.get(i).equals("[JavaOptions]")) {
                at = i;
            }
        }
        if (at < 0) {
            out.add("[JavaOptions]");
            at = out.size() - 1;
        }
        for (String option : options) {
            out.add(++at, "java-options=" + option);
        }
        return out;
    }

    private static int javaMajor(Path release) throws IOException {
        Matcher m = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
        if (!m.find()) {
            throw new IllegalStateException("No JAVA_VERSION in " + release);
        }
        return Integer.parseInt(m.group(1));
    }

    private static Path find(Path root, java.util.function.Predicate<Path> what) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).filter(what).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Not found in the app image " + root));
        }
    }
}

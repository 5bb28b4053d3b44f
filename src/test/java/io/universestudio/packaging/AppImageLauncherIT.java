package io.universestudio.packaging;

import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launchers of the Linux app image that {@code mvn -Pdist package -Djpackage.type=app-image} builds in
 * target/dist (skipped where it is not built): sh scripts that start the bundled runtime (ADR 0138), not
 * jpackage's native launcher, which asks rpm and dpkg who owns it before every start. Run as a person runs
 * them: through a symbolic link from a folder with spaces (the .deb's /usr/bin link), on paths with spaces.
 */
class AppImageLauncherIT {

    private static final Path IMAGE = Path.of("target", "dist", "Universe Studio").toAbsolutePath();

    @TempDir
    Path tmp;

    @BeforeEach
    void builtImage() {
        assumeTrue(System.getProperty("os.name").equals("Linux"), "the sh launchers are Linux's");
        assumeTrue(Files.isRegularFile(IMAGE.resolve("bin/universe-studio")),
                "no app image in target/dist (mvn -Pdist package -DskipTests -Djpackage.type=app-image)");
    }

    @Test
    void bothLaunchersAreShellScriptsNotTheNativeLauncher() throws IOException {
        for (String name : List.of("Universe Studio", "universe-studio")) {
            String script = Files.readString(IMAGE.resolve("bin").resolve(name), StandardCharsets.ISO_8859_1);
            assertThat(script).as(name).startsWith("#!/bin/sh\n").doesNotContain("\u007fELF")
                    .contains("exec \"$us_root/lib/runtime/bin/java\"", "io.universestudio.Main \"$@\"");
            assertThat(Files.isExecutable(IMAGE.resolve("bin").resolve(name))).as(name).isTrue();
        }
        assertThat(IMAGE.resolve("lib/app/Universe Studio.cfg")).exists();
        assertThat(IMAGE.resolve("lib/app/universe-studio.cfg")).exists();
    }

    @Test
    void eachLauncherReadsItsOwnStartCacheAndTheCommandLineLauncherKeepsItsOptions() throws IOException {
        String window = Files.readString(IMAGE.resolve("bin/Universe Studio"));
        String cli = Files.readString(IMAGE.resolve("bin/universe-studio"));
        if (Files.exists(IMAGE.resolve("lib/app/universe-studio.aot"))) {
            assertThat(window).contains("-XX:AOTCache=\"$us_app\"/universe-studio.aot", "-Xlog:aot=off");
        }
        assertThat(window).doesNotContain("universe-studio-cli.aot");
        assertThat(cli).contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmx1g")
                .doesNotContain("universe-studio.aot");
        // Linux: both heaps in transparent huge pages, and no word about it where the kernel has them off.
        assertThat(window).contains("-XX:+UseTransparentHugePages", "-Xlog:pagesize=off");
        assertThat(cli).contains("-XX:+UseTransparentHugePages", "-Xlog:pagesize=off");
        if (Files.exists(IMAGE.resolve("lib/app/universe-studio-cli.aot"))) {
            assertThat(cli).contains("-XX:AOTCache=\"$us_app\"/universe-studio-cli.aot", "-Xlog:aot=off");
        }
    }

    @Test
    void onlyTheWindowLowersItsCompilersAndTheRuntimeTakesThePolicySilently() throws Exception {
        String window = Files.readString(IMAGE.resolve("bin/Universe Studio"));
        String cli = Files.readString(IMAGE.resolve("bin/universe-studio"));
        assertThat(window).contains("-XX:CompilerThreadPriority=19").doesNotContain("ThreadPriorityPolicy");
        assertThat(cli).doesNotContain("CompilerThreadPriority", "ThreadPriorityPolicy");
        // ADR 0153: the policy is an option of the runtime image, so the JVM takes it without the warning it
        // prints for it on a command line, to every user who is not root.
        Run flags = run(IMAGE.resolve("lib/runtime/bin/java"), "-XX:+PrintFlagsFinal", "-version");
        assertThat(flags.exitCode()).isZero();
        assertThat(flags.out()).containsPattern("ThreadPriorityPolicy\\s+= 1\\s+\\{product\\} \\{jimage\\}")
                .doesNotContain("may require system level permission");
    }

    @Test
    void theWindowTakesReflectionThroughNativeAccessorsAndTheCommandLineDoesNot() throws IOException {
        assertThat(Files.readString(IMAGE.resolve("bin/Universe Studio"))).contains("-Djdk.reflect.useNativeAccessorOnly=true");
        assertThat(Files.readString(IMAGE.resolve("bin/universe-studio"))).doesNotContain("useNativeAccessorOnly");
    }

    @Test
    void noLibraryIsSignedSoTheStartCacheHoldsAllAndNoStartChecksASignature() throws IOException {
        // ADR 0156: JGit comes signed; its signature files are removed when the image is made.
        List<Path> jars;
        try (Stream<Path> files = Files.list(IMAGE.resolve("lib/app/lib"))) {
            jars = files.filter(p -> p.toString().endsWith(".jar")).toList();
        }
        assertThat(jars).anyMatch(p -> p.getFileName().toString().startsWith("org.eclipse.jgit"));
        for (Path jar : jars) {
            try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
                assertThat(file.stream().map(java.util.jar.JarEntry::getName))
                        .as(jar.getFileName().toString())
                        .noneMatch(n -> n.matches("(?i)META-INF/[^/]+\\.(SF|RSA|DSA|EC)"));
                assertThat(file.getManifest() == null || file.getManifest().getEntries().isEmpty())
                        .as(jar.getFileName() + ": no entry digests left in its manifest").isTrue();
            }
        }
    }

    @Test
    void javaFxNativeLibrariesSitBesideItsJarsWhereItLooksFirst() {
        // ADR 0156: else each start reads them from the jar and compares them with copies in ~/.openjfx.
        for (String lib : List.of("libglass.so", "libglassgtk3.so", "libprism_sw.so", "libprism_es2.so",
                "libjavafx_font.so", "libjavafx_font_pango.so", "libjavafx_font_freetype.so")) {
            assertThat(IMAGE.resolve("lib/app/lib").resolve(lib)).as(lib).isRegularFile();
        }
    }

    @Test
    void theCommandLineLauncherUsesItsCacheWhereItHasOne() throws Exception {
        Assumptions.assumeTrue(Files.exists(IMAGE.resolve("lib/app/universe-studio-cli.aot")), "no CLI cache (JDK 17 image)");
        // AOTMode=on makes the JVM refuse to start when the cache cannot be used (another class path,
        // options or runtime than the training's), instead of running on without it silently.
        ProcessBuilder pb = new ProcessBuilder(IMAGE.resolve("bin/universe-studio").toString(), "--version")
                .redirectErrorStream(true);
        pb.environment().put("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("Universe Studio ").doesNotContain("AOT cache");
    }

    @Test
    void theCommandLineLauncherRunsFromALinkAndPassesPathsWithSpacesAndExitCodes() throws Exception {
        Path revision = Shared.corpus().resolve("packages/H/hello-world/0");
        Path copy = copy(revision, tmp.resolve("my packages/hello world/0"));
        Path usrBin = Files.createDirectories(tmp.resolve("usr bin"));
        Path link = Files.createSymbolicLink(usrBin.resolve("universe-studio"), IMAGE.resolve("bin/universe-studio"));

        Run version = run(link, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Universe Studio ");

        Run valid = run(link, "validate", copy.toString());
        assertThat(valid.exitCode()).as(valid.out()).isIn(0, 1);
        assertThat(valid.out()).contains(copy.toString(), "in 1 revision");

        Run missing = run(link, "validate", tmp.resolve("no such folder/with spaces").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.out()).contains(tmp.resolve("no such folder/with spaces") + " does not exist");

        assertThat(run(link, "--no-such-option").exitCode()).isEqualTo(2);
    }

    @Test
    void theWindowLauncherRunsTheSameMain() throws Exception {
        Run version = run(IMAGE.resolve("bin/Universe Studio"), "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Universe Studio ");
    }

    @Test
    void theWindowsCacheHoldsItsLauncherAndTheWindowingClassesTheHeadlessTrainingDoesNotRun() throws Exception {
        Assumptions.assumeTrue(Files.exists(IMAGE.resolve("lib/app/universe-studio.aot")), "no window cache (JDK 17 image)");
        // With AOT class linking every class of the cache is loaded as the JVM starts, so a command-line run
        // of the window's launcher (no display needed) shows where each one comes from.
        Path log = tmp.resolve("classes.log");
        ProcessBuilder pb = new ProcessBuilder(IMAGE.resolve("bin/Universe Studio").toString(), "--version")
                .redirectErrorStream(true);
        pb.environment().put("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log);
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.readAllLines(log);
        for (String name : List.of("io.universestudio.Main", "io.universestudio.ui.app.StudioLauncher",
                "io.universestudio.ui.app.StudioApplication", "com.sun.glass.ui.gtk.GtkApplication")) {
            assertThat(lines).as(name).anyMatch(l -> l.contains(" " + name + " source: shared objects file"));
        }
    }

    record Run(int exitCode, String out) {
    }

    private static Run run(Path launcher, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}

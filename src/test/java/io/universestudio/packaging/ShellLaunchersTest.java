package io.universestudio.packaging;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Linux sh launchers of packaging/linux/ShellLaunchers.java (ADR 0138), generated into an app image laid
 * out as jpackage's (bin/, lib/app/NAME.cfg, lib/runtime) whose runtime is the JDK running the tests and whose
 * class path holds {@link ArgumentsEcho}; started through symbolic links from folders with spaces, as the
 * .deb's /usr/bin link and the .desktop entry start them. The launcher of a built image is run by
 * {@link AppImageLauncherIT}.
 */
class ShellLaunchersTest {

    @TempDir
    Path tmp;
    Path image;

    @BeforeEach
    void image() throws Exception {
        assumeTrue(System.getProperty("os.name").equals("Linux"), "the sh launchers are made on Linux only");
        image = tmp.resolve("an image").resolve("Echo App");
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.createSymbolicLink(image.resolve("lib/runtime"), Path.of(System.getProperty("java.home")));
        Files.createSymbolicLink(image.resolve("lib/app/classes"), Path.of("target/test-classes").toAbsolutePath());
        Files.writeString(image.resolve("lib/libapplauncher.so"), "the native launchers' library");
        Files.writeString(image.resolve("bin/Echo App"), "a native launcher");
        Files.writeString(image.resolve("lib/app/Echo App.cfg"), """
                [Application]
                app.classpath=$APPDIR/classes
                app.mainclass=io.universestudio.packaging.ArgumentsEcho
                app.classpath=$APPDIR/no such.jar

                [JavaOptions]
                java-options=-Decho.option=$ROOTDIR/it's "quoted" $HOME * `x`
                java-options=-Xmx64m
                """);
    }

    @Test
    void theLauncherStartsTheRuntimeWithTheCfgsClassPathOptionsAndEveryArgumentUnchanged() throws Exception {
        generate();
        Path launcher = image.resolve("bin/Echo App");
        assertThat(Files.readString(launcher)).startsWith("#!/bin/sh\n");
        assertThat(Files.isExecutable(launcher)).isTrue();
        assertThat(image.resolve("lib/libapplauncher.so")).doesNotExist();

        String argFile = "@" + image.resolve("lib/app/Echo App.cfg"); // java expands @files before the main class only
        Run run = run(launcher, "exit=0", "a path/with spaces", "", "it's", "$HOME", "*", "--opt=\"x y\"", argFile);

        Path root = image.toRealPath();
        assertThat(run.exitCode()).isZero();
        assertThat(run.lines()).containsExactly(
                "app-path=" + root.resolve("bin/Echo App"),
                "java.home=" + Path.of(System.getProperty("java.home")).toRealPath(),
                "option=" + root + "/it's \"quoted\" $HOME * `x`",
                "class.path=" + root.resolve("lib/app/classes") + ":" + root.resolve("lib/app/no such.jar"),
                "arg=[exit=0]", "arg=[a path/with spaces]", "arg=[]", "arg=[it's]", "arg=[$HOME]", "arg=[*]",
                "arg=[--opt=\"x y\"]", "arg=[" + argFile + "]");
    }

    @Test
    void theApplicationsExitCodeIsTheLaunchers() throws Exception {
        generate();
        assertThat(run(image.resolve("bin/Echo App"), "exit=2").exitCode()).isEqualTo(2);
        assertThat(run(image.resolve("bin/Echo App"), "exit=77").exitCode()).isEqualTo(77);
    }

    @Test
    void symbolicLinksLeadToTheImage() throws Exception {
        generate();
        Path usrBin = Files.createDirectories(tmp.resolve("usr bin"));
        Path absolute = Files.createSymbolicLink(usrBin.resolve("echo-app"), image.resolve("bin/Echo App"));
        Path relative = Files.createSymbolicLink(tmp.resolve("relative link"), tmp.relativize(absolute));
        Path root = image.toRealPath();

        for (Path link : List.of(absolute, relative)) {
            Run run = run(link, "x y");
            assertThat(run.exitCode()).as(link.toString()).isZero();
            assertThat(run.lines()).as(link.toString())
                    .contains("app-path=" + root.resolve("bin/Echo App"), "arg=[x y]");
        }
    }

    @Test
    void aCfgEntryTheLauncherWouldDropFailsTheBuild() throws Exception {
        Path cfg = image.resolve("lib/app/Echo App.cfg");
        Files.writeString(cfg, Files.readString(cfg) + "[ArgOptions]\narguments=--default\n");

        Run run = generator();

        assertThat(run.exitCode()).isNotZero();
        assertThat(String.join("\n", run.lines())).contains("[ArgOptions]", "does not carry over");
        assertThat(Files.readString(image.resolve("bin/Echo App"))).isEqualTo("a native launcher");
    }

    record Run(int exitCode, List<String> lines) {
    }

    private void generate() throws Exception {
        Run run = generator();
        assertThat(run.exitCode()).as(String.join("\n", run.lines())).isZero();
    }

    private Run generator() throws Exception {
        return run(Path.of(System.getProperty("java.home"), "bin", "java"), "packaging/linux/ShellLaunchers.java",
                image.toString());
    }

    private static Run run(Path program, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(program.toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out.lines().toList());
    }
}

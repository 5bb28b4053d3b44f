package io.universestudio.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the packaged jar as a person would: {@code java -jar target/universe-studio.jar ...}. */
class LauncherIT {

    record Run(int exitCode, String out) {
    }

    static Run run(String... args) throws Exception {
        Path jar = Path.of("target", "universe-studio.jar");
        assertThat(jar).exists();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void versionPrintsTheProjectVersion() throws Exception {
        Run r = run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Universe Studio ").doesNotContain("development");
    }

    @Test
    void helpListsEverySubcommand() throws Exception {
        Run r = run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("validate", "render", "index", "publish", "serve");
    }

    @Test
    void aBadOptionIsAUsageErrorWithExitCode2() throws Exception {
        Run r = run("--no-such-option");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("Unknown option");
        assertThat(Files.exists(Path.of("target", "lib"))).isTrue();
    }
}

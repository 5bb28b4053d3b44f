package io.universestudio.cli;

import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.Samples;
import io.universestudio.testsupport.GitDaemon;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.universestudio.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** publish --to with the git targets people type: git:// URLs, bare folders by any name, URLs with secrets. */
class PublishGitTargetsTest {

    @TempDir
    Path work;


    private Path sample() throws Exception {
        Path dir = work.resolve("author");
        if (!Files.isDirectory(dir)) {
            RevisionWriter.write(Samples.load(Samples.DEFAULT), dir);
        }
        return dir;
    }

    private Path bare(String name) throws Exception {
        Path dir = work.resolve(name);
        Git.init().setBare(true).setInitialBranch("main").setDirectory(dir.toFile()).call().close();
        return dir;
    }

    private static boolean hasBranch(Path bare, String branch) throws Exception {
        try (Repository repo = Git.open(bare.toFile()).getRepository()) {
            return repo.exactRef(Constants.R_HEADS + branch) != null;
        }
    }

    @Test
    void aGitUrlIsPushedToAndNotTakenForAGitPrefix() throws Exception {
        Path served = work.resolve("served");
        Files.createDirectories(served);
        Path remote = bare("served/x.git");
        try (GitDaemon daemon = GitDaemon.serve(served, work.resolve("daemon.log"))) {
            CliRun r = run("publish", sample().toString(), "--to", daemon.baseUrl() + "x.git", "--branch", "one",
                    "--cache", work.resolve("cache").toString());
            assertThat(r.code()).as(r.out() + r.err()).isZero();
            assertThat(r.err()).doesNotContain("Invalid remote");
            assertThat(hasBranch(remote, "one")).isTrue();
            CliRun prefixed = run("publish", sample().toString(), "--to", "git:" + daemon.baseUrl() + "x.git",
                    "--branch", "two", "--cache", work.resolve("cache").toString());
            assertThat(prefixed.code()).as(prefixed.out() + prefixed.err()).isZero();
            assertThat(hasBranch(remote, "two")).isTrue();
        }
    }

    @Test
    void aBareRepositoryIsAGitTargetWhateverItsName() throws Exception {
        Path remote = bare("team-universe");
        CliRun r = run("publish", sample().toString(), "--to", remote.toString(), "--branch", "release",
                "--cache", work.resolve("cache").toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("to git " + remote);
        assertThat(hasBranch(remote, "release")).isTrue();
        assertThat(remote.resolve("packages")).doesNotExist();
        assertThat(PublishCommand.isGitTarget(remote.toString())).isTrue();
        Path universeFolder = work.resolve("folder.git");
        Files.createDirectories(universeFolder.resolve("packages"));
        assertThat(PublishCommand.isGitTarget(universeFolder.toString())).as("a Universe folder named x.git").isFalse();
        assertThat(PublishCommand.isGitTarget(work.resolve("not-yet.git").toString())).isTrue();
    }

    @Test
    void aSecretInTheUrlIsRefusedWithHowToGiveIt() throws Exception {
        CliRun r = run("publish", sample().toString(), "--to", "https://me:hunter2@example.invalid/u.git",
                "--cache", work.resolve("cache").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--token-env").contains("--password-env").doesNotContain("hunter2");
        assertThat(r.out()).doesNotContain("hunter2");
        assertThat(work.resolve("cache")).doesNotExist();
    }

    @Test
    void withoutGitOnThisMachineALocalRemoteWithHooksIsRefused() throws Exception {
        Path remote = bare("guarded");
        Path hook = remote.resolve("hooks").resolve("pre-receive");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\nexit 1\n");
        hook.toFile().setExecutable(true);
        // Another process whose PATH has no git, as for a person without git.
        ProcessBuilder cli = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "io.universestudio.Main", "publish",
                sample().toString(), "--to", remote.toString(), "--cache", work.resolve("cache").toString()))
                .redirectErrorStream(true).directory(work.toFile());
        cli.environment().put("PATH", work.resolve("no-programs-here").toString());
        Process p = cli.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(2);
        assertThat(out).contains("pre-receive hooks, which only git itself can run").contains("Nothing was changed");
        assertThat(hasBranch(remote, "universe-studio/hello-web")).isFalse();
    }
}

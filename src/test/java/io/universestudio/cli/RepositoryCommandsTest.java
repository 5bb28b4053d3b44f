package io.universestudio.cli;

import io.universestudio.core.index.TestRepos;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.Samples;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.universestudio.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** index, publish and serve run in-process through StudioCommand.execute, on real folders and sockets. */
class RepositoryCommandsTest {

    @TempDir
    Path work;


    private Path sample() throws Exception {
        Path dir = work.resolve("author");
        RevisionWriter.write(Samples.load(Samples.DEFAULT), dir);
        return dir;
    }

    @Test
    void indexWritesTheFilesAndReportsCounts() throws Exception {
        Path repo = work.resolve("repo");
        TestRepos.valid(repo, "alpha", 0, "1.0");
        CliRun r = run("index", repo.toString(), work.resolve("out").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("repo-up-to-1.10.json").contains("1 entries");
        assertThat(work.resolve("out/repo-up-to-2.0.json")).exists();
        assertThat(run("index", repo.toString(), "--out", work.resolve("out2").toString()).code()).isZero();
    }

    @Test
    void indexExitCodesSayWhatWentWrong() throws Exception {
        assertThat(run("index", work.toString(), work.resolve("out").toString()).code()).isEqualTo(2);
        Path repo = work.resolve("repo");
        TestRepos.revision(repo, "bad", 0, "package.json", "{");
        CliRun r = run("index", repo.toString(), work.resolve("out").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("INDEX-REVISION-UNREADABLE").contains("packages/B/bad/0");
    }

    @Test
    void publishToALocalFolderThenAgainSaysItIsAlreadyThere() throws Exception {
        Path author = sample();
        Path universe = work.resolve("universe");
        CliRun first = run("publish", author.toString(), "--to", "local:" + universe);
        assertThat(first.code()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("as revision 0").contains("Checking the package");
        assertThat(universe.resolve("packages/H/hello-web/0/package.json")).exists();
        assertThat(universe.resolve("target/repo-up-to-2.0.json")).exists();
        CliRun again = run("publish", author.toString(), "--to", universe.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("already published as revision 0");
    }

    @Test
    void warningsAreListedAndStrictRefusesThem() throws Exception {
        Path author = sample();
        String pkg = Files.readString(author.resolve("package.json"));
        Files.writeString(author.resolve("package.json"), pkg.replaceAll("(?s)\\s*\"licenses\": \\[.*?\\],", ""));
        Path universe = work.resolve("universe");

        CliRun strict = run("publish", author.resolve("package.json").toString(), "--to", "local:" + universe, "--strict");
        assertThat(strict.code()).as(strict.out() + strict.err()).isEqualTo(1);
        assertThat(strict.out()).contains("warning PKG-LICENSE-MISSING package.json")
                .contains("The package has 1 warning; with --strict nothing was published.");
        assertThat(universe).doesNotExist();

        CliRun anyway = run("publish", author.toString(), "--to", "local:" + universe);
        assertThat(anyway.code()).as(anyway.out() + anyway.err()).isZero();
        assertThat(anyway.out()).contains("warning PKG-LICENSE-MISSING").contains("as revision 0");
    }

    @Test
    void publishRefusesWhatAClusterCannotInstallAndAVersionAlreadyThere() throws Exception {
        Path author = sample();
        Path universe = work.resolve("universe");
        Path template = author.resolve("marathon.json.mustache");
        String good = Files.readString(template);
        Files.writeString(template, good.replace("{{service.cpus}},", "{{service.cpus}}"));
        CliRun notJson = run("publish", author.toString(), "--to", "local:" + universe);
        assertThat(notJson.code()).isEqualTo(1);
        assertThat(notJson.out()).contains("warning TEMPLATE-NOT-JSON marathon.json.mustache:3:")
                .contains("cannot be installed by a cluster").contains("a comma is missing after template line 3");
        assertThat(universe).doesNotExist();

        Files.writeString(template, good);
        assertThat(run("publish", author.toString(), "--to", "local:" + universe).code()).isZero();
        Files.writeString(template, good.replace("\"hostPort\": 0", "\"hostPort\": 8080"));
        CliRun sameVersion = run("publish", author.toString(), "--to", "local:" + universe);
        assertThat(sameVersion.code()).isEqualTo(1);
        assertThat(sameVersion.out()).contains("is already published as revision 0, with other content")
                .contains("New revision");
        assertThat(universe.resolve("packages/H/hello-web/1")).doesNotExist();
    }

    @Test
    void requiredOptionsWithoutDefaultAreNamedAndFilesGetTheUsualMode() throws Exception {
        Path author = sample();
        Path config = author.resolve("config.json");
        Files.writeString(config, Files.readString(config).replace("\"default\": 256,\n", ""));
        Path universe = work.resolve("universe");
        CliRun r = run("publish", author.toString(), "--to", "local:" + universe);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Installing it asks for service.mem, which has no default.");
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            var usual = io.universestudio.core.io.FileModesTest.usualMode(work);
            try (var files = Files.list(universe.resolve("packages/H/hello-web/0"))) {
                assertThat(files.toList()).isNotEmpty().allSatisfy(f ->
                        assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(usual));
            }
        }
    }

    @Test
    void publishToGitPushesABranch() throws Exception {
        Path remote = work.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
        CliRun r = run("publish", sample().toString(), "--to", "git:" + remote.toUri(), "--branch", "release",
                "--message", "First release", "--cache", work.resolve("cache").toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        try (Git git = Git.open(remote.toFile())) {
            var head = git.getRepository().exactRef("refs/heads/release");
            assertThat(head).isNotNull();
            assertThat(git.log().add(head.getObjectId()).call().iterator().next().getFullMessage())
                    .isEqualTo("Publish hello-web 1.0.0-0.1.0 as revision 0\n\nFirst release");
        }
    }

    @Test
    void publishRefusesBrokenPackagesAndMissingSecrets() throws Exception {
        Path broken = work.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("package.json"), "{\"name\": ");
        CliRun r = run("publish", broken.toString(), "--to", "local:" + work.resolve("u"));
        assertThat(r.code()).isEqualTo(1);
        CliRun noSecret = run("publish", sample().toString(), "--to", "https://example.invalid/u.git",
                "--token-env", "UNIVERSE_STUDIO_TEST_NO_SUCH_VARIABLE");
        assertThat(noSecret.code()).isEqualTo(2);
        assertThat(noSecret.err()).contains("UNIVERSE_STUDIO_TEST_NO_SUCH_VARIABLE is not set");
        assertThat(run("publish", work.resolve("nowhere").toString(), "--to", "local:x").code()).isEqualTo(2);
        assertThat(PublishCommand.isGitTarget("git@github.com:me/universe.git")).isTrue();
        assertThat(PublishCommand.isGitTarget("/home/me/universe")).isFalse();
    }

    @Test
    void serveAnswersCosmosUntilInterrupted() throws Exception {
        Path repo = work.resolve("repo");
        TestRepos.valid(repo, "alpha", 0, "1.0");
        StringWriter out = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread serving = new Thread(() -> code.set(StudioCommand.execute(
                new String[]{"serve", repo.toString(), "--port", "0", "--name", "mine"},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))), "serve-test");
        serving.start();
        Matcher url = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = Pattern.compile("dcos package repo add mine (http://127\\.0\\.0\\.1:\\d+/repo)")
                    .matcher(out.toString());
            if (m.find()) {
                url = m;
                break;
            }
            Thread.sleep(50);
        }
        assertThat(url).as(out.toString()).isNotNull();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.group(1)))
                .header("Accept", "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v4,"
                        + "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v3")
                .header("User-Agent", "cosmos/0.5.1 dcos/1.11.0").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\": \"alpha\"");

        serving.interrupt();
        serving.join(10_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(code.get()).isZero();
        assertThat(out.toString()).contains("Only this machine can reach 127.0.0.1").contains("GET /repo -> 200")
                .contains("DC/OS 1.11").contains("Stopped.");
    }

    @Test
    void serveOnAllAddressesPrintsOneUsableUrlPerAddress() throws Exception {
        Path repo = work.resolve("repo");
        TestRepos.valid(repo, "alpha", 0, "1.0");
        StringWriter out = new StringWriter();
        Thread serving = new Thread(() -> StudioCommand.execute(
                new String[]{"serve", repo.toString(), "--port", "0", "--bind", "0.0.0.0"},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)), "serve-all-test");
        serving.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && !out.toString().contains("Press Ctrl+C")) {
            Thread.sleep(50);
        }
        serving.interrupt();
        serving.join(10_000);
        assertThat(out.toString()).contains("Press Ctrl+C").containsPattern("(?m)^  http://127\\.0\\.0\\.1:\\d+/repo$")
                .doesNotContain("0.0.0.0").doesNotContain("[0:0:0:0");
    }
}

package io.universestudio.core.publish;

import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.index.RepoSchemas;
import io.universestudio.core.model.Revision;
import io.universestudio.testsupport.GitDaemon;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a git remote asks of a publisher, with real bare repositories, real hooks and a real git daemon:
 * hooks of remotes on this machine run, secrets stay out of URLs and the clone cache is private.
 */
class GitRemoteSafetyTest {

    private static RepoSchemas schemas;

    @TempDir
    Path work;
    private Path cacheRoot;
    private Revision revision;

    @BeforeAll
    static void loadSchemas() {
        schemas = new RepoSchemas();
    }

    @BeforeEach
    void author() throws Exception {
        cacheRoot = work.resolve("cache");
        revision = PublishFixtures.authorPackage(work.resolve("author"));
    }

    private PublishResult publish(String url) {
        return new GitPublisher(url, "publish", cacheRoot, GitCredentials.none(), null, schemas)
                .publish(revision, PublishProgress.silent());
    }

    /** A bare repository whose name does not end in .git, with an executable hook. */
    private Path bareWithHook(String name, String hook, String script) throws Exception {
        Path bare = work.resolve(name);
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        if (hook != null) {
            Path file = bare.resolve("hooks").resolve(hook);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "#!/bin/sh\n" + script + "\n");
            file.toFile().setExecutable(true);
        }
        return bare;
    }

    private static ObjectId branch(Path bare, String name) throws Exception {
        try (Repository repo = Git.open(bare.toFile()).getRepository()) {
            var ref = repo.exactRef(Constants.R_HEADS + name);
            return ref == null ? null : ref.getObjectId();
        }
    }

    private static void assumeGit() {
        Assumptions.assumeTrue(LocalGitRemote.gitExecutable().isPresent(), "git is not installed");
    }

    @Test
    void aRefusingPreReceiveHookOfALocalRemoteStopsThePushByPathAndByFileUrl() throws Exception {
        assumeGit();
        Path frozen = bareWithHook("frozen", "pre-receive",
                "echo 'Pushes are frozen until Monday' >&2\nexit 1");
        for (String url : new String[]{frozen.toString(), frozen.toUri().toString()}) {
            PublishResult result = publish(url);
            assertThat(result.status()).as(url).isEqualTo(PublishResult.Status.FAILED);
            assertThat(result.message()).contains("refused the push").contains("pre-receive hook declined")
                    .contains("Pushes are frozen until Monday").contains("Nothing was changed on the remote");
            assertThat(branch(frozen, "publish")).isNull();
        }
    }

    @Test
    void theHooksOfALocalRemoteRunWhenThePushIsAccepted() throws Exception {
        assumeGit();
        Path marker = work.resolve("post-receive-ran");
        Path open = bareWithHook("open", "post-receive", "cat > '" + marker + "'");
        PublishResult result = publish(open.toUri().toString());
        assertThat(result.status()).as(result.message()).isEqualTo(PublishResult.Status.PUBLISHED);
        assertThat(branch(open, "publish").name()).isEqualTo(result.commit());
        assertThat(Files.readString(marker)).contains(result.commit()).contains("refs/heads/publish");
        assertThat(LocalGitRemote.of(open.toString()).orElseThrow().hooks())
                .containsExactly("post-receive");
    }

    @Test
    void aPasswordOrTokenInsideTheUrlIsRefusedBeforeAnythingIsWritten() {
        for (String url : new String[]{"https://alice:s3cr3t@127.0.0.1:1/universe.git",
                "https://ghp_t0ken@127.0.0.1:1/universe.git", "ssh://git:s3cr3t@127.0.0.1:1/universe.git"}) {
            PublishResult result = publish(url);
            assertThat(result.status()).as(url).isEqualTo(PublishResult.Status.FAILED);
            assertThat(result.message()).contains("--token-env").contains("--password-env")
                    .contains("repository's settings").doesNotContain("s3cr3t").doesNotContain("ghp_t0ken");
            assertThat(cacheRoot).doesNotExist();
        }
        assertThat(GitPublisher.credentialsInUrl("ssh://git@example.com/org/universe.git")).isEmpty();
        assertThat(GitPublisher.credentialsInUrl("git@github.com:org/universe.git")).isEmpty();
        assertThat(GitPublisher.credentialsInUrl("https://github.com/org/universe.git")).isEmpty();
    }

    @Test
    void theCloneCacheIsPrivateToTheUser() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path remote = bareWithHook("plain", null, null);
        assertThat(publish(remote.toUri().toString()).status()).isEqualTo(PublishResult.Status.PUBLISHED);
        Path clone = cacheRoot.resolve(GitPublisher.cacheKey(remote.toUri().toString()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheRoot))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(clone))).isEqualTo("rwx------");

        // A cache left open by an older version is closed on the next publish.
        Files.setPosixFilePermissions(clone, PosixFilePermissions.fromString("rwxr-xr-x"));
        PublishResult again = new GitPublisher(remote.toUri().toString(), "publish", cacheRoot, GitCredentials.none(),
                null, schemas).publish(PublishFixtures.withVersion(revision, "2.0.0"), PublishProgress.silent());
        assertThat(again.status()).as(again.message()).isEqualTo(PublishResult.Status.PUBLISHED);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(clone))).isEqualTo("rwx------");
    }

    @Test
    void gitUrlsWorkAgainstARealGitDaemon() throws Exception {
        Path served = work.resolve("served");
        Files.createDirectories(served);
        Path bare = bareWithHook("served/universe.git", null, null);
        try (GitDaemon daemon = GitDaemon.serve(served, work.resolve("daemon.log"))) {
            PublishResult result = publish(daemon.baseUrl() + "universe.git");
            assertThat(result.status()).as(result.message()).isEqualTo(PublishResult.Status.PUBLISHED);
            assertThat(branch(bare, "publish").name()).isEqualTo(result.commit());

            PublishResult missing = publish(daemon.baseUrl() + "not-there.git");
            assertThat(missing.status()).isEqualTo(PublishResult.Status.FAILED);
            assertThat(missing.message()).as("the reason, not \"Invalid remote: origin\"")
                    .doesNotContain("Invalid remote").contains("not exported");
        }
    }

    @Test
    void aBareRepositoryIsNotTakenForALocalUniverseFolder() throws Exception {
        Path bare = bareWithHook("team-universe", null, null);
        Path head = bare.resolve("HEAD");
        String headBefore = Files.readString(head);
        PublishResult result = new LocalUniversePublisher(bare, new IndexGenerator(schemas))
                .publish(revision, PublishProgress.silent());
        assertThat(result.status()).isEqualTo(PublishResult.Status.FAILED);
        assertThat(result.message()).contains("is a bare git repository").contains("git:" + bare.toAbsolutePath());
        assertThat(bare.resolve("packages")).doesNotExist();
        assertThat(bare.resolve("target")).doesNotExist();
        assertThat(Files.readString(head)).isEqualTo(headBefore);
    }
}

package io.universestudio.core.publish;

import io.universestudio.core.index.RepoSchemas;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.testsupport.GitHttpTestServer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing to real bare git repositories on disk. */
class GitPublisherTest {

    private static RepoSchemas schemas;

    @TempDir
    Path work;
    private Path remote;
    private Path cacheRoot;
    private Path author;
    private Revision revision;
    private Map<String, String> authorBefore;

    @BeforeAll
    static void loadSchemas() {
        schemas = new RepoSchemas();
    }

    @BeforeEach
    void repositories() throws Exception {
        remote = work.resolve("remote.git");
        cacheRoot = work.resolve("cache");
        author = work.resolve("author");
        revision = PublishFixtures.authorPackage(author);
        authorBefore = TreeSnapshot.of(author);
        Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
        // The remote already holds a Universe with one package on main.
        Path seed = work.resolve("seed");
        try (Git git = Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(seed.toFile()).call()) {
            Path existing = seed.resolve("repo/packages/O/other/0");
            RevisionWriter.write(PublishFixtures.withVersion(revision, "9.9.9").withText(RevisionFile.PACKAGE,
                    revision.text(RevisionFile.PACKAGE).orElseThrow().replace("hello-web", "other")), existing);
            git.add().addFilepattern("repo").call();
            git.commit().setMessage("Seed").setAuthor(new PersonIdent("Seed", "seed@example.com"))
                    .setCommitter(new PersonIdent("Seed", "seed@example.com")).setSign(false).call();
            git.push().setRefSpecs(new org.eclipse.jgit.transport.RefSpec("HEAD:refs/heads/main")).call();
        }
    }

    private GitPublisher publisher(String url) {
        return new GitPublisher(url, "publish", cacheRoot, GitCredentials.none(), null, schemas);
    }

    private String url() {
        return remote.toUri().toString();
    }

    private PublishResult publish(Revision r, PublishProgress progress) {
        PublishResult result = publisher(url()).publish(r, progress);
        try {
            assertThat(TreeSnapshot.of(author)).as("the author's folder is never modified").isEqualTo(authorBefore);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    private ObjectId remoteBranch(String name) throws Exception {
        try (Repository repo = Git.open(remote.toFile()).getRepository()) {
            var ref = repo.exactRef(Constants.R_HEADS + name);
            return ref == null ? null : ref.getObjectId();
        }
    }

    private static String fileAt(Path repoDir, ObjectId commit, String path) throws Exception {
        try (Repository repo = Git.open(repoDir.toFile()).getRepository(); RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(commit);
            try (TreeWalk tw = TreeWalk.forPath(repo, path, c.getTree())) {
                if (tw == null) {
                    return null;
                }
                ObjectLoader loader = repo.open(tw.getObjectId(0));
                return new String(loader.getBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
    }

    private static RevCommit commit(Path repoDir, ObjectId id) throws Exception {
        try (Repository repo = Git.open(repoDir.toFile()).getRepository(); RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(id);
        }
    }

    @Test
    void firstPublishCommitsRevisionZeroOnANewBranchAndPushesIt() throws Exception {
        ObjectId mainBefore = remoteBranch("main");
        PublishFixtures.Recorder progress = new PublishFixtures.Recorder();

        PublishResult result = publish(revision, progress);

        assertThat(result.status()).as(result.message()).isEqualTo(PublishResult.Status.PUBLISHED);
        assertThat(result.revision()).isZero();
        ObjectId pushed = remoteBranch("publish");
        assertThat(pushed.name()).isEqualTo(result.commit());
        RevCommit c = commit(remote, pushed);
        assertThat(c.getFullMessage()).startsWith("Publish hello-web 1.0.0-0.1.0 as revision 0");
        assertThat(c.getParent(0).getId()).isEqualTo(mainBefore);
        assertThat(fileAt(remote, pushed, "repo/packages/H/hello-web/0/package.json"))
                .isEqualTo(revision.text(RevisionFile.PACKAGE).orElseThrow());
        assertThat(fileAt(remote, pushed, "repo/packages/O/other/0/package.json")).isNotNull();
        assertThat(remoteBranch("main")).isEqualTo(mainBefore);
        assertThat(progress.steps).containsSubsequence(PublishStep.VALIDATING, PublishStep.PREPARING,
                PublishStep.WRITING, PublishStep.COMMITTING, PublishStep.PUSHING, PublishStep.DONE);
    }

    @Test
    void publishedFilesAreOrdinaryFilesInTheCommitAndTheClone() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        PublishResult result = publish(revision, PublishProgress.silent());
        assertThat(result.status()).as(result.message()).isEqualTo(PublishResult.Status.PUBLISHED);

        try (Repository repo = Git.open(remote.toFile()).getRepository(); RevWalk walk = new RevWalk(repo);
             TreeWalk tw = TreeWalk.forPath(repo, "repo/packages/H/hello-web/0/package.json",
                     walk.parseCommit(remoteBranch("publish")).getTree())) {
            assertThat(tw.getFileMode(0)).isEqualTo(org.eclipse.jgit.lib.FileMode.REGULAR_FILE);
        }
        Path clone = cacheRoot.resolve(GitPublisher.cacheKey(url())).resolve("repo/packages/H/hello-web/0");
        var usual = io.universestudio.core.io.FileModesTest.usualMode(work);
        try (var files = Files.list(clone)) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(f ->
                    assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(usual));
        }
    }

    @Test
    void aSecondRevisionGoesOnTopAndIdenticalContentIsNotPushedAgain() throws Exception {
        PublishResult first = publish(revision, PublishProgress.silent());
        PublishResult second = publish(PublishFixtures.withVersion(revision, "1.1.0"), PublishProgress.silent());

        assertThat(second.status()).as(second.message()).isEqualTo(PublishResult.Status.PUBLISHED);
        assertThat(second.revision()).isEqualTo(1);
        RevCommit c = commit(remote, remoteBranch("publish"));
        assertThat(c.getParent(0).getName()).isEqualTo(first.commit());
        assertThat(c.getShortMessage()).isEqualTo("Publish hello-web 1.1.0 as revision 1");

        ObjectId before = remoteBranch("publish");
        PublishResult same = publish(PublishFixtures.withVersion(revision, "1.1.0"), PublishProgress.silent());
        assertThat(same.status()).isEqualTo(PublishResult.Status.UNCHANGED);
        assertThat(same.revision()).isEqualTo(1);
        assertThat(remoteBranch("publish")).isEqualTo(before);
    }

    @Test
    void aChangedPackageUnderAPublishedVersionIsRefusedAndNothingIsPushed() throws Exception {
        PublishResult first = publish(revision, PublishProgress.silent());
        assertThat(first.status()).as(first.message()).isEqualTo(PublishResult.Status.PUBLISHED);
        ObjectId before = remoteBranch("publish");

        String config = revision.text(RevisionFile.CONFIG).orElseThrow().replace("\"default\": 256", "\"default\": 512");
        PublishResult changed = publish(revision.withText(RevisionFile.CONFIG, config), PublishProgress.silent());

        assertThat(changed.status()).isEqualTo(PublishResult.Status.REFUSED);
        assertThat(changed.message()).startsWith("hello-web 1.0.0-0.1.0 is already published as revision 0, with"
                + " other content.").contains("New revision");
        assertThat(remoteBranch("publish")).isEqualTo(before);
    }

    @Test
    void aTemplateThatRendersNoJsonWithItsDefaultsIsRefusedBeforeTheRemoteIsTouched() throws Exception {
        String template = revision.template().orElseThrow();
        PublishResult result = publish(revision.withText(RevisionFile.TEMPLATE,
                template.replace("{{service.cpus}},", "{{service.cpus}}")), PublishProgress.silent());
        assertThat(result.status()).isEqualTo(PublishResult.Status.REFUSED);
        assertThat(result.message()).contains("cannot be installed by a cluster");
        assertThat(remoteBranch("publish")).isNull();
        assertThat(cacheRoot).doesNotExist();
    }

    @Test
    void aPushRejectedBecauseTheRemoteMovedOnLeavesRemoteAndCacheAsTheyWere() throws Exception {
        PublishResult first = publish(revision, PublishProgress.silent());
        Path cache = cacheRoot.resolve(GitPublisher.cacheKey(url()));
        ObjectId cachedBefore = Git.open(cache.toFile()).getRepository().exactRef("refs/heads/publish").getObjectId();
        Path other = work.resolve("other-author");
        // Someone else pushes to the same branch while we are committing.
        Runnable competingPush = () -> {
            try (Git git = Git.cloneRepository().setURI(url()).setBranch("publish").setDirectory(other.toFile()).call()) {
                Files.writeString(other.resolve("NOTES.md"), "someone else was here\n");
                git.add().addFilepattern("NOTES.md").call();
                git.commit().setMessage("Unrelated change").setSign(false)
                        .setAuthor(new PersonIdent("Other", "o@example.com"))
                        .setCommitter(new PersonIdent("Other", "o@example.com")).call();
                git.push().call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        PublishFixtures.Recorder progress = new PublishFixtures.Recorder(null, PublishStep.COMMITTING, competingPush);

        PublishResult result = publish(PublishFixtures.withVersion(revision, "2.0.0"), progress);

        assertThat(result.status()).isEqualTo(PublishResult.Status.FAILED);
        assertThat(result.message()).contains("rejected").contains("Nothing was changed on the remote");
        RevCommit remoteHead = commit(remote, remoteBranch("publish"));
        assertThat(remoteHead.getShortMessage()).isEqualTo("Unrelated change");
        assertThat(remoteHead.getParent(0).getName()).isEqualTo(first.commit());
        try (Git git = Git.open(cache.toFile())) {
            assertThat(git.getRepository().exactRef("refs/heads/publish").getObjectId()).isEqualTo(cachedBefore);
            assertThat(git.status().call().isClean()).isTrue();
            assertThat(cache.resolve("repo/packages/H/hello-web/1")).doesNotExist();
        }

        PublishResult retry = publish(PublishFixtures.withVersion(revision, "2.0.0"), PublishProgress.silent());
        assertThat(retry.status()).as(retry.message()).isEqualTo(PublishResult.Status.PUBLISHED);
        assertThat(commit(remote, commit(remote, remoteBranch("publish")).getParent(0)).getShortMessage())
                .isEqualTo("Unrelated change");
    }

    @Test
    void anUnreachableRemoteFailsInPlainWordsAndLeavesNoCache() throws Exception {
        String missing = work.resolve("no-such-remote.git").toUri().toString();
        PublishResult result = publisher(missing).publish(revision, PublishProgress.silent());
        assertThat(result.status()).isEqualTo(PublishResult.Status.FAILED);
        assertThat(result.message()).startsWith("Could not get the repository").contains("Nothing was changed");
        assertThat(cacheRoot.resolve(GitPublisher.cacheKey(missing))).doesNotExist();
        if (Files.isDirectory(cacheRoot)) {
            try (var s = Files.list(cacheRoot)) {
                assertThat(s.toList()).isEmpty();
            }
        }
    }

    @Test
    void passwordsNeverAppearInResults() {
        String url = "https://alice:s3cr3t-pass@127.0.0.1:1/universe.git";
        GitCredentials token = GitCredentials.token("tok-123456".toCharArray());
        PublishResult result = new GitPublisher(url, "publish", cacheRoot, token, null, schemas)
                .publish(revision, PublishProgress.silent());
        assertThat(result.status()).isEqualTo(PublishResult.Status.FAILED);
        assertThat(result.message()).doesNotContain("s3cr3t").doesNotContain("tok-123456");
        assertThat(result.location()).doesNotContain("s3cr3t");
        assertThat(token.toString()).doesNotContain("tok-123456");
        assertThat(GitCredentials.userPassword("bob", "pw-xyz".toCharArray()).toString()).doesNotContain("pw-xyz");
        assertThat(GitPublisher.cacheKey(url)).isEqualTo(GitPublisher.cacheKey("https://127.0.0.1:1/universe.git"));
    }

    @Test
    void httpRemotesTakeATokenOrAUserAndPassword() throws Exception {
        try (GitHttpTestServer tokenHost = new GitHttpTestServer(remote, "x-access-token", "tok-abc123")) {
            PublishResult withToken = new GitPublisher(tokenHost.url(), "publish", cacheRoot,
                    GitCredentials.token("tok-abc123".toCharArray()), null, schemas)
                    .publish(revision, PublishProgress.silent());
            assertThat(withToken.status()).as(withToken.message()).isEqualTo(PublishResult.Status.PUBLISHED);
            assertThat(remoteBranch("publish").name()).isEqualTo(withToken.commit());
        }
        try (GitHttpTestServer passwordHost = new GitHttpTestServer(remote, "alice", "pw-secret-9")) {
            ObjectId before = remoteBranch("publish");
            PublishResult wrong = new GitPublisher(passwordHost.url(), "publish", work.resolve("cache2"),
                    GitCredentials.userPassword("alice", "not-the-pw".toCharArray()), null, schemas)
                    .publish(PublishFixtures.withVersion(revision, "3.0.0"), PublishProgress.silent());
            assertThat(wrong.status()).isEqualTo(PublishResult.Status.FAILED);
            assertThat(wrong.message()).doesNotContain("not-the-pw").contains("Nothing was changed");
            assertThat(remoteBranch("publish")).isEqualTo(before);

            PublishResult right = new GitPublisher(passwordHost.url(), "publish", work.resolve("cache2"),
                    GitCredentials.userPassword("alice", "pw-secret-9".toCharArray()), null, schemas)
                    .publish(PublishFixtures.withVersion(revision, "3.0.0"), PublishProgress.silent());
            assertThat(right.status()).as(right.message()).isEqualTo(PublishResult.Status.PUBLISHED);
            assertThat(right.revision()).isEqualTo(1);
            assertThat(right.message()).doesNotContain("pw-secret-9");
        }
    }

    @Test
    void anEmptyRemoteGetsTheUniverseLayout() throws Exception {
        Path empty = work.resolve("empty.git");
        Git.init().setBare(true).setDirectory(empty.toFile()).call().close();
        PublishResult result = publisher(empty.toUri().toString()).publish(revision, PublishProgress.silent());
        assertThat(result.status()).as(result.message()).isEqualTo(PublishResult.Status.PUBLISHED);
        try (Repository repo = Git.open(empty.toFile()).getRepository()) {
            ObjectId head = repo.exactRef("refs/heads/publish").getObjectId();
            assertThat(fileAt(empty, head, "repo/packages/H/hello-web/0/marathon.json.mustache")).isNotNull();
        }
    }

    @Test
    void aPackageWithErrorsIsRefusedBeforeTheRemoteIsTouched() throws Exception {
        Revision broken = revision.withText(RevisionFile.PACKAGE, "{");
        PublishResult result = publish(broken, PublishProgress.silent());
        assertThat(result.status()).isEqualTo(PublishResult.Status.REFUSED);
        assertThat(remoteBranch("publish")).isNull();
        assertThat(cacheRoot).doesNotExist();
    }

    @Test
    void cancellingWhileFetchingChangesNothing() throws Exception {
        PublishResult result = publish(revision, new PublishFixtures.Recorder(PublishStep.PREPARING, null, null));
        assertThat(result.status()).isEqualTo(PublishResult.Status.CANCELLED);
        assertThat(remoteBranch("publish")).isNull();
        if (Files.isDirectory(cacheRoot)) {
            try (var s = Files.list(cacheRoot)) {
                assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".clone-"));
            }
        }
    }

    @Test
    void sshUsesTheSystemSshWithTheConfiguredKeyInBatchMode() throws Exception {
        ExternalSshSessionFactory ssh = new ExternalSshSessionFactory(Path.of("/keys/id_ed25519"));
        assertThat(ssh.commandLine(new URIish("ssh://git@example.com:2222/org/universe.git"),
                "git-upload-pack '/org/universe.git'")).containsExactly("ssh", "-i", "/keys/id_ed25519", "-o",
                "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-p", "2222", "git@example.com",
                "git-upload-pack '/org/universe.git'");
        assertThat(GitPublisher.isValidBranch("feature/x")).isTrue();
        assertThat(GitPublisher.isValidBranch("bad..name")).isFalse();
        assertThat(List.of(GitCredentials.sshKey(Path.of("/k")).toString())).containsExactly("ssh key /k");
    }
}

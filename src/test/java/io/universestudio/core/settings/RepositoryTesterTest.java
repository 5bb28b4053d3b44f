package io.universestudio.core.settings;

import com.sun.net.httpserver.HttpServer;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.secrets.EncryptedFileCredentialStore;
import io.universestudio.core.secrets.Secret;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class RepositoryTesterTest {

    private static final String TOKEN = "tok-S3CRET-xyz";

    @TempDir
    Path dir;

    private EncryptedFileCredentialStore credentials() {
        return new EncryptedFileCredentialStore(dir.resolve("credentials"));
    }

    private RepositoryTestResult test(RepositorySettings r, Settings s) {
        return new RepositoryTester(credentials()).test(r, s);
    }

    private static RepositorySettings git(String url, String ref) {
        return RepositorySettings.create("Git", new RepositoryKind.GitRemote(url, "main", "Ann", "ann@example.com", "ann", ref));
    }

    @Test
    void localFolders() throws Exception {
        Path repo = dir.resolve("universe");
        RepositorySettings local = RepositorySettings.create("Local", new RepositoryKind.LocalFolder(repo));
        RepositoryTestResult notYet = test(local, Settings.EMPTY);
        assertThat(notYet.ok()).isTrue();
        assertThat(notYet.summary()).contains("does not exist yet");
        assertThat(Files.exists(repo)).as("testing creates nothing").isFalse();

        UniverseRepository.openOrCreate(repo);
        RepositoryTestResult ok = test(local, Settings.EMPTY);
        assertThat(ok.ok()).isTrue();
        assertThat(ok.summary()).contains("Universe repository in " + repo);
        try (var files = Files.list(repo)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("packages");
        }

        Path file = Files.writeString(dir.resolve("a-file"), "x");
        RepositoryTestResult blocked = test(RepositorySettings.create("F",
                new RepositoryKind.LocalFolder(file.resolve("sub"))), Settings.EMPTY);
        assertThat(blocked.ok()).isFalse();
        assertThat(blocked.summary()).contains("is a file, not a folder");

        assertThat(test(RepositorySettings.create("", new RepositoryKind.LocalFolder(repo)), Settings.EMPTY).summary())
                .contains("not complete");
    }

    @Test
    void aReadOnlyFolderCannotBeWritten() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path repo = Files.createDirectories(dir.resolve("ro"));
        repo.toFile().setWritable(false);
        try {
            RepositoryTestResult r = test(RepositorySettings.create("RO", new RepositoryKind.LocalFolder(repo)), Settings.EMPTY);
            assertThat(r.ok()).isFalse();
            assertThat(r.summary()).contains("may not write");
        } finally {
            repo.toFile().setWritable(true);
        }
    }

    @Test
    void aBareRepositoryOnDisk() throws Exception {
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        RepositoryTestResult empty = test(git(bare.toString(), ""), Settings.EMPTY);
        assertThat(empty.ok()).as(empty.toString()).isTrue();
        assertThat(empty.summary()).contains("can be reached and written to");
        assertThat(empty.details()).singleElement().asString().contains("does not exist yet");

        // Give it a main branch through a clone, as a publish would.
        Path work = dir.resolve("work");
        try (Git clone = Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(work.toFile()).call()) {
            Files.writeString(work.resolve("README.md"), "universe");
            clone.add().addFilepattern("README.md").call();
            clone.commit().setMessage("first").setAuthor(new PersonIdent("Ann", "ann@example.com"))
                    .setCommitter(new PersonIdent("Ann", "ann@example.com")).call();
            clone.push().setRemote("origin").setRefSpecs(new org.eclipse.jgit.transport.RefSpec("HEAD:refs/heads/main")).call();
        }
        RepositoryTestResult withBranch = test(git(bare.toUri().toString(), ""), Settings.EMPTY);
        assertThat(withBranch.ok()).as(withBranch.toString()).isTrue();
        assertThat(withBranch.details()).singleElement().asString().contains("The branch main exists");
    }

    @Test
    void aMissingRepositoryAndAClosedPortAreExplained() throws Exception {
        RepositoryTestResult missing = test(git(dir.resolve("nothing.git").toString(), ""), Settings.EMPTY);
        assertThat(missing.ok()).isFalse();
        assertThat(missing.summary()).contains("There is no git repository at");

        // A socket bound but never listening: connections to its port are refused, and no other server (a
        // test running beside this one) can take the port meanwhile, as it could once a probe socket closed.
        try (Socket reserved = new Socket()) {
            reserved.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int closedPort = reserved.getLocalPort();
            RepositoryTestResult refused = test(git("http://127.0.0.1:" + closedPort + "/u.git", ""), Settings.EMPTY);
            assertThat(refused.ok()).isFalse();
            assertThat(refused.summary()).contains("Nothing answers at http://127.0.0.1:" + closedPort);
        }
    }

    @Test
    void refusedCredentialsAreReportedWithoutTheSecret() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"universe\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/me/universe.git";
            RepositoryTestResult noSecretSaved = test(git(url, "git-1"), Settings.EMPTY);
            assertThat(noSecretSaved.summary()).contains("No password or token is saved");
            assertThat(requests.get()).isZero();

            credentials().put("git-1", Secret.of(TOKEN));
            RepositoryTestResult refused = test(git(url, "git-1"), Settings.EMPTY);
            assertThat(refused.ok()).isFalse();
            assertThat(refused.summary()).contains("refused the credentials");
            assertThat(refused.toString()).doesNotContain("S3CRET");
            assertThat(requests.get()).isPositive();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theBuiltInServer() throws Exception {
        Path repo = dir.resolve("served");
        RepositorySettings local = RepositorySettings.create("Local", new RepositoryKind.LocalFolder(repo));
        Settings s = Settings.EMPTY.withAdded(local);
        RepositorySettings server = RepositorySettings.create("Server", new RepositoryKind.BuiltInServer(local.id(), 0, ""));
        assertThat(test(server, s).summary()).contains("is not a Universe repository yet");

        UniverseRepository.openOrCreate(repo);
        RepositoryTestResult ok = test(server, s);
        assertThat(ok.ok()).isTrue();
        assertThat(ok.summary()).startsWith("The server can listen on 127.0.0.1");

        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            RepositorySettings onBusyPort = server.withKind(new RepositoryKind.BuiltInServer(local.id(), busy.getLocalPort(), "127.0.0.1"));
            RepositoryTestResult inUse = test(onBusyPort, s);
            assertThat(inUse.ok()).isFalse();
            assertThat(inUse.summary()).contains("is in use");
        }
        RepositoryTestResult open = test(server.withKind(new RepositoryKind.BuiltInServer(local.id(), 0, "0.0.0.0")), s);
        assertThat(open.ok()).isTrue();
        assertThat(open.details()).anySatisfy(d -> assertThat(d).contains("Other computers"));
        assertThat(test(server.withKind(new RepositoryKind.BuiltInServer(local.id(), 0, "no-such-host.invalid")), s).summary())
                .contains("is not an address of this computer");
    }
}

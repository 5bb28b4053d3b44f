package io.universestudio.core.serve;

import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.index.TestRepos;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** The re-index watcher against failures of every kind, with the real generator between them. */
class ReindexWatcherTest {

    private static final String V5 = "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v5";

    @TempDir
    Path repo;
    private final Logger serverLog = Logger.getLogger(RepositoryServer.class.getName());
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        serverLog.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        serverLog.removeHandler(capture);
    }

    @Test
    void anErrorWhileReindexingIsLoggedOnceAndTheWatcherKeepsPolling() throws Exception {
        TestRepos.valid(repo, "alpha", 0, "1.0");
        IndexGenerator real = new IndexGenerator();
        AtomicReference<Throwable> failWith = new AtomicReference<>();
        RepositoryServer.IndexBuilder builder = (root, out) -> {
            Throwable t = failWith.get();
            if (t instanceof Error e) {
                throw e;
            }
            return real.generate(root, out);
        };
        try (RepositoryServer server = RepositoryServer.create(repo, "127.0.0.1", 0, Duration.ofMillis(100), builder,
                ServerLimits.DEFAULT).start()) {
            failWith.set(new StackOverflowError("deep"));
            TestRepos.valid(repo, "beta", 0, "1.0");
            awaitWarnings(1);
            TestRepos.valid(repo, "gamma", 0, "1.0");
            Thread.sleep(1000);
            assertThat(warnings).as("the same failure again is not logged again").hasSize(1);
            assertThat(warnings.get(0).getMessage()).contains("StackOverflowError").contains("last good index");
            assertThat(repoBody(server)).contains("\"alpha\"").doesNotContain("\"beta\"");

            failWith.set(null);
            TestRepos.valid(repo, "delta", 0, "1.0");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!repoBody(server).contains("\"delta\"") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(repoBody(server)).contains("\"alpha\"", "\"beta\"", "\"gamma\"", "\"delta\"");
            assertThat(warnings).hasSize(1);
        }
    }

    private void awaitWarnings(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (warnings.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(warnings).hasSize(count);
    }

    private static String repoBody(RepositoryServer server) throws Exception {
        return new String(RawHttp.exchange(server.port(), "GET", "/repo", "Accept", V5).body(), StandardCharsets.UTF_8);
    }
}

package io.universestudio.core.serve;

import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.index.TestRepos;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.universestudio.core.index.TestRepos.packageJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow and stalled clients, as raw sockets on loopback: each from its own 127.0.0.x address, so the
 * per-address bound is not what saves the others. The normal requests must all be answered while the
 * slow ones hold their connections; the idle timeout then ends the slow ones.
 */
class SlowClientsTest {

    private static final String V5 = "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v5";
    private static final Duration IDLE = Duration.ofSeconds(4);

    @TempDir
    Path repo;
    private RepositoryServer server;
    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A repository whose /repo answer (about 8 MB) is far more than the socket buffers hold. */
    private void bigRepository() throws IOException {
        String description = "x".repeat(1 << 20);
        for (int rev = 0; rev < 8; rev++) {
            TestRepos.revision(repo, "big", rev, "package.json", packageJson("big", "4.0", "1." + rev,
                    "\"minDcosReleaseVersion\": \"2.0\"").replace("Test package", description));
        }
        TestRepos.valid(repo, "small", 0, "1.0");
    }

    private RepositoryServer start(ServerLimits limits) throws IOException {
        server = RepositoryServer.create(repo, "127.0.0.1", 0, Duration.ofMinutes(10), new IndexGenerator()::generate,
                limits).start();
        return server;
    }

    private Socket connectFrom(String localAddress, boolean tinyReceiveBuffer) throws IOException {
        Socket s = new Socket();
        sockets.add(s);
        if (tinyReceiveBuffer) {
            s.setReceiveBufferSize(4096);
        }
        s.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
        return s;
    }

    @Test
    void twentySlowClientsDoNotKeepOthersWaitingAndAreClosedWhenIdle() throws Exception {
        bigRepository();
        start(new ServerLimits(IDLE, 16, 1024, 8));
        List<Socket> halfSent = new ArrayList<>();
        List<Socket> unread = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Socket s = connectFrom("127.0.0." + (10 + i), false);
            s.getOutputStream().write(("GET /repo HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + V5 + "\r\nUser-Agent: sl")
                    .getBytes(StandardCharsets.US_ASCII));
            halfSent.add(s);
        }
        for (int i = 0; i < 10; i++) {
            Socket s = connectFrom("127.0.0." + (30 + i), true);
            s.getOutputStream().write(("GET /repo HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + V5 + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            unread.add(s);
        }

        int answered = 0;
        for (int i = 0; i < 40; i++) {
            RawHttp.Response r = RawHttp.exchange(server.port(), "GET", i % 2 == 0 ? "/package/small" : "/repo-1.7",
                    "Accept", V5, "User-Agent", "cosmos/0.6.3 dcos/2.0.0");
            if (r.status() == 200) {
                answered++;
            }
        }
        assertThat(answered).isEqualTo(40);
        for (int i = 0; i < 10; i++) {
            assertThat(server.connectionsFrom(InetAddress.getByName("127.0.0." + (10 + i))))
                    .as("the half-sent request is still held open").isEqualTo(1);
        }

        // The idle timeout closes both kinds: the server neither waits for the rest of a request nor for
        // a client that takes no bytes.
        for (int i = 0; i < 10; i++) {
            awaitConnections(InetAddress.getByName("127.0.0." + (10 + i)), 0);
            awaitConnections(InetAddress.getByName("127.0.0." + (30 + i)), 0);
        }
        for (Socket s : halfSent) {
            s.setSoTimeout(10_000);
            assertThat(s.getInputStream().read()).as("closed by the server").isEqualTo(-1);
        }
        long full = java.nio.file.Files.size(server.cacheFolder().resolve("index-1").resolve("repo-up-to-2.0.json"));
        for (Socket s : unread) {
            s.setSoTimeout(10_000);
            assertThat(drain(s.getInputStream())).as("cut off before the end").isLessThan(full);
        }
    }

    @Test
    void oneAddressMayHoldOnlySoManyConnectionsWhileOthersAreServed() throws Exception {
        TestRepos.valid(repo, "small", 0, "1.0");
        start(new ServerLimits(Duration.ofSeconds(30), 4, 1024, 8));
        InetAddress greedy = InetAddress.getByName("127.0.0.7");
        List<Socket> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            held.add(connectFrom(greedy.getHostAddress(), false));
        }
        awaitConnections(greedy, 4);
        Socket fifth = connectFrom(greedy.getHostAddress(), false);
        fifth.setSoTimeout(10_000);
        assertThat(fifth.getInputStream().read()).as("one too many is closed at once").isEqualTo(-1);
        assertThat(RawHttp.exchange(server.port(), "GET", "/package/small", "Accept", V5).status()).isEqualTo(200);

        for (Socket s : held) {
            s.close();
        }
        awaitConnections(greedy, 0);
        Socket again = connectFrom(greedy.getHostAddress(), false);
        again.getOutputStream().write(("GET /repo-1.7 HTTP/1.1\r\nHost: x\r\nAccept: " + V5
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        again.setSoTimeout(10_000);
        assertThat(new String(again.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1))
                .startsWith("HTTP/1.1 200");
    }

    private void awaitConnections(InetAddress address, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.connectionsFrom(address) != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.connectionsFrom(address)).isEqualTo(expected);
    }

    /** Reads until the server closes; the bytes received. */
    private static long drain(InputStream in) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server never closed the connection", e);
        } catch (java.net.SocketException reset) {
            // A reset is a close too.
        }
        return total;
    }
}

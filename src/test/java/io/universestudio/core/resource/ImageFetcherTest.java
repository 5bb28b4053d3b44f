package io.universestudio.core.resource;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The fetcher against a real HTTP server on 127.0.0.1. */
class ImageFetcherTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private String base;

    @BeforeEach
    void start() throws IOException {
        byte[] icon = ImagesTest.png(48, 48);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/icon.png", ex -> {
            requests.incrementAndGet();
            ex.sendResponseHeaders(200, icon.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(icon);
            }
        });
        server.createContext("/text", ex -> {
            byte[] b = "hello".getBytes();
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        });
        server.createContext("/slow.png", ex -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void loadsMeasuresAndCachesOnDisk(@TempDir Path cache) throws Exception {
        try (ImageFetcher fetcher = new ImageFetcher(cache, Duration.ofSeconds(5))) {
            ImageFetch first = fetcher.fetch(base + "/icon.png").get(10, TimeUnit.SECONDS);
            assertThat(first.status()).isEqualTo(ImageFetch.Status.LOADED);
            assertThat(first.imageInfo()).contains(new ImageInfo(48, 48, "png"));
            server.stop(0);
            ImageFetch second = fetcher.fetch(base + "/icon.png").get(10, TimeUnit.SECONDS);
            assertThat(second.status()).isEqualTo(ImageFetch.Status.CACHED);
            assertThat(second.data()).isEqualTo(first.data());
            assertThat(requests.get()).isEqualTo(1);
        }
        // A new fetcher (a new session) finds the same cache.
        try (ImageFetcher again = new ImageFetcher(cache, Duration.ofSeconds(5))) {
            assertThat(again.fetch(base + "/icon.png").get(10, TimeUnit.SECONDS).status()).isEqualTo(ImageFetch.Status.CACHED);
            again.evict(base + "/icon.png");
            ImageFetch offline = again.fetch(base + "/icon.png").get(10, TimeUnit.SECONDS);
            assertThat(offline.status()).isEqualTo(ImageFetch.Status.UNAVAILABLE);
            assertThat(offline.message()).isEqualTo("Cannot connect to the server: offline, or the host is down.");
        }
    }

    @Test
    void failuresAreResultsWithPlainReasons(@TempDir Path cache) throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (ImageFetcher fetcher = new ImageFetcher(cache, Duration.ofSeconds(5))) {
            assertThat(fetcher.fetch(base + "/missing.png").get(10, TimeUnit.SECONDS).message())
                    .isEqualTo("The server answered HTTP 404.");
            assertThat(fetcher.fetch(base + "/text").get(10, TimeUnit.SECONDS).message())
                    .isEqualTo("The address does not hold an image this tool can read.");
            assertThat(fetcher.fetch("http://127.0.0.1:" + closedPort + "/x.png").get(10, TimeUnit.SECONDS).available()).isFalse();
            assertThat(fetcher.fetch("ftp://example.com/x.png").get(1, TimeUnit.SECONDS).message())
                    .isEqualTo("Not a web address, so it cannot be loaded.");
        }
    }

    @Test
    void neverBlocksTheCallerAndTimesOut(@TempDir Path cache) throws Exception {
        try (ImageFetcher fetcher = new ImageFetcher(cache, Duration.ofMillis(300))) {
            long start = System.nanoTime();
            CompletableFuture<ImageFetch> f = fetcher.fetch(base + "/slow.png");
            CompletableFuture<ImageFetch> same = fetcher.fetch(base + "/slow.png");
            long callMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(callMs).isLessThan(250);
            assertThat(f.isDone()).isFalse();
            assertThat(same).isSameAs(f);
            ImageFetch r = f.get(10, TimeUnit.SECONDS);
            assertThat(r.status()).isEqualTo(ImageFetch.Status.UNAVAILABLE);
            assertThat(r.message()).startsWith("No answer within 0.3 s");
        }
    }
}

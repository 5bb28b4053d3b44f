package io.universestudio.core.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.index.IndexResult;
import io.universestudio.core.io.FileTrees;
import io.universestudio.core.publish.RepositoryRecovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Serves a Universe repository to DC/OS clusters the way the Universe server does (universe-format.md
 * 4.8): {@code GET /repo} answers the index file for the DC/OS release in the User-Agent, typed with the
 * highest repository media type the Accept header offers; {@code /package/<name>} and {@code /repo-1.7}
 * likewise. Nothing else is served: no path reaches a file outside the generated index.
 *
 * <p>The index is generated into a private cache folder and regenerated when the repository changes
 * (checked every {@code pollInterval}); requests keep being answered from the previous index until the
 * new one is complete. Binds to 127.0.0.1 unless another address is given.
 */
public final class RepositoryServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RepositoryServer.class.getName());
    private static final int LOG_CAPACITY = 500;

    private final Path repositoryRoot;
    private final InetSocketAddress requested;
    private final Duration pollInterval;
    private final IndexGenerator generator;
    private final Path cache;
    private final Deque<RequestLogEntry> log = new ArrayDeque<>();
    private final List<Consumer<RequestLogEntry>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger generation = new AtomicInteger();
    private volatile Path current;
    private volatile Path previous;
    private volatile IndexResult lastIndex;
    private volatile RepositoryFingerprint fingerprint;
    private HttpServer server;
    private ExecutorService handlers;
    private ScheduledExecutorService watcher;

    private RepositoryServer(Path repositoryRoot, InetSocketAddress address, Duration pollInterval,
                             IndexGenerator generator) throws IOException {
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        this.requested = address;
        this.pollInterval = pollInterval;
        this.generator = generator;
        this.cache = Files.createTempDirectory("universe-studio-serve-");
    }

    /** A server for the repository on 127.0.0.1 at {@code port} (0: any free port). */
    public static RepositoryServer loopback(Path repositoryRoot, int port) throws IOException {
        return create(repositoryRoot, InetAddress.getLoopbackAddress().getHostAddress(), port, Duration.ofSeconds(2),
                new IndexGenerator());
    }

    public static RepositoryServer create(Path repositoryRoot, String bindAddress, int port, Duration pollInterval,
                                          IndexGenerator generator) throws IOException {
        InetAddress address = InetAddress.getByName(Objects.requireNonNull(bindAddress));
        return new RepositoryServer(repositoryRoot, new InetSocketAddress(address, port), pollInterval, generator);
    }

    /** Indexes the repository, then starts answering. Problems in packages are in {@link #lastIndex()}. */
    public synchronized RepositoryServer start() throws IOException {
        if (server != null) {
            return this;
        }
        try {
            // Repair what an interrupted publish left (its index missing revisions) before serving.
            RepositoryRecovery.recover(repositoryRoot, generator)
                    .forEach(note -> LOG.log(System.Logger.Level.INFO, note));
            regenerate();
            server = HttpServer.create(requested, 0);
        } catch (IOException | RuntimeException e) {
            // Nothing is served: do not leave the cached index behind (e.g. the port was taken).
            deleteQuietly(cache);
            throw e;
        }
        AtomicInteger threads = new AtomicInteger();
        handlers = Executors.newFixedThreadPool(4, r -> named(r, "repo-server-" + threads.incrementAndGet()));
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
        watcher = Executors.newSingleThreadScheduledExecutor(r -> named(r, "repo-server-watch"));
        long ms = pollInterval.toMillis();
        watcher.scheduleWithFixedDelay(this::refreshIfChanged, ms, ms, TimeUnit.MILLISECONDS);
        LOG.log(System.Logger.Level.DEBUG, "Serving {0} at {1}", repositoryRoot, url());
        return this;
    }

    private static Thread named(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The URL to give to {@code dcos package repo add}. */
    public URI url() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + a.getPort() + "/repo");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The command that registers this repository with a DC/OS cluster. */
    public String repoAddCommand(String repositoryName) {
        return "dcos package repo add " + repositoryName + " " + url();
    }

    /** The result of the latest indexing, with any revisions left out and why. */
    public IndexResult lastIndex() {
        return lastIndex;
    }

    /** The most recent requests, oldest first (at most 500). */
    public List<RequestLogEntry> requestLog() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** Called on a server thread after each request; the UI must hand the entry to its own thread. */
    public void addRequestListener(Consumer<RequestLogEntry> listener) {
        listeners.add(listener);
    }

    public void removeRequestListener(Consumer<RequestLogEntry> listener) {
        listeners.remove(listener);
    }

    /** Re-indexes now if the repository changed since the last indexing; returns whether it did. */
    public boolean refreshIfChanged() {
        try {
            RepositoryFingerprint now = RepositoryFingerprint.of(repositoryRoot);
            if (now.equals(fingerprint)) {
                return false;
            }
            regenerate();
            return true;
        } catch (IOException | RuntimeException e) {
            // Keep serving the last good index; the next poll tries again.
            LOG.log(System.Logger.Level.WARNING, "Re-indexing " + repositoryRoot + " failed: " + e.getMessage(), e);
            return false;
        }
    }

    private synchronized void regenerate() throws IOException {
        RepositoryFingerprint before = RepositoryFingerprint.of(repositoryRoot);
        Path next = cache.resolve("index-" + generation.incrementAndGet());
        IndexResult result = generator.generate(repositoryRoot, next);
        Path old = previous;
        previous = current;
        current = next;
        lastIndex = result;
        fingerprint = before;
        if (old != null) {
            // Two generations are kept so a request that started on the previous one can finish.
            deleteQuietly(old);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        String userAgent = exchange.getRequestHeaders().getFirst("User-Agent");
        int status;
        long bytes = 0;
        Optional<RepositoryRoutes.Route> route = Optional.empty();
        try (exchange) {
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                status = 405;
                exchange.sendResponseHeaders(status, -1);
            } else {
                route = RepositoryRoutes.resolve(path, accept, userAgent);
                Path file = route.map(r -> current.resolve(r.relativeFile())).orElse(null);
                if (file == null || !file.normalize().startsWith(current) || !Files.isRegularFile(file)) {
                    status = 404;
                    exchange.sendResponseHeaders(status, -1);
                } else {
                    bytes = send(exchange, file, route.get().label().mediaType(), head);
                    status = bytes < 0 ? 404 : 200;
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "A response could not be sent: " + e.getMessage());
            status = 500;
        }
        record(new RequestLogEntry(Instant.now(), exchange.getRemoteAddress().getAddress().getHostAddress(), method,
                path, userAgent, route.map(r -> r.release() == null ? null : r.release().label()).orElse(null),
                route.map(r -> r.label().label()).orElse(null), status, bytes));
    }

    /** Sends the file; -1 when it vanished in between (an old generation being removed). */
    private static long send(HttpExchange exchange, Path file, String contentType, boolean head) throws IOException {
        InputStream opened;
        try {
            opened = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            exchange.sendResponseHeaders(404, -1);
            return -1;
        }
        try (InputStream in = opened) {
            long length = Files.size(file);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, head ? -1 : length);
            if (head) {
                return 0;
            }
            try (OutputStream out = exchange.getResponseBody()) {
                return in.transferTo(out);
            }
        }
    }

    private void record(RequestLogEntry entry) {
        synchronized (log) {
            if (log.size() == LOG_CAPACITY) {
                log.removeFirst();
            }
            log.addLast(entry);
        }
        for (Consumer<RequestLogEntry> l : listeners) {
            try {
                l.accept(entry);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A request listener failed", e);
            }
        }
    }

    /** The private folder the generated index is served from. */
    Path cacheFolder() {
        return cache;
    }

    /** Stops answering, stops watching, and removes the cached index. */
    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
        if (server != null) {
            server.stop(0);
        }
        if (handlers != null) {
            handlers.shutdownNow();
        }
        deleteQuietly(cache);
    }

    private static void deleteQuietly(Path dir) {
        try {
            FileTrees.deleteTree(dir);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not remove " + dir + ": " + e.getMessage());
        }
    }
}

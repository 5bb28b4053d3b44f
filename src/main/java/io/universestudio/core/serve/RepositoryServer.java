package io.universestudio.core.serve;

import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.index.IndexResult;
import io.universestudio.core.io.FileTrees;
import io.universestudio.core.publish.RepositoryRecovery;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Serves a Universe repository to DC/OS clusters exactly as the Universe's own server does (its nginx
 * configuration, {@link NginxRules}; universe-format.md 4.8): {@code GET /repo} answers the index file
 * for the DC/OS release in the User-Agent, typed with the highest repository media type in Accept;
 * {@code /package/<name>}, {@code /repo-1.7} and the index files by name likewise. No path reaches a
 * file outside the generated index.
 *
 * <p>The index is generated into a private cache folder and regenerated when the repository changes
 * (checked every {@code pollInterval}); requests keep being answered from the previous index until the
 * new one is complete. Binds to 127.0.0.1 unless another address is given. Slow or stalled clients
 * cannot starve others: connections wait for bytes without holding a thread, go after an idle timeout,
 * and each client address may hold only a few (ADR 0100, {@link ServerLimits}).
 */
public final class RepositoryServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RepositoryServer.class.getName());
    private static final int LOG_CAPACITY = 500;
    /** Jetty says "Started ..." at INFO; the CLI and the window say it themselves. Held so it stays set. */
    private static final java.util.logging.Logger JETTY_LOG = java.util.logging.Logger.getLogger("org.eclipse.jetty");

    static {
        if (JETTY_LOG.getLevel() == null) {
            JETTY_LOG.setLevel(java.util.logging.Level.WARNING);
        }
    }

    /** Builds an index of the repository into a folder: {@link IndexGenerator#generate} in real use. */
    @FunctionalInterface
    interface IndexBuilder {
        IndexResult build(Path repositoryRoot, Path outDir) throws IOException;
    }

    private final Path repositoryRoot;
    private final InetSocketAddress requested;
    private final Duration pollInterval;
    private final IndexBuilder builder;
    private final ServerLimits limits;
    private final Path cache;
    private final Deque<RequestLogEntry> log = new ArrayDeque<>();
    private final List<Consumer<RequestLogEntry>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger generation = new AtomicInteger();
    private volatile Path current;
    private volatile Path previous;
    private volatile IndexResult lastIndex;
    private volatile RepositoryFingerprint fingerprint;
    private volatile RepositoryFingerprint failedFingerprint;
    private String lastFailure;
    private Server server;
    private ServerConnector connector;
    private ConnectionsPerAddress perAddress;
    private ScheduledExecutorService watcher;

    private RepositoryServer(Path repositoryRoot, InetSocketAddress address, Duration pollInterval,
                             IndexBuilder builder, ServerLimits limits) throws IOException {
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        this.requested = address;
        this.pollInterval = pollInterval;
        this.builder = builder;
        this.limits = limits;
        this.cache = Files.createTempDirectory("universe-studio-serve-");
    }

    /** A server for the repository on 127.0.0.1 at {@code port} (0: any free port). */
    public static RepositoryServer loopback(Path repositoryRoot, int port) throws IOException {
        return create(repositoryRoot, InetAddress.getLoopbackAddress().getHostAddress(), port, Duration.ofSeconds(2),
                new IndexGenerator());
    }

    public static RepositoryServer create(Path repositoryRoot, String bindAddress, int port, Duration pollInterval,
                                          IndexGenerator generator) throws IOException {
        return create(repositoryRoot, bindAddress, port, pollInterval, generator::generate, ServerLimits.DEFAULT);
    }

    static RepositoryServer create(Path repositoryRoot, String bindAddress, int port, Duration pollInterval,
                                   IndexBuilder builder, ServerLimits limits) throws IOException {
        InetAddress address = InetAddress.getByName(Objects.requireNonNull(bindAddress));
        return new RepositoryServer(repositoryRoot, new InetSocketAddress(address, port), pollInterval, builder,
                limits);
    }

    /**
     * Indexes the repository, then starts answering. Problems in packages are in {@link #lastIndex()}.
     *
     * @throws BindException when the address cannot be bound (the port is taken, or the address is not
     *                       this machine's)
     */
    public synchronized RepositoryServer start() throws IOException {
        if (server != null) {
            return this;
        }
        try {
            // Repair what an interrupted publish left (its index missing revisions) before serving.
            RepositoryRecovery.recover(repositoryRoot, new IndexGenerator())
                    .forEach(note -> LOG.log(System.Logger.Level.INFO, note));
            regenerate();
            server = jetty();
            server.start();
        } catch (Exception e) {
            // Nothing is served: stop what started and do not leave the cached index behind.
            stopJetty();
            server = null;
            deleteQuietly(cache);
            throw asIOException(e);
        }
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "repo-server-watch");
            t.setDaemon(true);
            return t;
        });
        long ms = pollInterval.toMillis();
        watcher.scheduleWithFixedDelay(this::poll, ms, ms, TimeUnit.MILLISECONDS);
        LOG.log(System.Logger.Level.DEBUG, "Serving {0} at {1}", repositoryRoot, urls());
        return this;
    }

    private Server jetty() {
        QueuedThreadPool threads = new QueuedThreadPool(limits.threads(), Math.min(4, limits.threads()));
        threads.setName("repo-server");
        threads.setDaemon(true);
        ByteBufferPool buffers = new ArrayByteBufferPool();
        Server jetty = new Server(threads, new ScheduledExecutorScheduler("repo-server-timer", true), buffers);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // Paths reach NginxRules as sent, so odd ones are answered as nginx answers them.
        http.setUriCompliance(UriCompliance.UNSAFE);
        connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(requested.getAddress().getHostAddress());
        connector.setPort(requested.getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        perAddress = new ConnectionsPerAddress(limits.connectionsPerAddress());
        connector.addEventListener(perAddress);
        jetty.addConnector(connector);
        jetty.addBean(new NetworkConnectionLimit(limits.connections(), connector));
        jetty.setHandler(new RepositoryHandler(() -> current, this::record, buffers));
        return jetty;
    }

    private static IOException asIOException(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) {
                return bind;
            }
        }
        return e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }

    /** The URL to give to {@code dcos package repo add}: the first of {@link #urls()}. */
    public URI url() {
        return urls().get(0);
    }

    /**
     * Every URL the server answers at: one, or one per interface address when bound to all of them,
     * addresses other machines can use first.
     */
    public List<URI> urls() {
        return ListeningUrls.of(requested.getAddress(), port());
    }

    public int port() {
        return connector.getLocalPort();
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

    /**
     * Re-indexes now if the repository changed since the last indexing; returns whether it did. A
     * failure, of any kind, keeps the last good index; the same content is not tried again, and the same
     * failure is logged only once.
     */
    public boolean refreshIfChanged() {
        try {
            RepositoryFingerprint now = RepositoryFingerprint.of(repositoryRoot);
            if (now.equals(fingerprint) || now.equals(failedFingerprint)) {
                return false;
            }
            regenerate();
            recovered();
            return true;
        } catch (Exception | Error e) {
            failed(e);
            return false;
        }
    }

    /** The watcher's task: nothing may escape it, or the executor would stop calling it for good. */
    private void poll() {
        try {
            refreshIfChanged();
        } catch (Throwable t) {
            failed(t);
        }
    }

    private synchronized void failed(Throwable t) {
        String what = t.getClass().getSimpleName() + ": " + t.getMessage();
        if (what.equals(lastFailure)) {
            return;
        }
        lastFailure = what;
        LOG.log(System.Logger.Level.WARNING, "Re-indexing " + repositoryRoot + " failed (" + what + "); still serving"
                + " the last good index, and trying again when the repository changes.", t);
    }

    private synchronized void recovered() {
        if (lastFailure != null) {
            lastFailure = null;
            LOG.log(System.Logger.Level.INFO, "Re-indexing " + repositoryRoot + " works again.");
        }
    }

    private synchronized void regenerate() throws IOException {
        RepositoryFingerprint before = RepositoryFingerprint.of(repositoryRoot);
        Path next = cache.resolve("index-" + generation.incrementAndGet());
        IndexResult result;
        try {
            result = builder.build(repositoryRoot, next);
        } catch (IOException | RuntimeException | Error e) {
            failedFingerprint = before;
            deleteQuietly(next);
            throw e;
        }
        Path old = previous;
        previous = current;
        current = next;
        lastIndex = result;
        fingerprint = before;
        failedFingerprint = null;
        if (old != null) {
            // Two generations are kept so a request that started on the previous one can finish.
            deleteQuietly(old);
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

    /** Open connections from this client address now. */
    int connectionsFrom(InetAddress address) {
        return perAddress.openFrom(address);
    }

    /** Stops answering, stops watching, and removes the cached index. */
    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
        stopJetty();
        deleteQuietly(cache);
    }

    private void stopJetty() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "Stopping the server: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            FileTrees.deleteTree(dir);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not remove " + dir + ": " + e.getMessage());
        }
    }
}

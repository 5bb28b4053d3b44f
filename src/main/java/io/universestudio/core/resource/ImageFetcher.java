package io.universestudio.core.resource;

import io.universestudio.core.io.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads images for thumbnails in the background, with an on-disk cache and a timeout. {@link #fetch}
 * returns at once; its future always completes (with {@link ImageFetch.Status#UNAVAILABLE} and a plain
 * reason when offline, slow or refused) and never with an exception. Requests for the same URL while one
 * is under way share it. The Universe is frozen, so a cached image is used without asking the server again;
 * {@link #evict} drops one.
 */
public final class ImageFetcher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ImageFetcher.class.getName());
    /** Larger bodies are not thumbnails; refusing them keeps memory bounded. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final Path cacheDir;
    private final Duration timeout;
    private final ExecutorService executor;
    /** Built on the first web address: building it (selector thread, TLS set-up) cost every start time. */
    private HttpClient client;
    private final Map<String, CompletableFuture<ImageFetch>> inFlight = new ConcurrentHashMap<>();

    public ImageFetcher(Path cacheDir, Duration timeout) {
        this.cacheDir = cacheDir;
        this.timeout = timeout;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "image-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .executor(executor)
                    .build();
        }
        return client;
    }

    /** Starts loading {@code url} (or joins a load under way); returns immediately. */
    public CompletableFuture<ImageFetch> fetch(String url) {
        String scheme = scheme(url);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return CompletableFuture.completedFuture(ImageFetch.unavailable(url, "Not a web address, so it cannot be loaded."));
        }
        CompletableFuture<ImageFetch> f = inFlight.computeIfAbsent(url, u -> CompletableFuture
                .supplyAsync(() -> load(u), executor)
                .exceptionally(e -> ImageFetch.unavailable(u, "Could not load the image: " + e.getMessage()))
                .completeOnTimeout(ImageFetch.unavailable(u, timedOut()), timeout.toMillis() * 2 + 500, TimeUnit.MILLISECONDS));
        // Registered outside computeIfAbsent: a load that is already done would otherwise remove its own entry
        // from inside the map's update, which ConcurrentHashMap forbids.
        f.whenComplete((r, e) -> inFlight.remove(url, f));
        return f;
    }

    /** Forgets the cached copy of {@code url}, so the next fetch asks the server. */
    public void evict(String url) {
        try {
            Files.deleteIfExists(cacheFile(url));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not remove cached image " + url, e);
        }
    }

    private ImageFetch load(String url) {
        Path cached = cacheFile(url);
        if (Files.isRegularFile(cached)) {
            try {
                byte[] bytes = Files.readAllBytes(cached);
                Optional<ImageInfo> info = ImageMeasure.measure(bytes);
                if (info.isPresent()) {
                    return new ImageFetch(url, ImageFetch.Status.CACHED, bytes, info.get(), "From the cache.");
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "Unreadable cache entry for " + url, e);
            }
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            byte[] bytes;
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return ImageFetch.unavailable(url, "The server answered HTTP " + response.statusCode() + ".");
                }
                bytes = body.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                return ImageFetch.unavailable(url, "The image is larger than " + MAX_BYTES / (1024 * 1024) + " MB.");
            }
            Optional<ImageInfo> info = ImageMeasure.measure(bytes);
            if (info.isEmpty()) {
                return ImageFetch.unavailable(url, "The address does not hold an image this tool can read.");
            }
            store(cached, bytes);
            return new ImageFetch(url, ImageFetch.Status.LOADED, bytes, info.get(), "Loaded.");
        } catch (HttpTimeoutException e) {
            return ImageFetch.unavailable(url, timedOut());
        } catch (ConnectException e) {
            return ImageFetch.unavailable(url, "Cannot connect to the server: offline, or the host is down.");
        } catch (IOException e) {
            return ImageFetch.unavailable(url, "Unavailable: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (IllegalArgumentException e) {
            return ImageFetch.unavailable(url, "Not a valid address: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ImageFetch.unavailable(url, "Loading was cancelled.");
        }
    }

    private String timedOut() {
        return "No answer within " + timeout.toMillis() / 1000.0 + " s: offline or the server is slow.";
    }

    private void store(Path cached, byte[] bytes) {
        try {
            Files.createDirectories(cacheDir);
            AtomicFiles.write(cached, bytes);
        } catch (IOException e) {
            // A cache that cannot be written only costs a later download.
            LOG.log(System.Logger.Level.WARNING, "Could not cache image in " + cacheDir, e);
        }
    }

    Path cacheFile(String url) {
        return cacheDir.resolve(Sha256.of(url.getBytes(StandardCharsets.UTF_8)) + ".img");
    }

    private static String scheme(String url) {
        int colon = url == null ? -1 : url.indexOf(':');
        return colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}

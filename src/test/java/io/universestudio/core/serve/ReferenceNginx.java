package io.universestudio.core.serve;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Debian's nginx running the Universe's own repository server configuration on loopback, as
 * shared/reference/universe-server/README.md says: {@code listen 80;} becomes a loopback port and a
 * root, the two {@code /dev/stdout} log lines go, and a minimal {@code nginx.conf} includes it. One
 * foreground process (no master, no daemon), stopped by {@link #close()}. Tests that need it skip, by
 * JUnit assumption, where nginx or its mime.types are not installed.
 */
final class ReferenceNginx implements AutoCloseable {

    private static final Path MIME_TYPES = Path.of("/etc/nginx/mime.types");

    private final Process process;
    private final int port;

    private ReferenceNginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    int port() {
        return port;
    }

    static Path binary() {
        Optional<Path> found = Stream.concat(Stream.of("/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin"),
                        Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, "nginx")).filter(Files::isExecutable).findFirst();
        Assumptions.assumeTrue(found.isPresent(), "nginx is not installed (Debian: apt-get install nginx;"
                + " .ci/run installs it)");
        Assumptions.assumeTrue(Files.isRegularFile(MIME_TYPES), MIME_TYPES + " is missing (nginx-common)");
        return found.get();
    }

    /** Starts nginx with {@code universeConf} over {@code webRoot}; {@code prefix} holds its own files. */
    static ReferenceNginx start(Path universeConf, Path webRoot, Path prefix) throws Exception {
        Path nginx = binary();
        Files.createDirectories(prefix);
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            List<String> lines = Files.readAllLines(universeConf, StandardCharsets.UTF_8);
            String server = lines.stream().filter(l -> !l.contains("/dev/stdout"))
                    .map(l -> l.replace("listen 80;", "listen 127.0.0.1:" + port + "; root " + webRoot + ";"))
                    .collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(prefix.resolve("universe.conf"), server);
            Files.writeString(prefix.resolve("nginx.conf"), String.join("\n",
                    "daemon off;",
                    "master_process off;",
                    "worker_processes 1;",
                    "pid " + prefix.resolve("nginx.pid") + ";",
                    "error_log " + prefix.resolve("error.log") + ";",
                    "events { worker_connections 256; }",
                    "http {",
                    "  include " + MIME_TYPES + ";",
                    "  access_log off;",
                    "  client_body_temp_path " + prefix.resolve("body") + ";",
                    "  proxy_temp_path " + prefix.resolve("proxy") + ";",
                    "  fastcgi_temp_path " + prefix.resolve("fastcgi") + ";",
                    "  uwsgi_temp_path " + prefix.resolve("uwsgi") + ";",
                    "  scgi_temp_path " + prefix.resolve("scgi") + ";",
                    "  include " + prefix.resolve("universe.conf") + ";",
                    "}", ""));
            Process p = new ProcessBuilder(nginx.toString(), "-e", prefix.resolve("error.log").toString(),
                    "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString())
                    .redirectErrorStream(true).redirectOutput(prefix.resolve("stdout.log").toFile()).start();
            ReferenceNginx started = new ReferenceNginx(p, port);
            if (started.awaitListening()) {
                return started;
            }
            started.close();
            last = new IOException("nginx did not start: " + Files.readString(prefix.resolve("stdout.log"))
                    + (Files.exists(prefix.resolve("error.log")) ? Files.readString(prefix.resolve("error.log")) : ""));
        }
        throw last;
    }

    private boolean awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return true;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}

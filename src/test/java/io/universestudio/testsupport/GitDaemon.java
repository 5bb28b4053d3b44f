package io.universestudio.testsupport;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code git daemon} serving the repositories under a folder on 127.0.0.1, push enabled, for git://
 * URLs. Tests that need it skip, by JUnit assumption, where git or its daemon is not installed.
 */
public final class GitDaemon implements AutoCloseable {

    private final Process process;
    private final int port;

    private GitDaemon(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** git://127.0.0.1:PORT/ */
    public String baseUrl() {
        return "git://127.0.0.1:" + port + "/";
    }

    public static GitDaemon serve(Path base, Path logFile) throws Exception {
        Assumptions.assumeTrue(daemonInstalled(), "git daemon is not installed (Debian: apt-get install git)");
        for (int attempt = 0; attempt < 3; attempt++) {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            Process p = new ProcessBuilder("git", "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack",
                    "--base-path=" + base, "--listen=127.0.0.1", "--port=" + port, base.toString())
                    .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
            GitDaemon daemon = new GitDaemon(p, port);
            if (daemon.awaitListening()) {
                return daemon;
            }
            daemon.close();
        }
        throw new IOException("git daemon did not start: " + Files.readString(logFile));
    }

    private static boolean daemonInstalled() {
        try {
            Process p = new ProcessBuilder("git", "--exec-path").redirectErrorStream(true).start();
            String execPath = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0
                    && Files.isExecutable(Path.of(execPath, "git-daemon"));
        } catch (IOException | InterruptedException e) {
            return false;
        }
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

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}

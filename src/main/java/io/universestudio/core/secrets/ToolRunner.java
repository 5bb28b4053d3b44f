package io.universestudio.core.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an OS secret-store tool. Secrets go to the tool on standard input, never on the command line
 * (which other users can read in the process list).
 */
final class ToolRunner {

    record Outcome(int exitCode, String stdout, String stderr) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private static final long TIMEOUT_SECONDS = 30;

    private final Map<String, String> environment;

    /** @param environment variables added to the tool's environment (e.g. a D-Bus session address) */
    ToolRunner(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    Outcome run(List<String> command, byte[] stdin) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(environment);
        Process p = pb.start();
        CompletableFuture<byte[]> out = drain(p.getInputStream(), "secret-tool-out");
        CompletableFuture<byte[]> err = drain(p.getErrorStream(), "secret-tool-err");
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin);
        } catch (IOException e) {
            // The tool may exit without reading its input; its exit code says what happened.
        }
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not answer within " + TIMEOUT_SECONDS + " seconds.");
            }
            return new Outcome(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8).strip());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " was interrupted.", e);
        }
    }

    /** True when {@code name} can be run from the PATH. */
    static boolean onPath(String name, Map<String, String> env) {
        String path = env.getOrDefault("PATH", System.getenv().getOrDefault("PATH", ""));
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }

    /** Reads a stream of the tool to its end on a thread of its own (named, not the shared common pool). */
    private static CompletableFuture<byte[]> drain(InputStream stream, String name) {
        CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (stream) {
                bytes.complete(stream.readAllBytes());
            } catch (IOException e) {
                bytes.complete(new byte[0]);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return bytes;
    }
}

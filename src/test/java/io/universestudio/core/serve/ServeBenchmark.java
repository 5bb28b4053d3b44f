package io.universestudio.core.serve;

import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code universe-studio serve} of the whole corpus, in its own JVM with the CLI launcher's options,
 * under load from this one on loopback: {@code mvn -Pbench test -Dtest=ServeBenchmark}.
 * <ol>
 *   <li>20 slow clients (10 holding half-sent requests, 10 never reading the /repo they asked for), each
 *       from its own 127.0.0.x, for 10 s, while one client asks for a package file again and again: how
 *       many of its requests were answered, and how fast;</li>
 *   <li>200 clients at once, each from its own 127.0.1.x, for 20 s, each asking in turn for /repo and a
 *       package file on a new connection (as Cosmos does): the serve process's resident memory (sampled
 *       from /proc every 250 ms) and threads, requests answered and failed.</li>
 * </ol>
 * Linux only (it reads /proc).
 */
class ServeBenchmark {

    private static final String V5 = "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v5";
    private static final String UA = "cosmos/0.6.3 dcos/2.0.0";

    @Test
    void slowClientsThenTwoHundredClients() throws Exception {
        Path corpus = Shared.corpus();
        assertThat(Path.of("/proc/self/status")).exists();
        Process serve = startServe(corpus);
        try {
            int port = portOf(serve);
            long pid = serve.pid();
            String somePackage = "/package/" + firstPackage(corpus);
            System.out.printf("ServeBenchmark: serving %s (pid %d); idle: %s%n", corpus, pid, memory(pid));

            slowClients(port, somePackage);
            System.out.printf("ServeBenchmark: after the slow clients: %s%n", memory(pid));
            twoHundredClients(port, pid, somePackage);
        } finally {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private static void slowClients(int port, String packagePath) throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Socket s = new Socket();
                slow.add(s);
                boolean halfSent = i < 10;
                if (!halfSent) {
                    s.setReceiveBufferSize(4096);
                }
                s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0." + (10 + i)), 0));
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
                String request = "GET /repo HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + V5 + "\r\nUser-Agent: " + UA
                        + (halfSent ? "\r\nX-Still-Typ" : "\r\n\r\n");
                s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            }
            int answered = 0;
            int failed = 0;
            List<Long> micros = new ArrayList<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < end) {
                long t = System.nanoTime();
                try {
                    if (get(port, packagePath, InetAddress.getLoopbackAddress()) == 200) {
                        answered++;
                        micros.add((System.nanoTime() - t) / 1000);
                    } else {
                        failed++;
                    }
                } catch (IOException e) {
                    failed++;
                }
            }
            Collections.sort(micros);
            System.out.printf("ServeBenchmark: 20 slow clients held for 10 s (10 half-sent requests, 10 unread /repo);"
                            + " meanwhile %d requests for %s answered, %d failed; latency median %.1f ms, p99 %.1f ms,"
                            + " max %.1f ms%n", answered, packagePath, failed, pct(micros, 50), pct(micros, 99),
                    pct(micros, 100));
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    private static void twoHundredClients(int port, long pid, String packagePath) throws Exception {
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            InetAddress from = InetAddress.getByName("127.0.1." + (1 + i));
            int n = i;
            Thread t = new Thread(() -> {
                for (int k = n; System.nanoTime() < end; k++) {
                    try {
                        long got = fetch(port, k % 2 == 0 ? "/repo" : packagePath, from);
                        if (got >= 0) {
                            answered.incrementAndGet();
                            bytes.addAndGet(got);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    }
                }
            }, "bench-client-" + i);
            clients.add(t);
        }
        long peakRss = 0;
        int peakThreads = 0;
        List<Long> rssSamples = new ArrayList<>();
        clients.forEach(Thread::start);
        while (System.nanoTime() < end) {
            long rss = status(pid, "VmRSS");
            rssSamples.add(rss);
            peakRss = Math.max(peakRss, rss);
            peakThreads = (int) Math.max(peakThreads, status(pid, "Threads"));
            Thread.sleep(250);
        }
        for (Thread t : clients) {
            t.join(60_000);
        }
        Collections.sort(rssSamples);
        System.out.printf("ServeBenchmark: 200 concurrent clients for 20 s: %d requests answered (%.1f MB), %d failed;"
                        + " serve resident memory median %d MB, peak %d MB (VmHWM %d MB), peak %d threads%n",
                answered.get(), bytes.get() / 1e6, failed.get(), rssSamples.get(rssSamples.size() / 2) / 1024,
                peakRss / 1024, status(pid, "VmHWM") / 1024, peakThreads);
        System.out.printf("ServeBenchmark: 5 s after the load: %s%n", memoryAfter(pid, 5));
    }

    private static String memoryAfter(long pid, int seconds) throws Exception {
        Thread.sleep(seconds * 1000L);
        return memory(pid);
    }

    private static String memory(long pid) throws IOException {
        return String.format("resident %d MB, %d threads", status(pid, "VmRSS") / 1024, status(pid, "Threads"));
    }

    /** A number from /proc/PID/status (kB for memory lines). */
    private static long status(long pid, String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.substring(key.length() + 1).trim().split("\\s+")[0]);
            }
        }
        throw new IOException(key + " not in /proc/" + pid + "/status");
    }

    private static int get(int port, String path, InetAddress from) throws IOException {
        return fetch(port, path, from) >= 0 ? 200 : 0;
    }

    /** One request on a new connection; the body length, or -1 when the answer was not a 200. */
    private static long fetch(int port, String path, InetAddress from) throws IOException {
        try (Socket s = new Socket()) {
            s.setSoTimeout(60_000);
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + V5 + "\r\nUser-Agent: " + UA
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            byte[] head = new byte[12];
            int n = in.readNBytes(head, 0, head.length);
            boolean ok = n == 12 && new String(head, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200");
            long total = 0;
            byte[] buffer = new byte[1 << 16];
            for (int r; (r = in.read(buffer)) > 0; ) {
                total += r;
            }
            return ok ? total : -1;
        }
    }

    private static double pct(List<Long> sortedMicros, int p) {
        if (sortedMicros.isEmpty()) {
            return Double.NaN;
        }
        int i = Math.min(sortedMicros.size() - 1, (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1);
        return sortedMicros.get(Math.max(0, i)) / 1000.0;
    }

    private static String firstPackage(Path corpus) throws IOException {
        try (var letters = Files.list(corpus.resolve("packages")).sorted()) {
            Path letter = letters.filter(Files::isDirectory).findFirst().orElseThrow();
            try (var names = Files.list(letter).sorted()) {
                return names.findFirst().orElseThrow().getFileName().toString();
            }
        }
    }

    /** serve in a JVM of its own, with the options of the installed command-line launcher. */
    private static Process startServe(Path corpus) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String line : Files.readAllLines(Path.of("packaging", "linux", "cli-launcher.properties"))) {
            if (line.startsWith("java-options=")) {
                cmd.addAll(List.of(line.substring("java-options=".length()).trim().split("\\s+")));
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.universestudio.Main", "serve",
                corpus.toString(), "--port", "0"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Reads serve's output until it prints its URL; the rest is drained in the background. */
    private static int portOf(Process serve) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        Pattern url = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/repo");
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = url.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // The request log; not needed here.
                        }
                    } catch (IOException ignored) {
                        // The process ended.
                    }
                }, "serve-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IOException("serve ended without a URL:\n" + seen);
    }
}

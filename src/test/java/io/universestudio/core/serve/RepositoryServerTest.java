package io.universestudio.core.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.index.TestRepos;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.universestudio.core.index.TestRepos.packageJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real HTTP on loopback with the headers Cosmos sends (cosmos-rendering.md 3.2). */
class RepositoryServerTest {

    private static final String V3 = "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v3";
    private static final String V4 = "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v4";
    private static final String V5 = "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v5";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path repo;
    private RepositoryServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void serve() throws Exception {
        TestRepos.revision(repo, "old", 0, "package.json", packageJson("old", "3.0", "1.0", ""),
                "marathon.json.mustache", "{\"id\": \"old\"}");
        TestRepos.valid(repo, "modern", 0, "2.0");
        TestRepos.revision(repo, "five", 0, "package.json",
                packageJson("five", "5.0", "1.0", "\"minDcosReleaseVersion\": \"1.12\""));
        server = RepositoryServer.create(repo, "127.0.0.1", 0, Duration.ofMillis(200), new IndexGenerator()).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> cosmos(String path, String accept, String userAgent) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept-Encoding", "gzip").GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (userAgent != null) {
            b.header("User-Agent", userAgent);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> names(String body) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode e : JSON.readTree(body).get("packages")) {
            out.add(e.get("name").asText() + ":" + e.get("packagingVersion").asText());
        }
        return out;
    }

    @Test
    void dcos20WithCosmos061HeadersGetsTheV5FileLabelledV5() throws Exception {
        HttpResponse<String> r = cosmos("/repo", V5 + "," + V4 + "," + V3, "cosmos/0.6.3 dcos/2.0.1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().allValues("Content-Type")).containsExactly(V5);
        assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(names(r.body())).containsExactly("five:5.0", "modern:4.0", "old:3.0");
    }

    @Test
    void dcos111WithCosmos05HeadersGetsThe111FileLabelledV4() throws Exception {
        HttpResponse<String> r = cosmos("/repo", V4 + "," + V3, "cosmos/0.5.1 dcos/1.11.4");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().allValues("Content-Type")).containsExactly(V4);
        assertThat(names(r.body())).containsExactly("modern:4.0", "old:3.0");
    }

    @Test
    void dcos19WithCosmos03HeadersGetsTheLegacyFileLabelledV3() throws Exception {
        HttpResponse<String> r = cosmos("/repo", V3, "cosmos/0.3.0 dcos/1.9.1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().allValues("Content-Type")).containsExactly(V3);
        assertThat(names(r.body())).containsExactly("old:3.0");
    }

    @Test
    void theLabelFollowsAcceptAndTheFileFollowsTheUserAgent() throws Exception {
        HttpResponse<String> r = cosmos("/repo", V4 + "," + V3, null);
        assertThat(r.headers().allValues("Content-Type")).containsExactly(V4);
        assertThat(names(r.body())).contains("five:5.0");
        HttpResponse<String> pkg = cosmos("/package/modern", V5 + "," + V4 + "," + V3, "cosmos/0.6.3 dcos/1.12.0");
        assertThat(pkg.statusCode()).isEqualTo(200);
        assertThat(pkg.headers().allValues("Content-Type")).containsExactly(V5);
        assertThat(names(pkg.body())).containsExactly("modern:4.0");
        HttpResponse<String> legacy = cosmos("/repo-1.7", V3, "cosmos/0.2.0 dcos/1.8.8");
        assertThat(legacy.body()).isEqualTo("{\"packages\": []}");
    }

    @Test
    void withoutARepositoryAcceptRepoGets404ButOtherPathsAreServedAsTheUniverseServerDoes() throws Exception {
        assertThat(cosmos("/repo", null, "curl/8.0").statusCode()).isEqualTo(404);
        assertThat(cosmos("/repo", "application/json", "curl/8.0").statusCode()).isEqualTo(404);
        assertThat(cosmos("/repo", "application/vnd.dcos.universe.repo+json; charset=utf-8; version=v4", null)
                .statusCode()).as("spaces do not match, as on the Universe server").isEqualTo(404);
        HttpResponse<String> plain = cosmos("/package/old", null, "curl/8.0");
        assertThat(plain.statusCode()).as("nginx falls through to the static file").isEqualTo(200);
        assertThat(plain.headers().allValues("Content-Type")).containsExactly("application/json");
        assertThat(names(plain.body())).containsExactly("old:3.0");
        HttpResponse<String> file = cosmos("/repo-up-to-1.11.json", V5, null);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().allValues("Content-Type")).containsExactly("application/json");
        for (String path : List.of("/universe.json", "/repo-up-to-2.0.content_type", "/package/Old",
                "/package/old.json", "/package/", "/repo/", "/v5", "/v4/repo-up-to-2.0.json")) {
            assertThat(cosmos(path, V5, null).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(cosmos("/", V5, null).statusCode()).as("a folder without an index page").isEqualTo(403);
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(server.url().toString()))
                .header("Accept", V5).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void noPathEscapesTheIndex() throws Exception {
        for (String path : List.of("/../", "/../../../../etc/passwd", "/package/../../../etc/passwd",
                "/package/..%2F..%2F..%2Fetc%2Fpasswd", "/%2e%2e/%2e%2e/etc/passwd", "/package/%2e%2e",
                "/package/old/../../universe.json", "//etc/passwd", "/package/old%00", "/2.0/package/..%2F..%2F..",
                "/%2F%2Fetc%2Fpasswd")) {
            assertThat(rawGet(path)).as(path).matches("(?s)HTTP/1.1 (400|403|404) .*").doesNotContain("root:")
                    .doesNotContain("\"packages\"");
        }
    }

    @Test
    void whatAClientSendsIsPrintedWithControlCharactersEscaped() throws Exception {
        assertThat(RequestLogEntry.printable("a\u001b[2Jb\r\n\u009b31m\u202eok\\")).isEqualTo(
                "a\\x1b[2Jb\\x0d\\x0a\\x9b31m\\u202eok\\\\");
        assertThat(RequestLogEntry.printable("caf\u00e9 \ud83d\ude00")).isEqualTo("caf\u00e9 \ud83d\ude00");
        List<RequestLogEntry> seen = new CopyOnWriteArrayList<>();
        server.addRequestListener(seen::add);
        List<byte[]> hostile = List.of(
                raw("G\u001b]0;owned\u0007ET /repo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                raw("GET /repo\u001b[2J HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                raw("GET /repo HTTP/1.1\r\nHost: x\r\nUser-Agent: dcos/2.0\u001b[31m\u009b2J\r\nAccept: " + V5
                        + "\r\nConnection: close\r\n\r\n"),
                raw("GET /package/%1b%5b2J HTTP/1.1\r\nHost: x\r\nUser-Agent: \u0085x\tz\r\nConnection: close"
                        + "\r\n\r\n"));
        for (byte[] request : hostile) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                s.setSoTimeout(5000);
                s.getOutputStream().write(request);
                s.getInputStream().readAllBytes();
            }
        }
        Thread.sleep(200);
        assertThat(seen).as("requests that got past the HTTP parser are logged").isNotEmpty();
        for (RequestLogEntry e : seen) {
            assertThat(e.summary().chars().noneMatch(c -> Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT)).as(e.summary()).isTrue();
        }
        // Jetty refuses ESC in a header with 400; a C1 control (NEL) in a User-Agent gets through, escaped.
        assertThat(seen).anySatisfy(e -> assertThat(e.summary()).contains("[\\x85x\\x09z]"));
    }

    private static byte[] raw(String request) {
        return request.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Sends the path exactly as written (an HTTP client would normalise it). */
    private String rawGet(String path) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + V5
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void headAnswersWithoutABodyAndUnknownPackagesGet404() throws Exception {
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(URI.create(server.url().toString()))
                .header("Accept", V5).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().allValues("Content-Type")).containsExactly(V5);
        assertThat(head.body()).isEmpty();
        assertThat(cosmos("/package/not-here", V5, "cosmos/0.6.3 dcos/2.0.0").statusCode()).isEqualTo(404);
        assertThat(cosmos("/package/five", V4, "cosmos/0.5.0 dcos/1.11.0").statusCode())
                .as("five needs 1.12, so 1.11 has no file for it").isEqualTo(404);
    }

    @Test
    void aPortInUseIsAPlainErrorAndLeavesNoCache() throws Exception {
        RepositoryServer second = RepositoryServer.create(repo, "127.0.0.1", server.port(), Duration.ofSeconds(2),
                new IndexGenerator());
        assertThatThrownBy(second::start).isInstanceOf(java.io.IOException.class);
        assertThat(second.cacheFolder()).doesNotExist();
        server.close();
        assertThat(server.cacheFolder()).doesNotExist();
    }

    @Test
    void bindsToLoopbackByDefault() throws Exception {
        try (RepositoryServer byDefault = RepositoryServer.loopback(repo, 0).start()) {
            assertThat(byDefault.url().getHost()).isEqualTo("127.0.0.1");
            assertThat(byDefault.repoAddCommand("studio"))
                    .isEqualTo("dcos package repo add studio http://127.0.0.1:" + byDefault.port() + "/repo");
            Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
            if (external.isPresent()) {
                assertThatThrownBy(() -> {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(external.get(), byDefault.port()), 2000);
                    }
                }).isInstanceOf(java.io.IOException.class);
            }
        }
    }

    @Test
    void keepsServingWhileTheAuthorPublishesAndThenServesTheNewRevision() throws Exception {
        List<RequestLogEntry> seen = new CopyOnWriteArrayList<>();
        server.addRequestListener(seen::add);
        TestRepos.valid(repo, "modern", 1, "2.1");

        List<String> served = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && !served.contains("modern:4.0#1")) {
            HttpResponse<String> r = cosmos("/repo", V5, "cosmos/0.6.3 dcos/2.0.0");
            assertThat(r.statusCode()).isEqualTo(200);
            served = new ArrayList<>();
            for (JsonNode e : JSON.readTree(r.body()).get("packages")) {
                served.add(e.get("name").asText() + ":" + e.get("packagingVersion").asText() + "#"
                        + e.get("releaseVersion").asInt());
            }
            Thread.sleep(100);
        }
        assertThat(served).contains("modern:4.0#0", "modern:4.0#1");
        assertThat(seen).isNotEmpty().allMatch(e -> e.release().equals("2.0") && e.repoVersion().equals("v5"));
        RequestLogEntry last = server.requestLog().get(server.requestLog().size() - 1);
        assertThat(last.userAgent()).isEqualTo("cosmos/0.6.3 dcos/2.0.0");
        assertThat(last.remoteAddress()).isEqualTo("127.0.0.1");
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.summary()).contains("DC/OS 2.0");
    }
}

package io.universestudio.core.serve;

import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.index.TestRepos;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.universestudio.core.index.TestRepos.packageJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in server answers as the Universe's own server: the same requests, sent byte for byte to a
 * real nginx running the Universe's configuration over the same index files, get the same status, the
 * same Content-Type and the same body (and redirects the same Location path). Error pages differ
 * (nginx's HTML names nginx), so only their status is compared.
 */
class NginxParityTest {

    private static final String V3 = "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v3";
    private static final String V4 = "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v4";
    private static final String V5 = "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v5";

    /** Paths whose answer depends on Accept and User-Agent: tried with every combination. */
    private static final List<String> ROUTES = List.of("/repo", "/repo-1.7", "/package/modern", "/package/five",
            "/package/old", "/package/legacy-two", "/package/missing");
    /** Everything else: odd, escaped, static, internal and hostile paths. */
    private static final List<String> PATHS = List.of(
            "/package/", "/package", "/packages", "/package/modern/", "/package/modern.json",
            "/package/Modern", "/package/a/b", "/package/modern?x=1", "/repo/", "/repo?x=1", "/repo-1.7/",
            "/repo-up-to-2.0.json", "/repo-up-to-1.8.json", "/repo-up-to-1.10.json", "/repo-empty-v3.json",
            "/universe.json", "/repo-up-to-2.0.content_type", "/repo-up-to-2.0.JSON", "/repo-up-to-2.0.json/",
            "/2.0/package/modern.json", "/1.8/package/old.json", "/1.12/package/five.json", "/2.0/package/",
            "/2.0/package", "/2.0", "/2.0/", "/2.0?x=1", "/", "/v3", "/v4/repo-up-to-2.0.json", "/v5",
            "/v5x", "/v4/2.0/package/modern.json", "/1.7/package/modern.json", "//repo", "/./repo",
            "/package/../repo", "/pack%61ge/modern", "/%72epo", "/%72epo-1.7", "/package/%2e%2e/repo-empty-v3.json",
            "/../repo", "/%2e%2e/repo", "/package/modern%00", "/package/mod%zzern", "/package/mod%2",
            "/package/..%2F..%2Fetc%2Fpasswd", "/package/old/../../universe.json", "//etc/passwd",
            "/../../../../etc/passwd", "/%2Frepo-empty-v3.json", "/repo-empty-v3.json%2F", "/package/modern/.",
            "/2.0/package/.", "/2.0/./package/modern.json", "/2.0/package/modern.json?x", "/package/m%C3%A9",
            "/repo-up-to-2.0.json.gz", "/index.html", "/favicon.ico");
    private static final List<String> ACCEPTS = Arrays.asList(null, "application/json", "*/*", V3, V4, V5,
            V5 + "," + V4 + "," + V3, V4 + "," + V3, "text/html;q=0.9," + V4 + ";q=0.8",
            "application/vnd.dcos.universe.repo+json; charset=utf-8; version=v4", V3.toUpperCase(), V5 + "x");
    private static final List<String> USER_AGENTS = Arrays.asList(null, "curl/8.0", "cosmos/0.6.3 dcos/2.0.1",
            "cosmos/0.2.0 dcos/1.8.8", "dcos/1.9", "cosmos/0.4.0 dcos/1.10.0", "cosmos/0.5.1 dcos/1.11.4",
            "dcos/1.12.0", "dcos/1.13.1", "dcos/2.1.0", "dcos/1.80", "dcos/1.100", "dcos/2.0 dcos/1.8",
            "dcos/1.8 dcos/2.0", "DCOS/1.9", "dcos/1.7", "dcos/1.9dcos/1.11");
    private static final List<String> METHODS = List.of("HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");

    @TempDir
    static Path work;
    private static ReferenceNginx nginx;
    private static RepositoryServer studio;

    @BeforeAll
    static void serveTheSameIndexTwice() throws Exception {
        Path conf = Shared.universeServerConf();
        ReferenceNginx.binary();
        Path repo = work.resolve("repo");
        TestRepos.revision(repo, "old", 0, "package.json", packageJson("old", "3.0", "1.0", ""),
                "marathon.json.mustache", "{\"id\": \"old\"}");
        TestRepos.revision(repo, "legacy-two", 3, "package.json", packageJson("legacy-two", "2.0", "0.1", ""),
                "marathon.json.mustache", "{\"id\": \"legacy\"}");
        TestRepos.valid(repo, "modern", 0, "2.0");
        TestRepos.valid(repo, "modern", 1, "2.1");
        TestRepos.revision(repo, "five", 0, "package.json",
                packageJson("five", "5.0", "1.0", "\"minDcosReleaseVersion\": \"1.12\""));
        Path index = work.resolve("index");
        new IndexGenerator().generate(repo, index);
        nginx = ReferenceNginx.start(conf, imageWebRoot(index, work.resolve("html")), work.resolve("nginx"));
        studio = RepositoryServer.create(repo, "127.0.0.1", 0, Duration.ofMinutes(10), new IndexGenerator()).start();
    }

    /** What the Universe's server image copies into nginx's web root: repo-*.json and *&#47;package/*. */
    private static Path imageWebRoot(Path index, Path html) throws Exception {
        Files.createDirectories(html);
        try (Stream<Path> top = Files.list(index)) {
            for (Path p : top.toList()) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && name.startsWith("repo-") && name.endsWith(".json")) {
                    Files.copy(p, html.resolve(name));
                }
                Path packages = p.resolve("package");
                if (Files.isDirectory(packages)) {
                    Files.createDirectories(html.resolve(name).resolve("package"));
                    try (Stream<Path> files = Files.list(packages)) {
                        for (Path f : files.toList()) {
                            Files.copy(f, html.resolve(name).resolve("package").resolve(f.getFileName()));
                        }
                    }
                }
            }
        }
        return html;
    }

    @AfterAll
    static void stop() throws Exception {
        if (studio != null) {
            studio.close();
        }
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void everyPathAcceptAndUserAgentGetsWhatNginxGives() throws Exception {
        List<String> differences = new ArrayList<>();
        Set<Integer> statuses = new TreeSet<>();
        int compared = 0;
        for (String path : ROUTES) {
            for (String accept : ACCEPTS) {
                for (String userAgent : USER_AGENTS) {
                    statuses.add(compare("GET", path, accept, userAgent, differences));
                    compared++;
                }
            }
        }
        for (String path : PATHS) {
            for (String accept : Arrays.asList(null, V5, V4 + "," + V3)) {
                for (String userAgent : Arrays.asList(null, "cosmos/0.5.1 dcos/1.11.4", "cosmos/0.2.0 dcos/1.8.8")) {
                    statuses.add(compare("GET", path, accept, userAgent, differences));
                    compared++;
                }
            }
        }
        assertThat(differences).as("%d of %d requests differ", differences.size(), compared).isEmpty();
        assertThat(statuses).as("the requests cover every kind of answer").contains(200, 301, 400, 403, 404);
    }

    @Test
    void otherMethodsGetWhatNginxGives() throws Exception {
        List<String> differences = new ArrayList<>();
        Set<Integer> statuses = new TreeSet<>();
        for (String method : METHODS) {
            for (String path : Stream.concat(ROUTES.stream(), PATHS.stream()).toList()) {
                for (String accept : Arrays.asList(null, V5)) {
                    statuses.add(compare(method, path, accept, "cosmos/0.5.1 dcos/1.11.4", differences));
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(statuses).contains(200, 404, 405);
    }

    /** Sends one request to both; notes any difference; returns nginx's status. */
    private static int compare(String method, String path, String accept, String userAgent, List<String> differences)
            throws Exception {
        String[] headers = {"Accept", accept, "User-Agent", userAgent};
        RawHttp.Response expected = RawHttp.exchange(nginx.port(), method, path, headers);
        RawHttp.Response actual = RawHttp.exchange(studio.port(), method, path, headers);
        String request = method + " " + path + " [Accept: " + accept + "] [User-Agent: " + userAgent + "]";
        if (expected.status() != actual.status()) {
            differences.add(request + ": nginx " + expected.status() + ", studio " + actual.status());
            return expected.status();
        }
        if (expected.status() == 200) {
            if (!String.valueOf(expected.header("Content-Type")).equals(actual.header("Content-Type"))) {
                differences.add(request + ": Content-Type nginx " + expected.header("Content-Type") + ", studio "
                        + actual.header("Content-Type"));
            }
            if (!String.valueOf(expected.header("Content-Length")).equals(actual.header("Content-Length"))
                    || !Arrays.equals(expected.body(), actual.body())) {
                differences.add(request + ": bodies differ (" + expected.header("Content-Length") + " and "
                        + actual.header("Content-Length") + " bytes)");
            }
        }
        if (expected.status() == 301 && !pathOf(expected.header("Location")).equals(pathOf(actual.header("Location")))) {
            differences.add(request + ": Location nginx " + expected.header("Location") + ", studio "
                    + actual.header("Location"));
        }
        return expected.status();
    }

    private static String pathOf(String location) {
        return location == null ? "(none)" : location.replaceFirst("^[a-z]+://[^/]*", "");
    }
}

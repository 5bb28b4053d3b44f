package io.universestudio.core.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indexes the whole corpus and checks every file written: it parses, validates against the repository
 * schema of its version as a whole document, holds exactly the revisions an independent reading of
 * minDcosReleaseVersion says it should, and carries each template byte for byte.
 */
class IndexCorpusTest {

    /** universe-format.md 5.2: the counts for the full corpus of 1,235 revisions. */
    private static final Map<String, Integer> SPEC_COUNTS = Map.of("universe.json", 1235,
            "repo-up-to-2.0.json", 1201, "repo-up-to-1.13.json", 1195, "repo-up-to-1.12.json", 1180,
            "repo-up-to-1.11.json", 1075, "repo-up-to-1.10.json", 958, "repo-up-to-1.9.json", 816,
            "repo-up-to-1.8.json", 552);

    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path out;
    private static IndexResult result;
    private static List<Path> revisions;
    private static RepoSchemas schemas;

    @BeforeAll
    static void index() throws Exception {
        revisions = Shared.corpusRevisions();
        schemas = new RepoSchemas();
        result = new IndexGenerator(schemas).generate(Shared.corpus(), out);
    }

    @Test
    void theWholeCorpusIsAcceptedWithoutProblems() {
        assertThat(result.problems()).isEmpty();
        assertThat(result.entryCounts().get("universe.json")).isEqualTo(revisions.size());
    }

    @Test
    void everyFileIsByteForByteWhatTheUniverseGeneratorsLogicWrites() throws Exception {
        List<String> lines;
        try (var in = IndexCorpusTest.class.getResourceAsStream("corpus-index-sha256.txt")) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).toList();
        }
        // The digests were taken from this corpus; another corpus has other files.
        org.junit.jupiter.api.Assumptions.assumeTrue(revisions.size() == 1037, "digests are for the 1,037-revision corpus");
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        for (String line : lines) {
            String digest = line.substring(0, 64);
            String file = line.substring(66);
            assertThat(java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(out.resolve(file)))))
                    .as(file).isEqualTo(digest);
        }
        assertThat(lines).hasSize(result.filesWritten() - 10);
    }

    @Test
    void eachReleaseFileHoldsExactlyTheRevisionsItsMinimumAllows() throws Exception {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("universe.json", revisions.size());
        for (DcosRelease release : DcosRelease.values()) {
            int n = 0;
            for (Path rev : revisions) {
                JsonNode min = JSON.readTree(rev.resolve("package.json").toFile()).get("minDcosReleaseVersion");
                if (min == null || !laterThan(min.asText(), release.label())) {
                    n++;
                }
            }
            expected.put(release.fileName(), n);
        }
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            assertThat(result.entryCounts().get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(JSON.readTree(out.resolve(e.getKey()).toFile()).get("packages").size()).isEqualTo(e.getValue());
        }
        if (revisions.size() == 1235) {
            SPEC_COUNTS.forEach((file, n) -> assertThat(result.entryCounts().get(file)).as(file).isEqualTo(n));
        }
    }

    /** Integer lists, a longer list with an equal prefix being later (the corpus has only such values). */
    private static boolean laterThan(String min, String release) {
        int[] a = Arrays.stream(min.split("\\.")).mapToInt(Integer::parseInt).toArray();
        int[] b = Arrays.stream(release.split("\\.")).mapToInt(Integer::parseInt).toArray();
        int c = Arrays.compare(a, b);
        return c > 0;
    }

    @Test
    void everyFileWrittenValidatesAgainstTheSchemaOfItsVersion() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertThat(files).hasSize(result.filesWritten() - 9);
        // Two cores: validate files in parallel; each check is independent.
        files.parallelStream().forEach(file -> {
            try {
                checkFile(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void checkFile(Path file) throws java.io.IOException {
        String rel = out.relativize(file).toString().replace('\\', '/');
        RepoVersion version = rel.contains("/package/")
                ? DcosRelease.byLabel(rel.substring(0, rel.indexOf('/'))).orElseThrow().repoVersion()
                : rel.startsWith("repo-up-to-")
                ? DcosRelease.byLabel(rel.substring(11, rel.length() - 5)).orElseThrow().repoVersion()
                : rel.equals(IndexWriter.EMPTY) ? RepoVersion.V3 : RepoVersion.V5;
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if ((b & 0xff) >= 0x80) {
                throw new AssertionError("non-ASCII byte in " + rel);
            }
        }
        assertThat(schemas.errors(version, JSON.readTree(bytes))).as(rel).isEmpty();
        if (!rel.contains("/")) {
            assertThat(Files.readString(out.resolve(rel.replace(".json", ".content_type"))))
                    .isEqualTo(version.mediaType());
        }
    }

    @Test
    void perPackageFilesSplitTheReleaseFileAndTemplatesAreTheRawBytes() throws Exception {
        Map<String, byte[]> templates = new HashMap<>();
        for (Path rev : revisions) {
            Path t = rev.resolve("marathon.json.mustache");
            if (Files.isRegularFile(t)) {
                templates.put(rev.getParent().getFileName() + "/" + rev.getFileName(), Files.readAllBytes(t));
            }
        }
        JsonNode universe = JSON.readTree(out.resolve("universe.json").toFile());
        int checked = 0;
        for (JsonNode e : universe.get("packages")) {
            byte[] raw = templates.get(e.get("name").asText() + "/" + e.get("releaseVersion").asInt());
            if (raw != null && raw.length > 0) {
                assertThat(Base64.getDecoder().decode(e.get("marathon").get("v2AppMustacheTemplate").asText()))
                        .isEqualTo(raw);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(revisions.size() / 2);
        for (DcosRelease release : new DcosRelease[]{DcosRelease.V1_9, DcosRelease.V2_0}) {
            JsonNode whole = JSON.readTree(out.resolve(release.fileName()).toFile());
            List<JsonNode> joined = new ArrayList<>();
            try (Stream<Path> s = Files.list(out.resolve(release.label()).resolve("package"))) {
                for (Path f : s.sorted(java.util.Comparator.comparing(IndexCorpusTest::packageName)).toList()) {
                    JSON.readTree(f.toFile()).get("packages").forEach(joined::add);
                }
            }
            List<JsonNode> all = new ArrayList<>();
            whole.get("packages").forEach(all::add);
            assertThat(joined.size()).isEqualTo(all.size());
            assertThat(joined.equals(all)).as("per-package files of %s, joined, equal the release file", release).isTrue();
        }
    }

    private static String packageName(Path perPackageFile) {
        String n = perPackageFile.getFileName().toString();
        return n.substring(0, n.length() - ".json".length());
    }
}

package io.universestudio.core.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.universestudio.core.validate.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static io.universestudio.core.index.TestRepos.packageJson;
import static io.universestudio.core.index.TestRepos.revision;
import static org.assertj.core.api.Assertions.assertThat;

class IndexGeneratorTest {

    private static IndexGenerator generator;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path repo;
    @TempDir
    Path out;

    @BeforeAll
    static void schemas() {
        generator = new IndexGenerator();
    }

    private JsonNode read(String relative) throws Exception {
        return JSON.readTree(Files.readString(out.resolve(relative)));
    }

    private static List<String> names(JsonNode repoFile) {
        List<String> out = new ArrayList<>();
        repoFile.get("packages").forEach(e -> out.add(e.get("name").asText() + "/" + e.get("releaseVersion").asInt()));
        return out;
    }

    @Test
    void entryHasPackageFieldsThenReleaseVersionResourceMarathonConfigCommandAndOmitsEmptyOnes() throws Exception {
        String template = "{\"id\": \"x\"}\r\n\u00e9";
        revision(repo, "alpha", 3,
                "package.json", packageJson("alpha", "3.0", "1.0", "\"minDcosReleaseVersion\": \"1.8\""),
                "command.json", "{\"pip\": [\"dcos==0.1\"]}",
                "config.json", "{\"type\": \"object\", \"properties\": {\"b\": {}, \"a\": {}}}",
                "marathon.json.mustache", template,
                "resource.json", "{\"images\": {\"icon-small\": \"https://x/s.png\"}}");
        revision(repo, "beta", 0,
                "package.json", packageJson("beta", "3.0", "1.0", ""),
                "config.json", "{}", "marathon.json.mustache", "", "resource.json", "[]");

        IndexResult result = generator.generate(repo, out);

        assertThat(result.problems()).isEmpty();
        String universe = Files.readString(out.resolve("universe.json"), StandardCharsets.US_ASCII);
        assertThat(universe).startsWith("{\"packages\": [{\"packagingVersion\": \"3.0\", \"name\": \"alpha\"");
        JsonNode alpha = read("universe.json").get("packages").get(0);
        List<String> keys = new ArrayList<>();
        alpha.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("packagingVersion", "name", "version", "maintainer", "description", "tags",
                "minDcosReleaseVersion", "releaseVersion", "resource", "marathon", "config", "command");
        assertThat(Base64.getDecoder().decode(alpha.get("marathon").get("v2AppMustacheTemplate").asText()))
                .isEqualTo(template.getBytes(StandardCharsets.UTF_8));
        assertThat(alpha.get("config").get("properties").fieldNames()).toIterable().containsExactly("b", "a");
        JsonNode beta = read("universe.json").get("packages").get(1);
        assertThat(beta.has("marathon")).isFalse();
        assertThat(beta.has("config")).isFalse();
        assertThat(beta.has("resource")).isFalse();
        assertThat(beta.get("releaseVersion").asInt()).isZero();
    }

    @Test
    void filtersByLooseVersionAndHidesWhatNeedsALaterRelease() throws Exception {
        revision(repo, "none", 0, "package.json", packageJson("none", "3.0", "1", ""), "marathon.json.mustache", "{}");
        revision(repo, "nine", 0, "package.json", packageJson("nine", "3.0", "1", "\"minDcosReleaseVersion\": \"1.9\""));
        revision(repo, "ninezero", 0, "package.json",
                packageJson("ninezero", "3.0", "1", "\"minDcosReleaseVersion\": \"1.9.0\""));
        revision(repo, "fourteen", 0, "package.json",
                packageJson("fourteen", "3.0", "1", "\"minDcosReleaseVersion\": \"1.14\""));
        revision(repo, "hidden", 0, "package.json",
                packageJson("hidden", "3.0", "1", "\"minDcosReleaseVersion\": \"999\""));

        IndexResult result = generator.generate(repo, out);

        assertThat(names(read("repo-up-to-1.8.json"))).containsExactly("none/0");
        assertThat(names(read("repo-up-to-1.9.json"))).containsExactly("nine/0", "none/0");
        assertThat(names(read("repo-up-to-1.10.json"))).containsExactly("nine/0", "ninezero/0", "none/0");
        assertThat(names(read("repo-up-to-1.13.json"))).doesNotContain("fourteen/0");
        assertThat(names(read("repo-up-to-2.0.json"))).containsExactly("fourteen/0", "nine/0", "ninezero/0", "none/0");
        assertThat(names(read("universe.json"))).hasSize(5);
        assertThat(result.entryCounts()).containsEntry("repo-up-to-1.9.json", 2).containsEntry("universe.json", 5);
        assertThat(out.resolve("1.9/package/nine.json")).exists();
        assertThat(out.resolve("1.8/package/nine.json")).doesNotExist();
        assertThat(out.resolve("2.0/package/hidden.json")).doesNotExist();
        assertThat(Files.readString(out.resolve("repo-up-to-1.9.content_type")))
                .isEqualTo("application/vnd.dcos.universe.repo+json;charset=utf-8;version=v3");
        assertThat(Files.readString(out.resolve("repo-up-to-1.11.content_type"))).endsWith(";version=v4");
        assertThat(Files.readString(out.resolve("repo-up-to-1.12.content_type"))).endsWith(";version=v5");
        assertThat(Files.readString(out.resolve("universe.content_type"))).endsWith(";version=v5");
        assertThat(Files.readString(out.resolve("repo-empty-v3.json"))).isEqualTo("{\"packages\": []}");
    }

    @Test
    void legacyFilesDowngradeAndEscapeQuotesTheWayTheUniverseDoes() throws Exception {
        revision(repo, "modern", 1,
                "package.json", packageJson("modern", "4.0", "1", "\"upgradesFrom\": [\"*\"], \"downgradesTo\": [\"*\"]"),
                "config.json", "{\"properties\": {\"s\": {\"type\": \"object\", \"description\": \"Must enter \\\"yes\\\"\","
                        + " \"properties\": {\"j\": {\"type\": \"string\", \"default\": \"\\\"a\\\"\\\"b\\\"\"},"
                        + " \"n\": {\"type\": \"integer\", \"default\": 1, \"description\": \"x\\\\\\\"y\"}}}}}");

        generator.generate(repo, out);

        JsonNode legacy = read("repo-up-to-1.9.json").get("packages").get(0);
        assertThat(legacy.get("packagingVersion").asText()).isEqualTo("3.0");
        assertThat(legacy.has("upgradesFrom")).isFalse();
        assertThat(legacy.has("downgradesTo")).isFalse();
        JsonNode s = legacy.get("config").get("properties").get("s");
        assertThat(s.get("description").asText()).isEqualTo("Must enter \\\"yes\\\"");
        // A quote at position 0 and the second of two adjacent quotes stay as they are.
        assertThat(s.get("properties").get("j").get("default").asText()).isEqualTo("\"a\\\"\"b\\\"");
        // Already escaped: left alone.
        assertThat(s.get("properties").get("n").get("description").asText()).isEqualTo("x\\\"y");
        JsonNode modern = read("repo-up-to-1.10.json").get("packages").get(0);
        assertThat(modern.get("packagingVersion").asText()).isEqualTo("4.0");
        assertThat(modern.get("config").get("properties").get("s").get("description").asText())
                .isEqualTo("Must enter \"yes\"");
        assertThat(modern.has("upgradesFrom")).isTrue();
    }

    @Test
    void anEntryThatWouldBreakTheRepositoryIsRefusedAndNamedWhileTheRestIsServed() throws Exception {
        TestRepos.valid(repo, "good", 0, "1.0");
        revision(repo, "ftp-cli", 2, "package.json", packageJson("ftp-cli", "3.0", "1",
                "\"minDcosReleaseVersion\": \"1.10\""), "resource.json", "{\"cli\": {\"binaries\": {\"linux\":"
                + " {\"x86-64\": {\"kind\": \"zip\", \"url\": \"ftp://x/cli.zip\", \"contentHash\":"
                + " [{\"algo\": \"sha256\", \"value\": \"ab\"}]}}}}}");
        revision(repo, "early-five", 0, "package.json", packageJson("early-five", "5.0", "1",
                "\"minDcosReleaseVersion\": \"1.10\""));
        revision(repo, "broken", 0, "package.json", "{\"name\": \"broken\",");

        IndexResult result = generator.generate(repo, out);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.problems()).extracting(Problem::subject).containsExactlyInAnyOrder(
                "packages/F/ftp-cli/2", "packages/E/early-five/0", "packages/B/broken/0");
        Problem ftp = result.problems().stream().filter(p -> p.subject().contains("ftp-cli")).findFirst().orElseThrow();
        assertThat(ftp.code()).isEqualTo("INDEX-ENTRY-REFUSED");
        assertThat(ftp.message()).contains("ftp-cli revision 2").contains("url");
        Problem five = result.problems().stream().filter(p -> p.subject().contains("early-five")).findFirst().orElseThrow();
        assertThat(five.message()).contains("5.0 packages cannot be in a v4 repository file");
        for (String file : List.of("universe.json", "repo-up-to-1.10.json", "repo-up-to-2.0.json")) {
            assertThat(names(read(file))).containsExactly("good/0");
        }
    }

    @Test
    void reRunningIntoTheSameFolderReplacesTheIndexAndDropsPackagesThatAreGone() throws Exception {
        TestRepos.valid(repo, "keep", 0, "1.0");
        Path gone = TestRepos.valid(repo, "gone", 0, "1.0");
        generator.generate(repo, out);
        byte[] first = Files.readAllBytes(out.resolve("repo-up-to-2.0.json"));
        assertThat(out.resolve("2.0/package/gone.json")).exists();

        generator.generate(repo, out);
        assertThat(Files.readAllBytes(out.resolve("repo-up-to-2.0.json"))).isEqualTo(first);

        io.universestudio.core.io.FileTrees.deleteTree(gone.getParent().getParent());
        generator.generate(repo, out);
        assertThat(out.resolve("2.0/package/gone.json")).doesNotExist();
        assertThat(out.resolve("2.0/package/keep.json")).exists();
        assertThat(names(read("repo-up-to-2.0.json"))).containsExactly("keep/0");
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".staging"));
        }
    }

    @Test
    void aFolderThatIsNotARepositoryIsAPlainError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> generator.generate(out, repo))
                .hasMessageContaining("is not a Universe repository");
    }
}

package io.universestudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.universestudio.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {

    private static final String PACKAGE = """
            {
              "packagingVersion": "4.0",
              "name": "hello",
              "version": "1.0.0",
              "maintainer": "me@example.com",
              "description": "Hello.",
              "tags": ["hello"],
              "minDcosReleaseVersion": "1.10",
              "licenses": [{"name": "MIT", "url": "https://opensource.org/licenses/MIT"}]
            }
            """;


    private static Path revision(Path root, String rel, String packageJson) throws Exception {
        Path dir = Files.createDirectories(root.resolve(rel));
        Files.writeString(dir.resolve("package.json"), packageJson);
        return dir;
    }

    @Test
    void aCleanRevisionExitsZero(@TempDir Path tmp) throws Exception {
        Path dir = revision(tmp, "packages/H/hello/1", PACKAGE);
        CliRun r = run("validate", dir.toString());
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("0 errors, 0 warnings, 0 infos in 1 revision.");
    }

    @Test
    void errorsExitOneAndArePrintedWithLineCodeAndHint(@TempDir Path tmp) throws Exception {
        Path dir = revision(tmp, "packages/H/hello/1", PACKAGE.replace("\"hello\"]", "\"hello world\"]"));
        CliRun r = run("validate", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(dir.toString())
                .contains("error   package.json:7:12 PKG-TAG-PATTERN tags > #1: \"hello world\" contains whitespace")
                .contains("hint: Use one word per tag")
                .contains("1 error, 0 warnings, 0 infos in 1 revision.");
    }

    @Test
    void jsonOutputHasProblemsAndSummary(@TempDir Path tmp) throws Exception {
        Path dir = revision(tmp, "packages/H/hello/0", PACKAGE.replace("\"1.10\"", "\"v1.10\""));
        CliRun r = run("validate", "--format", "json", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode first = json.get("problems").get(0);
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("code").asText()).isEqualTo("PKG-MIN-DCOS-PATTERN");
        assertThat(first.get("file").asText()).isEqualTo("package.json");
        assertThat(first.get("pointer").asText()).isEqualTo("/minDcosReleaseVersion");
        assertThat(first.get("line").asInt()).isEqualTo(8);
        assertThat(first.get("column").asInt()).isEqualTo(3);
        assertThat(first.get("revision").asText()).isEqualTo(dir.toString());
        assertThat(first.get("hint").asText()).isNotBlank();
        assertThat(json.at("/summary/errors").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/infos").asInt()).isEqualTo(1); // revision 0: the preview note
    }

    @Test
    void minSeverityHidesLesserProblemsAndStrictCountsWarnings(@TempDir Path tmp) throws Exception {
        Path dir = revision(tmp, "packages/H/hello/0", PACKAGE.replace(",\n  \"licenses\": [{\"name\": \"MIT\", \"url\":"
                + " \"https://opensource.org/licenses/MIT\"}]", ""));
        CliRun all = run("validate", dir.toString());
        assertThat(all.code()).isEqualTo(0);
        assertThat(all.out()).contains("PKG-LICENSE-MISSING").contains("PKG-PREVIEW-NOTE");
        CliRun warnings = run("validate", "--min-severity", "warning", dir.toString());
        assertThat(warnings.out()).contains("PKG-LICENSE-MISSING").doesNotContain("PKG-PREVIEW-NOTE");
        assertThat(run("validate", "--strict", dir.toString()).code()).isEqualTo(1);
    }

    @Test
    void aPackageFolderValidatesEachRevision(@TempDir Path tmp) throws Exception {
        revision(tmp, "packages/H/hello/1", PACKAGE);
        revision(tmp, "packages/H/hello/2", PACKAGE.replace("\"1.0.0\"", "\"1.0 beta\""));
        CliRun r = run("validate", tmp.resolve("packages/H/hello").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("PKG-VERSION-PATTERN").contains("in 2 revisions.");
    }

    @Test
    void aRepositoryIsValidatedWithItsLayout(@TempDir Path tmp) throws Exception {
        revision(tmp, "packages/H/hello/1", PACKAGE);
        revision(tmp, "packages/G/hello/1", PACKAGE);
        CliRun r = run("validate", tmp.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("PKG-WRONG-LETTER").contains(tmp.resolve("packages/G/hello").toString())
                .contains("in 2 revisions.");
        // Its packages folder means the same repository.
        CliRun viaPackages = run("validate", tmp.resolve("packages").toString());
        assertThat(viaPackages.out()).contains("PKG-WRONG-LETTER").contains("in 2 revisions.");
    }

    @Test
    void aMissingPathOrBadOptionCannotRun(@TempDir Path tmp) throws Exception {
        CliRun missing = run("validate", tmp.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");
        // A package.json stands for its folder; another file is read as a build definition (bundle commands).
        Path file = Files.writeString(tmp.resolve("package.json"), PACKAGE);
        assertThat(run("validate", file.toString()).code()).isEqualTo(0);
        CliRun notes = run("validate", Files.writeString(tmp.resolve("notes.txt"), "hello").toString());
        assertThat(notes.code()).isEqualTo(1);
        assertThat(notes.out()).contains("BUNDLE-DEF-NOT-JSON");
        CliRun badFormat = run("validate", "--format", "xml", tmp.toString());
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format must be text or json");
        assertThat(run("validate").code()).isEqualTo(2);
    }

    @Test
    void aPackageJsonPathStandsForItsRevisionAsInTheWindow(@TempDir Path tmp) throws Exception {
        Path dir = revision(tmp, "packages/H/hello/1", PACKAGE.replace("\"hello\"]", "\"hello world\"]"));
        CliRun r = run("validate", dir.resolve("package.json").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains(dir.toString()).contains("PKG-TAG-PATTERN").contains("in 1 revision.");
        assertThat(run("render", dir.resolve("package.json").toString()).err())
                .doesNotContain("does not exist");
    }

    @Test
    void aMissingPathAmongOthersIsReportedAndTheOthersAreStillChecked(@TempDir Path tmp) throws Exception {
        Path a = revision(tmp, "packages/A/alpha/1", PACKAGE.replace("\"hello\"", "\"alpha\""));
        Path b = revision(tmp, "packages/B/beta/1", PACKAGE.replace("\"hello\"", "\"beta\"")
                .replace("\"alpha\"]", "\"a b\"]").replace("\"tags\": [\"beta\"]", "\"tags\": [\"a b\"]"));
        Path missing = tmp.resolve("missing");

        CliRun r = run("validate", a.toString(), missing.toString(), b.toString());

        assertThat(r.code()).as("could not check one of them").isEqualTo(2);
        assertThat(r.err()).contains(missing + " does not exist.");
        assertThat(r.out()).contains(b.toString()).contains("PKG-TAG-PATTERN").contains("in 2 revisions.")
                .contains("1 path could not be checked: " + missing + ".");
        CliRun json = run("validate", "--format", "json", a.toString(), missing.toString(), b.toString());
        assertThat(json.code()).isEqualTo(2);
        JsonNode out = new ObjectMapper().readTree(json.out());
        assertThat(out.get("notChecked").get(0).get("path").asText()).isEqualTo(missing.toString());
        assertThat(out.get("summary").get("revisions").asInt()).isEqualTo(2);
    }
}

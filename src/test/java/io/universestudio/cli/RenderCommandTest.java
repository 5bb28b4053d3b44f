package io.universestudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonText;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.universestudio.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code universe-studio render} on real corpus revisions and on made-up folders. */
class RenderCommandTest {


    @Test
    void printsTheAppLikeTheRenderEndpoint() throws Exception {
        CliRun r = run("render", Shared.revision("M/minio/6").toString(), "--source", "https://universe.example.test/repo");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("{\n  \"labels\": {\n    \"DCOS_PACKAGE_OPTIONS\": \"e30=\",");
        JsonNode app = JsonText.mapper().readTree(r.out());
        JsonNode golden = JsonText.mapper().readTree(Shared.golden().resolve("M/minio/6/defaults.json").toFile());
        assertThat(app.get("container")).isEqualTo(golden.get("container"));
        assertThat(app.get("labels").get("DCOS_PACKAGE_SOURCE").asText()).isEqualTo("https://universe.example.test/repo");
    }

    @Test
    void optionsAppIdDecodedLabelsAndInstallForm(@TempDir Path temp) throws Exception {
        Path options = temp.resolve("options.json");
        Files.writeString(options, "{\"service\": {\"name\": \"golden-test\"}}");
        CliRun r = run("render", Shared.revision("M/minio/6").toString(), "--options", options.toString(),
                "--app-id", "mine", "--labels", "decoded");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode app = JsonText.mapper().readTree(r.out());
        assertThat(app.get("id").asText()).isEqualTo("/mine");
        assertThat(app.get("labels").get("DCOS_PACKAGE_OPTIONS").get("service").get("name").asText()).isEqualTo("golden-test");
        assertThat(app.get("labels").get("DCOS_PACKAGE_DEFINITION").get("data").get("name").asText()).isEqualTo("minio");

        Path rev = temp.resolve("packages/D/demo/0");
        Files.createDirectories(rev);
        Files.writeString(rev.resolve("package.json"), "{\"packagingVersion\": \"4.0\", \"name\": \"demo\","
                + " \"version\": \"1.0\", \"maintainer\": \"m@example.com\", \"description\": \"d\", \"tags\": []}");
        Files.writeString(rev.resolve("marathon.json.mustache"), "{\"id\": \"/demo\", \"cmd\": null}");
        CliRun install = run("render", rev.toString(), "--install", "--format", "compact");
        assertThat(install.code()).as(install.err()).isZero();
        assertThat(install.out().trim()).doesNotContain("\n").contains("\"cmd\":null");
        CliRun render = run("render", rev.toString());
        assertThat(render.out()).doesNotContain("\"cmd\"").contains("\"id\": \"/demo\"");
        CliRun bare = run("render", rev.toString(), "--no-labels");
        assertThat(bare.out()).isEqualTo("{\n  \"id\": \"/demo\"\n}\n");
    }

    @Test
    void aFailureIsExplainedWithExitCode1() {
        CliRun r = run("render", Shared.revision("L/linkerd/10").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("JsonParsingError", "line 6, column 29", "{{{linkerd.resource-roles}}}", "    6> ");
        CliRun cli = run("render", Shared.revision("D/dcos-core-cli/21000").toString());
        assertThat(cli.code()).isEqualTo(1);
        assertThat(cli.err()).contains("ServiceMarathonTemplateNotFound");
    }

    @Test
    void badInputsCannotRun(@TempDir Path temp) throws Exception {
        assertThat(run("render", temp.resolve("nope").toString()).code()).isEqualTo(2);
        Path options = temp.resolve("bad.json");
        Files.writeString(options, "{\"a\": ");
        CliRun r = run("render", Shared.revision("M/minio/6").toString(), "--options", options.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not valid JSON");
        assertThat(run("render").code()).isEqualTo(2);
    }

    @Test
    void aFolderWhereTheTemplateBelongsIsNotRenderedAndSaysWhy(@TempDir Path temp) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("rev"));
        Files.writeString(dir.resolve("package.json"), "{\"packagingVersion\": \"4.0\", \"name\": \"x\","
                + " \"version\": \"1\", \"maintainer\": \"a@example.com\", \"description\": \"x\", \"tags\": [\"x\"]}");
        Files.createDirectories(dir.resolve("marathon.json.mustache"));
        CliRun r = run("render", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Not rendered: marathon.json.mustache is a folder, not a file, so the revision"
                + " has no marathon.json.mustache." + System.lineSeparator());
    }
}

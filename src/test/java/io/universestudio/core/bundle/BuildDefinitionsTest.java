package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How build definitions resolve their @ local references, and every way they are refused. */
class BuildDefinitionsTest {

    @TempDir
    Path work;

    private static final String HEAD = """
            "packagingVersion": "4.0", "name": "time-server", "version": "1.0.0",
            "maintainer": "me@example.com", "description": "@config.json", "tags": ["http"]""";

    private Path definition(String rest) throws Exception {
        Path file = Files.createDirectories(work.resolve("defs")).resolve("time-server-1.0.0.json");
        Files.writeString(file, "{" + HEAD + (rest.isEmpty() ? "" : ", " + rest) + "}");
        return file;
    }

    private void files(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config.json"), BundleFixtures.CONFIG);
        Files.writeString(dir.resolve("resource.json"), BundleFixtures.RESOURCE);
        Files.write(dir.resolve("marathon.json.mustache"), BundleFixtures.TEMPLATE);
    }

    private static BuildDefinitions.Resolved resolve(Path file) throws Exception {
        return BuildDefinitions.resolve(file, BundleLimits.DEFAULT);
    }

    @Test
    void referencesAreReadRelativeToTheDefinitionsFolderAndNothingElseIsResolved() throws Exception {
        files(work.resolve("files"));
        Path def = definition("""
                "config": "@../files/config.json", "resource": "@../files/resource.json",
                "marathon": {"v2AppMustacheTemplate": "@../files/marathon.json.mustache"}""");
        BuildDefinitions.Resolved r = resolve(def);

        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        ObjectNode m = r.metadata();
        assertThat(m.get("config")).isEqualTo(BundleFixtures.json(BundleFixtures.CONFIG.getBytes(StandardCharsets.UTF_8)));
        assertThat(m.get("resource")).isEqualTo(BundleFixtures.json(BundleFixtures.RESOURCE.getBytes(StandardCharsets.UTF_8)));
        assertThat(Base64.getDecoder().decode(m.at("/marathon/v2AppMustacheTemplate").textValue()))
                .isEqualTo(BundleFixtures.TEMPLATE);
        assertThat(m.get("description").textValue()).as("only the three places are resolved").isEqualTo("@config.json");
        assertThat(r.references()).containsEntry(RevisionFile.CONFIG, work.resolve("files/config.json"));
        assertThat(r.files().get(RevisionFile.TEMPLATE)).isEqualTo(BundleFixtures.TEMPLATE);
        assertThat(new String(r.files().get(RevisionFile.CONFIG), StandardCharsets.UTF_8)).isEqualTo(BundleFixtures.CONFIG);
    }

    @Test
    void absoluteReferencesAndInlineValuesAreAccepted() throws Exception {
        files(work.resolve("elsewhere"));
        String base64 = Base64.getEncoder().encodeToString(BundleFixtures.TEMPLATE);
        Path def = definition("\"config\": \"@" + work.resolve("elsewhere/config.json") + "\","
                + " \"resource\": {\"images\": {\"icon-small\": \"https://example.com/i.png\"}},"
                + " \"marathon\": {\"v2AppMustacheTemplate\": \"" + base64 + "\"}");
        BuildDefinitions.Resolved r = resolve(def);
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        assertThat(r.metadata().at("/resource/images/icon-small").textValue()).isEqualTo("https://example.com/i.png");
        assertThat(r.metadata().at("/marathon/v2AppMustacheTemplate").textValue()).isEqualTo(base64);
        assertThat(r.files().get(RevisionFile.TEMPLATE)).isEqualTo(BundleFixtures.TEMPLATE);
    }

    @Test
    void aBareFileNameIsNotAReference() throws Exception {
        files(work.resolve("defs"));
        BuildDefinitions.Resolved r = resolve(definition("""
                "config": "config.json", "resource": "@resource.json",
                "marathon": {"v2AppMustacheTemplate": "marathon.json.mustache"}"""));
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).extracting(Problem::code).containsOnly("BUNDLE-DEF-REFERENCE");
        assertThat(r.problems()).extracting(Problem::pointer)
                .containsExactly("/config", "/marathon/v2AppMustacheTemplate");
        assertThat(r.problems().get(0).message()).isEqualTo("time-server-1.0.0.json: config is the string"
                + " \"config.json\", which is not a local reference: a reference starts with @.");
        assertThat(r.problems().get(0).hint()).contains("\"@config.json\"");
    }

    @Test
    void anEmptyReferenceAndAWholeMarathonReferenceAreExplained() throws Exception {
        BuildDefinitions.Resolved r = resolve(definition("\"config\": \"@\", \"marathon\": \"@marathon.json.mustache\""));
        assertThat(r.problems()).extracting(Problem::code).contains("BUNDLE-DEF-REFERENCE");
        assertThat(r.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("names no file"))
                .anySatisfy(m -> assertThat(m).contains("goes inside it, as marathon.v2AppMustacheTemplate"));
    }

    @Test
    void aMissingFileOrAFolderIsRefused() throws Exception {
        Files.createDirectories(work.resolve("defs/resource.json"));
        BuildDefinitions.Resolved r = resolve(definition("\"config\": \"@nope.json\", \"resource\": \"@resource.json\""));
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).extracting(Problem::code).containsOnly("BUNDLE-REF-MISSING");
        assertThat(r.problems()).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("config refers to @nope.json, but").endsWith("nope.json does not exist."),
                m -> assertThat(m).endsWith("resource.json is a folder."));
    }

    @Test
    void aReferencedFileThatIsNotJsonIsRefused() throws Exception {
        files(work.resolve("defs"));
        Files.writeString(work.resolve("defs/resource.json"), "{\"images\": }");
        BuildDefinitions.Resolved r = resolve(definition("\"resource\": \"@resource.json\""));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("BUNDLE-REF-NOT-JSON");
            assertThat(p.message()).contains("resource refers to @resource.json, which is not valid JSON");
        });
    }

    @Test
    void aResultThatBreaksTheMetadataSchemaIsRefused() throws Exception {
        files(work.resolve("defs"));
        Files.writeString(work.resolve("defs/resource.json"), "{\"images\": {\"icon-small\": 5}}");
        BuildDefinitions.Resolved r = resolve(definition("\"resource\": \"@resource.json\", \"config\": {\"type\": \"objekt\"}"));
        assertThat(r.problems()).extracting(Problem::code).containsOnly("BUNDLE-METADATA-SCHEMA");
        assertThat(r.problems()).extracting(Problem::message).containsExactlyInAnyOrder(
                "time-server-1.0.0.json once resolved at /resource/images/icon-small: expected a string, got 5.",
                "time-server-1.0.0.json once resolved at /config/type: \"objekt\" is not a valid value here.");
    }

    @Test
    void theDefinitionIsCheckedBeforeAnythingIsRead() throws Exception {
        BuildDefinitions.Resolved r = resolve(definition("\"selected\": true, \"config\": \"@nope.json\""));
        assertThat(r.problems()).extracting(Problem::code).containsExactly("BUNDLE-DEF-SCHEMA");
        assertThat(r.problems().get(0).message()).isEqualTo("\"selected\" is not allowed in time-server-1.0.0.json: the"
                + " build definition schema of packaging 4.0 does not have it.");

        Path bad = work.resolve("bad.json");
        Files.writeString(bad, "{\"name\": ");
        assertThat(resolve(bad).problems()).extracting(Problem::code).containsExactly("BUNDLE-DEF-NOT-JSON");
        Files.writeString(bad, "[]");
        assertThat(resolve(bad).problems()).extracting(Problem::code).containsExactly("BUNDLE-DEF-NOT-JSON");
        Files.writeString(bad, "{\"packagingVersion\": \"2.0\", \"name\": \"x-y\"}");
        assertThat(resolve(bad).problems()).extracting(Problem::code).containsExactly("BUNDLE-PACKAGING-VERSION");
    }

    @Test
    void aReferenceToAHugeFileIsNotRead() throws Exception {
        Files.createDirectories(work.resolve("defs"));
        Files.write(work.resolve("defs/config.json"), new byte[2048]);
        Path def = definition("\"config\": \"@config.json\"");
        BuildDefinitions.Resolved r = BuildDefinitions.resolve(def, new BundleLimits(1024, 10));
        assertThat(r.problems()).extracting(Problem::code).containsExactly("BUNDLE-TOO-LARGE");
        assertThat(r.problems().get(0).message()).contains("larger than 1024 bytes");
        Path huge = work.resolve("huge.json");
        Files.write(huge, new byte[4096]);
        assertThat(BuildDefinitions.resolve(huge, new BundleLimits(1024, 10)).problems()).extracting(Problem::code)
                .containsExactly("BUNDLE-TOO-LARGE");
    }

    @Test
    void buildingFromADefinitionWritesTheBundleAndRefusalsWriteNothing() throws Exception {
        files(work.resolve("defs"));
        Path def = definition("""
                "config": "@config.json", "resource": "@resource.json",
                "marathon": {"v2AppMustacheTemplate": "@marathon.json.mustache"}""");
        BundleBuilder builder = new BundleBuilder("t", BundleLimits.DEFAULT);
        BundleBuilder.Outcome ok = builder.build(def, work.resolve("out"));
        assertThat(ok.written()).as(ok.problems().toString()).isTrue();
        assertThat(BundleFixtures.metadataOf(ok.file()).get("description").textValue()).isEqualTo("@config.json");

        Files.delete(work.resolve("defs/resource.json"));
        BundleBuilder.Outcome refused = builder.build(def, work.resolve("out2"));
        assertThat(refused.written()).isFalse();
        assertThat(refused.errors()).extracting(Problem::code).containsExactly("BUNDLE-REF-MISSING");
        assertThat(work.resolve("out2")).doesNotExist();
        assertThat(List.of(work.resolve("out").toFile().list())).hasSize(1);
    }
}

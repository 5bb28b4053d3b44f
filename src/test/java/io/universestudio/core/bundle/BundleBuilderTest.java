package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.validate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** bundle build from a revision folder: the zip, its name, and every refusal. */
class BundleBuilderTest {

    @TempDir
    Path work;

    private final BundleBuilder builder = new BundleBuilder("1.2.3", BundleLimits.DEFAULT);

    @Test
    void writesADeflatedZipWithMetadataAndManifestNamedByItsMd5() throws Exception {
        Path rev = BundleFixtures.revision(work.resolve("rev"));
        BundleBuilder.Outcome outcome = builder.build(rev, work.resolve("out"));

        assertThat(outcome.written()).as(outcome.problems().toString()).isTrue();
        byte[] zip = Files.readAllBytes(outcome.file());
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(zip));
        assertThat(outcome.file()).isEqualTo(work.resolve("out/time-server-1.0.0-" + md5 + ".dcos"));
        try (ZipFile z = new ZipFile(outcome.file().toFile())) {
            assertThat(z.stream().map(ZipEntry::getName)).containsExactly("metadata.json", "manifest.json");
            assertThat(z.stream().map(ZipEntry::getMethod)).containsOnly(ZipEntry.DEFLATED);
        }
        Map<String, byte[]> entries = BundleFixtures.entries(outcome.file());
        assertThat(new String(entries.get("manifest.json"), StandardCharsets.UTF_8))
                .isEqualTo("{\n  \"built-by\": \"universe-studio.version=1.2.3\"\n}\n");
        String metadataText = new String(entries.get("metadata.json"), StandardCharsets.UTF_8);
        assertThat(metadataText).startsWith("{\n  \"packagingVersion\": \"4.0\",\n  \"name\": \"time-server\",");
    }

    @Test
    void metadataIsTheRevisionInlineWithTheTemplateInBase64AndNoSelected() throws Exception {
        Path rev = BundleFixtures.revision(work.resolve("rev"));
        BundleBuilder.Outcome outcome = builder.build(rev, work);
        ObjectNode metadata = BundleFixtures.metadataOf(outcome.file());

        assertThat(metadata.has("selected")).isFalse();
        assertThat(metadata.has("releaseVersion")).isFalse();
        assertThat(metadata.get("config")).isEqualTo(BundleFixtures.json(BundleFixtures.CONFIG.getBytes(StandardCharsets.UTF_8)));
        assertThat(metadata.at("/config/properties/service/properties/cpus/default").decimalValue().toPlainString())
                .isEqualTo("0.10");
        assertThat(metadata.get("resource")).isEqualTo(BundleFixtures.json(BundleFixtures.RESOURCE.getBytes(StandardCharsets.UTF_8)));
        assertThat(Base64.getDecoder().decode(metadata.at("/marathon/v2AppMustacheTemplate").textValue()))
                .isEqualTo(BundleFixtures.TEMPLATE);
        List<String> keys = new ArrayList<>();
        metadata.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("packagingVersion", "name", "version", "maintainer", "description", "tags",
                "minDcosReleaseVersion", "licenses", "resource", "marathon", "config");
        assertThat(outcome.problems()).extracting(Problem::code).containsExactly("BUNDLE-FIELD-LEFT-OUT");
    }

    @Test
    void theSameRevisionBuildsTheSameBytesAndTheSecondBuildIsRefused() throws Exception {
        Path rev = BundleFixtures.revision(work.resolve("rev"));
        Path first = builder.build(rev, work.resolve("a")).file();
        Path second = builder.build(rev, work.resolve("b")).file();
        assertThat(first.getFileName()).isEqualTo(second.getFileName());
        assertThat(Files.mismatch(first, second)).isEqualTo(-1);

        BundleBuilder.Outcome again = builder.build(rev, work.resolve("a"));
        assertThat(again.written()).isFalse();
        assertThat(again.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("BUNDLE-EXISTS");
            assertThat(p.message()).contains("already exists with exactly these bytes").contains("never overwritten");
        });
    }

    @Test
    void anExistingFileWithOtherBytesIsNotOverwritten() throws Exception {
        Path rev = BundleFixtures.revision(work.resolve("rev"));
        Path built = builder.build(rev, work.resolve("a")).file();
        Path squatter = Files.createDirectories(work.resolve("b")).resolve(built.getFileName());
        Files.writeString(squatter, "something else");

        BundleBuilder.Outcome outcome = builder.build(rev, work.resolve("b"));
        assertThat(outcome.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("BUNDLE-EXISTS");
            assertThat(p.message()).doesNotContain("these bytes");
        });
        assertThat(Files.readString(squatter)).isEqualTo("something else");
    }

    @Test
    void packagingVersion20IsRefusedWithThePathToTheMigration() throws Exception {
        Path rev = BundleFixtures.revision(work.resolve("rev"));
        Files.writeString(rev.resolve("package.json"), BundleFixtures.PACKAGE.replace("\"4.0\"", "\"2.0\""));
        BundleBuilder.Outcome outcome = builder.build(rev, work.resolve("out"));
        assertRefused(outcome, "BUNDLE-PACKAGING-VERSION");
        assertThat(outcome.errors().get(0).message()).contains("2.0 cannot become a package.dcos").contains("Migrate");
        assertThat(outcome.errors().get(0).hint()).contains("Tools > Migrate to packaging 4.0");
    }

    @Test
    void aMissingOrUnknownPackagingVersionIsRefused() throws Exception {
        Path rev = BundleFixtures.revision(work.resolve("rev"));
        Files.writeString(rev.resolve("package.json"), BundleFixtures.PACKAGE.replace("\"packagingVersion\": \"4.0\",", ""));
        assertRefused(builder.build(rev, work.resolve("out")), "BUNDLE-PACKAGING-VERSION");
        Files.writeString(rev.resolve("package.json"), BundleFixtures.PACKAGE.replace("\"4.0\"", "4.0"));
        assertRefused(builder.build(rev, work.resolve("out")), "BUNDLE-PACKAGING-VERSION");
    }

    @Test
    void unparsableFilesAreRefusedByName() throws Exception {
        Path rev = BundleFixtures.revision(work.resolve("rev"));
        Files.writeString(rev.resolve("config.json"), "{\"type\": \"object\",}");
        BundleBuilder.Outcome outcome = builder.build(rev, work.resolve("out"));
        assertRefused(outcome, "BUNDLE-FILE-NOT-JSON");
        assertThat(outcome.errors().get(0).message()).startsWith("config.json cannot go into metadata.json:")
                .contains("line 1");

        Files.writeString(rev.resolve("config.json"), BundleFixtures.CONFIG);
        Files.writeString(rev.resolve("package.json"), "[1, 2]");
        assertRefused(builder.build(rev, work.resolve("out")), "BUNDLE-FILE-NOT-JSON");
        Files.delete(rev.resolve("package.json"));
        assertRefused(builder.build(rev, work.resolve("out")), "BUNDLE-FILE-NOT-JSON");
    }

    @Test
    void aResultThatBreaksTheMetadataSchemaIsRefusedNamingTheField() throws Exception {
        Path rev = BundleFixtures.revision(work.resolve("rev"));
        Files.writeString(rev.resolve("resource.json"), BundleFixtures.RESOURCE.replace("\"images\"", "\"imagez\""));
        Files.writeString(rev.resolve("command.json"), "{\"pip\": [\"x\"]}");
        BundleBuilder.Outcome outcome = builder.build(rev, work.resolve("out"));
        assertRefused(outcome, "BUNDLE-METADATA-SCHEMA");
        assertThat(outcome.errors()).extracting(Problem::message).containsExactlyInAnyOrder(
                "\"imagez\" is not allowed in metadata.json at /resource: the metadata schema of packaging 4.0 does"
                        + " not have it.",
                "\"command\" is not allowed in metadata.json: the metadata schema of packaging 4.0 does not have it.");
    }

    @Test
    void packaging30KeepsItsCommandInline() throws Exception {
        Path rev = BundleFixtures.revision(work.resolve("rev"));
        Files.writeString(rev.resolve("package.json"), BundleFixtures.PACKAGE.replace("\"4.0\"", "\"3.0\""));
        Files.writeString(rev.resolve("command.json"), "{\"pip\": [\"dcos-time==1.0\"]}");
        BundleBuilder.Outcome outcome = builder.build(rev, work.resolve("out"));
        assertThat(outcome.written()).as(outcome.problems().toString()).isTrue();
        assertThat(BundleFixtures.metadataOf(outcome.file()).at("/command/pip/0").textValue()).isEqualTo("dcos-time==1.0");
    }

    @Test
    void anEmptyTemplateIsRefusedAndAMissingOneIsLeftOut() throws Exception {
        Path rev = BundleFixtures.revision(work.resolve("rev"));
        Files.write(rev.resolve("marathon.json.mustache"), new byte[0]);
        assertRefused(builder.build(rev, work.resolve("out")), "BUNDLE-EMPTY-TEMPLATE");
        Files.delete(rev.resolve("marathon.json.mustache"));
        BundleBuilder.Outcome outcome = builder.build(rev, work.resolve("out"));
        assertThat(outcome.written()).isTrue();
        JsonNode metadata = BundleFixtures.metadataOf(outcome.file());
        assertThat(metadata.has("marathon")).isFalse();
    }

    @Test
    void aPackageJsonPathStandsForItsFolderAndAZipIsNotBuiltAgain() throws Exception {
        Path rev = BundleFixtures.revision(work.resolve("rev"));
        BundleBuilder.Outcome outcome = builder.build(rev.resolve("package.json"), work.resolve("first"));
        assertThat(outcome.written()).isTrue();
        BundleBuilder.Outcome again = builder.build(outcome.file(), work.resolve("out"));
        assertRefused(again, "BUNDLE-DEF-NOT-JSON");
        assertThat(again.errors().get(0).hint()).contains("bundle extract");
    }

    @Test
    void aNameThatCannotNameAFileIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path rev = BundleFixtures.revision(work.resolve("rev"));
        // The schema's pattern, read with search semantics as the DC/OS CLI read it, lets a final line break by.
        Files.writeString(rev.resolve("package.json"), BundleFixtures.PACKAGE.replace("\"time-server\",",
                "\"time-server\\n\","));
        BundleBuilder.Outcome outcome = builder.build(rev, work.resolve("out"));
        assertRefused(outcome, "BUNDLE-METADATA-SCHEMA");
        assertThat(outcome.errors().get(0).message()).contains("to name the file");
        DefinitionWriter.Outcome definition = DefinitionWriter.write(
                io.universestudio.core.io.RevisionReader.read(rev), work.resolve("out"), false);
        assertThat(definition.written()).isFalse();
        assertThat(definition.errors()).extracting(Problem::code).containsExactly("BUNDLE-METADATA-SCHEMA");
    }

    private void assertRefused(BundleBuilder.Outcome outcome, String code) throws Exception {
        assertThat(outcome.written()).isFalse();
        assertThat(outcome.errors()).isNotEmpty().allSatisfy(p -> assertThat(p.code()).isEqualTo(code));
        Path out = work.resolve("out");
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.list(out)) {
                assertThat(s.toList()).as("nothing written").isEmpty();
            }
        }
    }
}

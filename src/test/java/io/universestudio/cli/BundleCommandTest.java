package io.universestudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static io.universestudio.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** universe-studio bundle build|definition|extract, run in-process on real folders. */
class BundleCommandTest {

    @TempDir
    Path work;


    private Path sample() throws Exception {
        Path dir = work.resolve("hello");
        RevisionWriter.write(Samples.load(Samples.DEFAULT), dir);
        return dir;
    }

    private static long count(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void buildSaysWhereItWroteOrPrintsThePackagePathAsJson() throws Exception {
        Path rev = sample();
        CliRun text = run("bundle", "build", rev.toString(), "--output-directory", work.resolve("a").toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).matches("(?s)Built the package\\.dcos .*/a/hello-web-1\\.0\\.0-0\\.1\\.0-[0-9a-f]{32}\\.dcos\\.\n.*")
                .contains("BUNDLE-FIELD-LEFT-OUT");

        CliRun json = run("bundle", "build", rev.toString(), "--output-directory", work.resolve("b").toString(), "--json");
        assertThat(json.code()).isZero();
        JsonNode printed = new ObjectMapper().readTree(json.out());
        assertThat(printed.size()).isEqualTo(1);
        assertThat(Path.of(printed.get("package_path").asText())).exists().hasParent(work.resolve("b"));
        assertThat(json.err()).contains("BUNDLE-FIELD-LEFT-OUT");
    }

    @Test
    void aRefusedBuildExitsOneWritesNothingAndSaysWhy() throws Exception {
        Path rev = sample();
        Files.writeString(rev.resolve("package.json"), Files.readString(rev.resolve("package.json"))
                .replace("\"4.0\"", "\"2.0\""));
        CliRun r = run("bundle", "build", rev.toString(), "--output-directory", work.resolve("out").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("The package.dcos was not written (1 error):")
                .contains("error   BUNDLE-PACKAGING-VERSION Packaging version 2.0 cannot become a package.dcos")
                .contains("hint: Open it in the Universe Studio window, choose Tools > Migrate to packaging 4.0");
        assertThat(count(work.resolve("out"))).isZero();
        assertThat(run("bundle", "build", work.resolve("nothing").toString()).code()).isEqualTo(2);
    }

    @Test
    void definitionThenBuildFromItGivesTheSamePackage() throws Exception {
        Path rev = sample();
        CliRun def = run("bundle", "definition", rev.toString(), "--output-directory", work.resolve("def").toString(),
                "--json");
        assertThat(def.code()).as(def.err()).isZero();
        Path definition = Path.of(new ObjectMapper().readTree(def.out()).get("name").asText());
        assertThat(definition).isEqualTo(work.resolve("def/hello-web-1.0.0-0.1.0.json"));
        assertThat(Files.readString(definition)).contains("\"config\": \"@hello-web-1.0.0-0.1.0/config.json\"");
        assertThat(work.resolve("def/hello-web-1.0.0-0.1.0/marathon.json.mustache"))
                .hasSameBinaryContentAs(rev.resolve("marathon.json.mustache"));

        CliRun fromFolder = run("bundle", "build", rev.toString(), "--output-directory", work.resolve("x").toString(), "--json");
        CliRun fromDefinition = run("bundle", "build", definition.toString(), "--output-directory",
                work.resolve("y").toString(), "--json");
        Path a = Path.of(new ObjectMapper().readTree(fromFolder.out()).get("package_path").asText());
        Path b = Path.of(new ObjectMapper().readTree(fromDefinition.out()).get("package_path").asText());
        assertThat(a.getFileName()).isEqualTo(b.getFileName());
        assertThat(a).hasSameBinaryContentAs(b);

        CliRun text = run("bundle", "definition", rev.toString(), "--inline", "--output-directory",
                work.resolve("inline").toString());
        assertThat(text.out()).startsWith("Wrote the build definition " + work.resolve("inline/hello-web-1.0.0-0.1.0.json")
                + "; build it with: dcos registry build --build-definition-file=");
        assertThat(count(work.resolve("inline"))).isEqualTo(1);

        CliRun again = run("bundle", "definition", rev.toString(), "--output-directory", work.resolve("def").toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("BUNDLE-EXISTS");
    }

    @Test
    void definitionSaysPlainlyWhenTheRegistryWouldNotTakeTheRevision() throws Exception {
        Path rev = sample();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode pkg = (ObjectNode) mapper.readTree(rev.resolve("package.json").toFile());
        pkg.put("packagingVersion", "3.0").put("lastUpdated", 1546546630);
        pkg.remove(java.util.List.of("upgradesFrom", "downgradesTo"));
        mapper.writeValue(rev.resolve("package.json").toFile(), pkg);
        ObjectNode resource = (ObjectNode) mapper.readTree(rev.resolve("resource.json").toFile());
        ((ObjectNode) resource.get("images")).put("icon-small", "icon-small.png");
        mapper.writeValue(rev.resolve("resource.json").toFile(), resource);
        CliRun r = run("bundle", "definition", rev.toString(), "--output-directory", work.resolve("def").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("info    REGISTRY-PACKAGING-VERSION The DC/OS package registry would not take this"
                        + " revision: it accepts packaging version 4.0 and later, and this one is 3.0.")
                .contains("REGISTRY-LAST-UPDATED").contains("REGISTRY-URL");
    }

    @Test
    void extractWritesTheRevisionAndNeedsForceOverAnExistingOne() throws Exception {
        Path rev = sample();
        CliRun built = run("bundle", "build", rev.toString(), "--output-directory", work.toString(), "--json");
        String dcos = new ObjectMapper().readTree(built.out()).get("package_path").asText();
        Path target = work.resolve("extracted");

        CliRun r = run("bundle", "extract", dcos, "--output-directory", target.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Extracted " + dcos + " into " + target
                + ": package.json, config.json, resource.json, marathon.json.mustache.\n");
        assertThat(target.resolve("marathon.json.mustache")).hasSameBinaryContentAs(rev.resolve("marathon.json.mustache"));

        CliRun refused = run("bundle", "extract", dcos, "--output-directory", target.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("BUNDLE-REVISION-EXISTS").contains("--force");
        assertThat(run("bundle", "extract", dcos, "--output-directory", target.toString(), "--force").code()).isZero();

        Path notZip = Files.writeString(work.resolve("x.dcos"), "hello");
        CliRun bad = run("bundle", "extract", notZip.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("BUNDLE-NOT-ZIP");
        assertThat(run("bundle", "extract", work.resolve("missing.dcos").toString()).code()).isEqualTo(2);
    }

    @Test
    void validateTakesAPackageDcosABuildDefinitionAndAPackageJson() throws Exception {
        Path rev = sample();
        ObjectMapper mapper = new ObjectMapper();
        Path dcos = Path.of(mapper.readTree(run("bundle", "build", rev.toString(), "--output-directory",
                work.toString(), "--json").out()).get("package_path").asText());
        Path definition = Path.of(mapper.readTree(run("bundle", "definition", rev.toString(), "--output-directory",
                work.resolve("def").toString(), "--json").out()).get("name").asText());

        for (Path p : new Path[] {dcos, definition, rev.resolve("package.json")}) {
            CliRun r = run("validate", p.toString());
            assertThat(r.code()).as(p + r.out() + r.err()).isZero();
            assertThat(r.out()).contains("0 errors, 0 warnings").contains("in 1 revision.");
        }
        Files.writeString(definition, Files.readString(definition).replace("\"@hello-web-1.0.0-0.1.0/resource.json\"",
                "\"hello-web-1.0.0-0.1.0/resource.json\""));
        CliRun broken = run("validate", definition.toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.out()).contains(definition.toString()).contains("BUNDLE-DEF-REFERENCE");
    }

    @Test
    void bundleIsACommandLine() {
        assertThat(StudioCommand.isCommandLine(new String[] {"bundle", "build", "x"})).isTrue();
        assertThat(run("bundle").out()).contains("build").contains("definition").contains("extract");
    }
}

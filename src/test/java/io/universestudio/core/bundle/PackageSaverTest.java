package io.universestudio.core.bundle;

import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening a revision from each of its forms, and saving it back in the same form. */
class PackageSaverTest {

    @TempDir
    Path work;

    private final PackageSaver saver = new PackageSaver("t", BundleLimits.DEFAULT);

    private Path definition(boolean inline) throws Exception {
        Revision rev = RevisionReader.read(BundleFixtures.revision(work.resolve("rev")));
        return DefinitionWriter.write(rev, work.resolve(inline ? "inline" : "def"), inline).definition();
    }

    @Test
    void eachFormOpensIntoTheSameRevision() throws Exception {
        Path rev = BundleFixtures.revision(work.resolve("rev"));
        Revision folder = RevisionReader.read(rev);
        Path dcos = new BundleBuilder("t", BundleLimits.DEFAULT).build(folder, work.resolve("b")).file();
        Path withReferences = definition(false);
        for (Path p : new Path[] {rev, rev.resolve("package.json"), withReferences, definition(true), dcos}) {
            PackageSources.Opened opened = PackageSources.open(p);
            assertThat(opened.ok()).as(p.toString()).isTrue();
            assertThat(opened.revision().template()).isPresent();
            assertThat(opened.revision().source(RevisionFile.TEMPLATE).orElseThrow().bytes()).isEqualTo(BundleFixtures.TEMPLATE);
            assertThat(BundleFixtures.json(opened.revision().source(RevisionFile.CONFIG).orElseThrow().bytes()))
                    .isEqualTo(BundleFixtures.json(rev.resolve("config.json")));
            assertThat(opened.problems()).noneMatch(q -> q.severity() == Severity.ERROR);
        }
        assertThat(PackageSources.open(dcos).location()).isEqualTo(new PackageLocation.Bundle(dcos));
        assertThat(PackageSources.open(rev.resolve("package.json")).location()).isEqualTo(new PackageLocation.Folder(rev));
        PackageLocation def = PackageSources.open(withReferences).location();
        assertThat(def.describe()).isEqualTo("time-server-1.0.0.json (build definition)");
        assertThat(((PackageLocation.Definition) def).references()).containsOnlyKeys(RevisionFile.CONFIG,
                RevisionFile.RESOURCE, RevisionFile.TEMPLATE);
    }

    @Test
    void aDefinitionThatWouldNotBuildStillOpensWithItsProblems() throws Exception {
        Path def = definition(false);
        Files.writeString(def, Files.readString(def).replace("\"name\": \"time-server\"", "\"name\": \"Time Server\""));
        PackageSources.Opened opened = PackageSources.open(def);
        assertThat(opened.ok()).isTrue();
        assertThat(opened.problems()).extracting(Problem::code).contains("BUNDLE-DEF-SCHEMA");
        assertThat(opened.revision().name()).contains("Time Server");

        Files.delete(def.resolveSibling("time-server-1.0.0/resource.json"));
        PackageSources.Opened missing = PackageSources.open(def);
        assertThat(missing.ok()).isFalse();
        assertThat(missing.problems()).extracting(Problem::code).containsExactly("BUNDLE-REF-MISSING");
    }

    @Test
    void savingADefinitionWritesTheReferencedFilesAndTheDefinitionOnly() throws Exception {
        Path def = definition(false);
        Path template = def.resolveSibling("time-server-1.0.0/marathon.json.mustache");
        Files.setLastModifiedTime(template, FileTime.fromMillis(0));
        PackageSources.Opened opened = PackageSources.open(def);
        String newConfig = BundleFixtures.CONFIG.replace("0.10", "0.25");
        Revision edited = opened.revision().withText(RevisionFile.CONFIG, newConfig)
                .withText(RevisionFile.PACKAGE, opened.revision().text(RevisionFile.PACKAGE).orElseThrow()
                        .replace("Simple HTTP server", "Small HTTP server"));

        PackageSaver.Saved saved = saver.save(edited, opened.location());

        assertThat(saved.saved()).as(saved.problems().toString()).isTrue();
        assertThat(saved.location()).isEqualTo(opened.location());
        assertThat(Files.readString(def.resolveSibling("time-server-1.0.0/config.json"))).isEqualTo(newConfig);
        assertThat(Files.getLastModifiedTime(template).toMillis()).as("unchanged files are not written").isZero();
        String written = Files.readString(def);
        assertThat(written).contains("\"description\": \"Small HTTP server that prints the time.\"")
                .contains("\"config\": \"@time-server-1.0.0/config.json\"")
                .contains("\"v2AppMustacheTemplate\": \"@time-server-1.0.0/marathon.json.mustache\"");
        try (Stream<Path> files = Files.list(def.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("time-server-1.0.0.json",
                    "time-server-1.0.0");
        }
        Revision reopened = PackageSources.open(def).revision();
        assertThat(reopened.sameContentAs(edited)).isTrue();
        assertThat(new BundleBuilder("t", BundleLimits.DEFAULT).build(def, work.resolve("out")).written()).isTrue();
    }

    @Test
    void inlinePartsStayInlineAndNewPartsGoInline() throws Exception {
        Path def = definition(true);
        PackageSources.Opened opened = PackageSources.open(def);
        byte[] template = "{\"id\": \"{{service.name}}\"}".getBytes(StandardCharsets.UTF_8);
        Revision edited = opened.revision().withText(RevisionFile.TEMPLATE, new String(template, StandardCharsets.UTF_8))
                .without(RevisionFile.RESOURCE);
        PackageSaver.Saved saved = saver.save(edited, opened.location());
        assertThat(saved.saved()).isTrue();
        BuildDefinitions.Resolved resolved = BuildDefinitions.resolve(def, BundleLimits.DEFAULT);
        assertThat(resolved.ok()).isTrue();
        assertThat(resolved.metadata().has("resource")).isFalse();
        assertThat(resolved.files().get(RevisionFile.TEMPLATE)).isEqualTo(template);
        assertThat(resolved.references()).isEmpty();
    }

    @Test
    void aPartThatCannotGoInlineIsRefusedAndNothingIsWritten() throws Exception {
        Path def = definition(true);
        byte[] before = Files.readAllBytes(def);
        PackageSources.Opened opened = PackageSources.open(def);
        PackageSaver.Saved saved = saver.save(opened.revision().withText(RevisionFile.CONFIG, "{\"type\": "),
                opened.location());
        assertThat(saved.saved()).isFalse();
        assertThat(saved.errors()).extracting(Problem::code).containsExactly("BUNDLE-FILE-NOT-JSON");
        assertThat(saved.errors().get(0).message()).contains("cannot be put inline in time-server-1.0.0.json");
        assertThat(Files.readAllBytes(def)).isEqualTo(before);
        assertThat(saver.save(opened.revision().withText(RevisionFile.PACKAGE, "[]"), opened.location()).saved()).isFalse();
    }

    @Test
    void savingABundleWritesANewBundleBesideTheOldOne() throws Exception {
        Revision rev = RevisionReader.read(BundleFixtures.revision(work.resolve("rev")));
        Path dcos = new BundleBuilder("t", BundleLimits.DEFAULT).build(rev, work.resolve("b")).file();
        byte[] old = Files.readAllBytes(dcos);
        PackageSources.Opened opened = PackageSources.open(dcos);

        PackageSaver.Saved unchanged = saver.save(opened.revision(), opened.location());
        assertThat(unchanged.saved()).isTrue();
        assertThat(unchanged.location().path()).isEqualTo(dcos);

        Revision edited = opened.revision().withText(RevisionFile.PACKAGE, opened.revision().text(RevisionFile.PACKAGE)
                .orElseThrow().replace("\"1.0.0\"", "\"1.0.1\""));
        PackageSaver.Saved saved = saver.save(edited, opened.location());
        assertThat(saved.saved()).isTrue();
        Path newer = saved.location().path();
        assertThat(newer.getFileName().toString()).startsWith("time-server-1.0.1-").endsWith(".dcos");
        assertThat(newer.getParent()).isEqualTo(dcos.getParent());
        assertThat(Files.readAllBytes(dcos)).isEqualTo(old);
        assertThat(PackageSources.open(newer).revision().version()).contains("1.0.1");

        PackageSaver.Saved refused = saver.save(edited.withText(RevisionFile.PACKAGE, "{}"), opened.location());
        assertThat(refused.saved()).isFalse();
        assertThat(refused.errors()).isNotEmpty();
    }

    @Test
    void savingAFolderWritesTheFolder() throws Exception {
        Path rev = BundleFixtures.revision(work.resolve("rev"));
        PackageSources.Opened opened = PackageSources.open(rev);
        PackageSaver.Saved saved = saver.save(opened.revision().withText(RevisionFile.CONFIG, "{}"), opened.location());
        assertThat(saved.location()).isEqualTo(new PackageLocation.Folder(rev));
        assertThat(Files.readString(rev.resolve("config.json"))).isEqualTo("{}");
        assertThat(saved.problems()).isEmpty();
    }
}

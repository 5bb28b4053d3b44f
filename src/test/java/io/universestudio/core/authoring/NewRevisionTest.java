package io.universestudio.core.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewRevisionTest {

    @TempDir
    Path dir;

    private UniverseRepository repoWithRevision(String sample, PackagingVersion version, int number) throws IOException {
        UniverseRepository repo = UniverseRepository.openOrCreate(dir.resolve("universe"));
        Revision rev = PackageGenerator.generate(new NewPackageRequest("shop", version, "me@example.com", sample));
        RevisionWriter.write(rev, repo.revisionDir("shop", number));
        return repo;
    }

    @Test
    void copiesTheLatestToTheNextNumberBumpsTheVersionAndFillsUpgrades() throws Exception {
        UniverseRepository repo = repoWithRevision("web-service", PackagingVersion.V4_0, 3);
        Files.writeString(repo.revisionDir("shop", 3).resolve("notes.txt"), "keep me");

        NewRevision.Result result = NewRevision.fromLatest(repo, "shop", new NaiveRender());

        assertThat(result.number()).isEqualTo(4);
        assertThat(result.folder()).isEqualTo(repo.revisionDir("shop", 4));
        assertThat(result.previousVersion()).isEqualTo("1.0.0-0.1.0");
        assertThat(result.newVersion()).isEqualTo("1.0.1-0.1.0");
        Revision onDisk = RevisionReader.read(result.folder());
        JsonNode pkg = onDisk.packageJson().orElseThrow().tree().orElseThrow();
        assertThat(pkg.path("version").asText()).isEqualTo("1.0.1-0.1.0");
        assertThat(pkg.path("upgradesFrom").toString()).isEqualTo("[\"1.0.0-0.1.0\"]");
        assertThat(pkg.path("downgradesTo").toString()).isEqualTo("[\"1.0.0-0.1.0\"]");
        assertThat(onDisk.text(RevisionFile.TEMPLATE)).isEqualTo(RevisionReader.read(repo.revisionDir("shop", 3))
                .text(RevisionFile.TEMPLATE));
        assertThat(Files.readString(result.folder().resolve("notes.txt"))).isEqualTo("keep me");
        assertThat(new Validator().validate(onDisk).hasErrors()).isFalse();
        assertThat(result.changes()).anySatisfy(c -> assertThat(c).contains("revision 4"));

        FileDiff pkgDiff = result.diff().file("package.json").orElseThrow();
        assertThat(pkgDiff.changes()).extracting(c -> c.kind() + " " + c.pointer()).containsExactlyInAnyOrder(
                "CHANGED /version", "ADDED /upgradesFrom/0", "ADDED /downgradesTo/0");
        assertThat(pkgDiff.unified())
                .contains("--- a/package.json", "+++ b/package.json",
                        "-  \"version\": \"1.0.0-0.1.0\",", "+  \"version\": \"1.0.1-0.1.0\",");
        assertThat(result.diff().file("config.json").orElseThrow().identical()).isTrue();
        // The rendered app does not change: only package.json did.
        FileDiff app = result.diff().file(RevisionDiff.RENDERED_APP).orElseThrow();
        assertThat(app.structured()).isTrue();
        assertThat(app.changes()).isEmpty();
        assertThat(result.diff().toJson().path("package.json").path("changed").get(0).path("pointer").asText())
                .isEqualTo("/version");
    }

    @Test
    void anEditedCurrentRevisionIsWrittenAndItsChangesShowInTheRenderedDiff() throws Exception {
        UniverseRepository repo = repoWithRevision("docker-service", PackagingVersion.V4_0, 0);
        Revision current = RevisionReader.read(repo.revisionDir("shop", 0));
        JsonNode config = current.config().orElseThrow().tree().orElseThrow().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) config.at("/properties/service/properties/mem"))
                .put("default", 128);
        Revision edited = current.withTree(RevisionFile.CONFIG, config);

        NewRevision.Result result = NewRevision.create(repo, edited, new NaiveRender());
        assertThat(result.number()).isEqualTo(1);
        // The diff is against the latest revision on disk, so the unsaved edit shows with the version bump.
        RevisionDiff vsDisk = result.diff();
        assertThat(vsDisk.file("config.json").orElseThrow().changes()).extracting(JsonChange::pointer)
                .containsExactly("/properties/service/properties/mem/default");
        assertThat(vsDisk.file("package.json").orElseThrow().changes()).extracting(JsonChange::pointer)
                .contains("/version");
        assertThat(vsDisk.file(RevisionDiff.RENDERED_APP).orElseThrow().changes())
                .singleElement().satisfies(c -> {
                    assertThat(c.pointer()).isEqualTo("/mem");
                    assertThat(c.after().asInt()).isEqualTo(128);
                });
        assertThat(RevisionReader.read(result.folder()).config().orElseThrow().text()).contains("\"default\": 128");
        assertThat(vsDisk.unified()).contains("-  \"mem\": 64,", "+  \"mem\": 128,");
    }

    @Test
    void aWildcardIsKeptAndOlderPackagingVersionsGetNoUpgradeFields() throws Exception {
        Revision rev = PackageGenerator.generate(new NewPackageRequest("shop", PackagingVersion.V4_0, "m@e.com", "web-service"));
        com.fasterxml.jackson.databind.node.ObjectNode pkg = rev.packageJson().orElseThrow().object().orElseThrow().deepCopy();
        pkg.putArray("upgradesFrom").add("*");
        var changes = new ArrayList<String>();
        Revision next = NewRevision.prepare(rev.withTree(RevisionFile.PACKAGE, pkg), changes);
        JsonNode out = next.packageJson().orElseThrow().tree().orElseThrow();
        assertThat(out.path("upgradesFrom").toString()).isEqualTo("[\"*\"]");
        assertThat(out.path("downgradesTo").toString()).isEqualTo("[\"1.0.0-0.1.0\"]");
        assertThat(changes).anySatisfy(c -> assertThat(c).startsWith("upgradesFrom stays"));

        Revision v3 = PackageGenerator.generate(new NewPackageRequest("shop", PackagingVersion.V3_0, "m@e.com", "web-service"));
        JsonNode out3 = NewRevision.prepare(v3, new ArrayList<>()).packageJson().orElseThrow().tree().orElseThrow();
        assertThat(out3.has("upgradesFrom")).isFalse();
        assertThat(out3.path("version").asText()).isEqualTo("1.0.1-0.1.0");
    }

    @Test
    void aMissingPackageOrBrokenPackageJsonIsRefusedAndNothingIsLeftBehind() throws Exception {
        UniverseRepository repo = repoWithRevision("web-service", PackagingVersion.V4_0, 0);
        assertThatThrownBy(() -> NewRevision.fromLatest(repo, "other", AppRenderer.NONE))
                .hasMessageContaining("no package called other");
        Revision broken = RevisionReader.read(repo.revisionDir("shop", 0)).withText(RevisionFile.PACKAGE, "{\"name\": \"shop\",");
        assertThatThrownBy(() -> NewRevision.create(repo, broken, AppRenderer.NONE))
                .hasMessageContaining("no package name");
        assertThat(repo.find("shop").orElseThrow().revisions()).hasSize(1);
    }
}

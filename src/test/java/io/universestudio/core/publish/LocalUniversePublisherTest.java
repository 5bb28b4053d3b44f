package io.universestudio.core.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalUniversePublisherTest {

    private static IndexGenerator generator;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path universe;
    @TempDir
    Path author;
    private Revision revision;
    private Map<String, String> authorBefore;

    @BeforeAll
    static void schemas() {
        generator = new IndexGenerator();
    }

    @BeforeEach
    void authorPackage() throws Exception {
        revision = PublishFixtures.authorPackage(author);
        authorBefore = TreeSnapshot.of(author);
    }

    private PublishResult publish(Revision r, PublishProgress progress) throws Exception {
        PublishResult result = new LocalUniversePublisher(universe, generator).publish(r, progress);
        assertThat(TreeSnapshot.of(author)).as("the author's folder is never modified").isEqualTo(authorBefore);
        return result;
    }

    @Test
    void firstPublishCreatesRevisionZeroAndTheIndex() throws Exception {
        PublishFixtures.Recorder progress = new PublishFixtures.Recorder();
        PublishResult result = publish(revision, progress);

        assertThat(result.status()).as(result.message()).isEqualTo(PublishResult.Status.PUBLISHED);
        assertThat(result.revision()).isZero();
        Path dir = universe.resolve("packages/H/hello-web/0");
        assertThat(Files.readAllBytes(dir.resolve("package.json")))
                .isEqualTo(revision.source(RevisionFile.PACKAGE).orElseThrow().bytes());
        assertThat(dir.resolve("marathon.json.mustache")).exists();
        JsonNode index = JSON.readTree(universe.resolve("target/repo-up-to-2.0.json").toFile());
        assertThat(index.get("packages")).hasSize(1);
        assertThat(index.get("packages").get(0).get("releaseVersion").asInt()).isZero();
        assertThat(progress.steps).containsSubsequence(PublishStep.VALIDATING, PublishStep.PREPARING,
                PublishStep.WRITING, PublishStep.INDEXING, PublishStep.DONE);
        try (var s = Files.list(universe)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".publish-"));
        }
        try (var s = Files.list(universe.resolve(".universe-studio/staging"))) {
            assertThat(s).as("no staging folder is left").isEmpty();
        }
        assertThat(universe.resolve(".universe-studio/index-pending")).doesNotExist();
    }

    @Test
    void publishedFilesGetTheUsualModeNotOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        // The author's files are private; the repository's copies are what the user's umask gives new files.
        for (RevisionFile f : RevisionFile.values()) {
            if (Files.exists(author.resolve(f.fileName()))) {
                Files.setPosixFilePermissions(author.resolve(f.fileName()),
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            }
        }
        authorBefore = TreeSnapshot.of(author);
        var usual = io.universestudio.core.io.FileModesTest.usualMode(universe);

        PublishResult result = publish(revision, PublishProgress.silent());

        assertThat(result.status()).as(result.message()).isEqualTo(PublishResult.Status.PUBLISHED);
        try (var files = Files.list(universe.resolve("packages/H/hello-web/0"))) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(f ->
                    assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(usual));
        }
        assertThat(Files.getPosixFilePermissions(universe.resolve("target/universe.json"))).isEqualTo(usual);
    }

    @Test
    void aChangedPackageBecomesTheNextRevisionAndIdenticalContentIsNotDuplicated() throws Exception {
        publish(revision, PublishProgress.silent());
        PublishResult second = publish(PublishFixtures.withVersion(revision, "1.0.1-0.1.0"), PublishProgress.silent());
        assertThat(second.status()).isEqualTo(PublishResult.Status.PUBLISHED);
        assertThat(second.revision()).isEqualTo(1);
        assertThat(JSON.readTree(universe.resolve("target/universe.json").toFile()).get("packages")).hasSize(2);

        Map<String, String> before = TreeSnapshot.of(universe);
        PublishResult again = publish(PublishFixtures.withVersion(revision, "1.0.1-0.1.0"), PublishProgress.silent());
        assertThat(again.status()).isEqualTo(PublishResult.Status.UNCHANGED);
        assertThat(again.revision()).isEqualTo(1);
        assertThat(again.message()).contains("already published as revision 1");
        assertThat(TreeSnapshot.of(universe)).isEqualTo(before);
    }

    @Test
    void aTemplateThatRendersNoJsonWithItsDefaultsIsRefusedAndNothingIsWritten() throws Exception {
        String template = revision.template().orElseThrow();
        Revision broken = revision.withText(RevisionFile.TEMPLATE, template.replace("{{service.cpus}},", "{{service.cpus}}"));
        PublishResult result = publish(broken, PublishProgress.silent());
        assertThat(result.status()).isEqualTo(PublishResult.Status.REFUSED);
        assertThat(result.message()).contains("cannot be installed by a cluster", "a comma is missing after template line 3");
        assertThat(result.problems()).extracting(p -> p.code()).containsExactly("TEMPLATE-NOT-JSON");
        assertThat(TreeSnapshot.of(universe)).isEmpty();
    }

    @Test
    void aChangedPackageUnderAVersionTheRepositoryHoldsIsRefusedNamingTheRevision() throws Exception {
        publish(revision, PublishProgress.silent());
        publish(PublishFixtures.withVersion(revision, "1.0.1-0.1.0"), PublishProgress.silent());
        Map<String, String> before = TreeSnapshot.of(universe);

        String config = revision.text(RevisionFile.CONFIG).orElseThrow().replace("\"default\": 256", "\"default\": 512");
        PublishResult changed = publish(revision.withText(RevisionFile.CONFIG, config), PublishProgress.silent());

        assertThat(changed.status()).isEqualTo(PublishResult.Status.REFUSED);
        assertThat(changed.message()).isEqualTo("hello-web 1.0.0-0.1.0 is already published as revision 0, with other"
                + " content. A changed package needs a new version: make a New revision (it bumps the version) or"
                + " change \"version\" in package.json, then publish again. Nothing was written.");
        assertThat(changed.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("PUBLISH-SAME-VERSION");
            assertThat(p.pointer()).isEqualTo("/version");
            assertThat(p.position()).isNotNull();
        });
        assertThat(TreeSnapshot.of(universe)).isEqualTo(before);

        // The same bytes as an older revision are still a no-op, naming that revision.
        PublishResult identical = publish(revision, PublishProgress.silent());
        assertThat(identical.status()).isEqualTo(PublishResult.Status.UNCHANGED);
        assertThat(identical.revision()).isZero();
        assertThat(TreeSnapshot.of(universe)).isEqualTo(before);
    }

    @Test
    void aPackageWithErrorsIsRefusedAndNothingIsWritten() throws Exception {
        Revision broken = revision.withText(RevisionFile.PACKAGE, "{\"name\": \"hello-web\",");
        PublishResult result = publish(broken, PublishProgress.silent());
        assertThat(result.status()).isEqualTo(PublishResult.Status.REFUSED);
        assertThat(result.problems()).isNotEmpty();
        assertThat(TreeSnapshot.of(universe)).isEmpty();
    }

    @Test
    void aPackageThatWouldBreakTheRepositoryIsRefused() throws Exception {
        String pkg = revision.text(RevisionFile.PACKAGE).orElseThrow()
                .replace("\"packagingVersion\": \"4.0\"", "\"packagingVersion\": \"5.0\"");
        PublishResult result = publish(revision.withText(RevisionFile.PACKAGE, pkg), PublishProgress.silent());
        assertThat(result.status()).isEqualTo(PublishResult.Status.REFUSED);
        assertThat(result.message()).contains("Nothing was written");
        assertThat(TreeSnapshot.of(universe)).isEmpty();
    }

    @Test
    void aFailureWhileReindexingTakesTheRevisionOutAgain() throws Exception {
        publish(revision, PublishProgress.silent());
        // The index folder cannot be written: a file stands where it should be.
        Files.writeString(universe.resolve("blocked"), "not a folder");
        Map<String, String> before = TreeSnapshot.of(universe);
        LocalUniversePublisher publisher = new LocalUniversePublisher(universe, universe.resolve("blocked/index"),
                generator);
        PublishFixtures.Recorder progress = new PublishFixtures.Recorder();

        PublishResult result = publisher.publish(PublishFixtures.withVersion(revision, "2.0.0"), progress);

        assertThat(result.status()).isEqualTo(PublishResult.Status.FAILED);
        assertThat(result.message()).contains("taken out again").contains("as it was");
        assertThat(progress.steps).contains(PublishStep.ROLLING_BACK);
        assertThat(TreeSnapshot.of(universe)).isEqualTo(before);
    }

    @Test
    void aNewPackageThatFailsLeavesNoEmptyPackageFolders() throws Exception {
        Files.writeString(universe.resolve("blocked"), "not a folder");
        Files.createDirectories(universe.resolve("packages"));
        Map<String, String> before = TreeSnapshot.of(universe);
        PublishResult result = new LocalUniversePublisher(universe, universe.resolve("blocked/index"), generator)
                .publish(revision, PublishProgress.silent());
        assertThat(result.status()).isEqualTo(PublishResult.Status.FAILED);
        assertThat(TreeSnapshot.of(universe)).isEqualTo(before);
    }

    @Test
    void cancellingBeforeTheMoveChangesNothing() throws Exception {
        PublishResult result = publish(revision, new PublishFixtures.Recorder(PublishStep.WRITING, null, null));
        assertThat(result.status()).isEqualTo(PublishResult.Status.CANCELLED);
        assertThat(TreeSnapshot.of(universe).keySet()).allMatch(k -> k.isEmpty() || k.equals("packages"));
    }
}

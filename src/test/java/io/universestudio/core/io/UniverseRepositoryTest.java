package io.universestudio.core.io;

import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UniverseRepositoryTest {

    @TempDir
    Path root;

    @Test
    void findsPackagesUnderRepoPackagesAndCountsRevisionsNumerically() throws Exception {
        for (String rev : new String[] {"0", "2", "10", "100"}) {
            Files.createDirectories(root.resolve("repo/packages/K/kafka").resolve(rev));
        }
        UniverseRepository repo = UniverseRepository.open(root);
        assertThat(repo.packagesDir()).isEqualTo(root.resolve("repo/packages").toAbsolutePath().normalize());
        assertThat(repo.packages()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("kafka");
            assertThat(p.revisions()).extracting(RevisionFolder::folderName).containsExactly("0", "2", "10", "100");
        });
        assertThat(repo.nextRevisionNumber("kafka")).isEqualTo(101);
        assertThat(repo.nextRevisionNumber("kibana")).isZero();
        assertThat(repo.createNextRevisionDir("kafka")).isEqualTo(repo.packagesDir().resolve("K/kafka/101"));
        assertThat(repo.createNextRevisionDir("new-one")).isEqualTo(repo.packagesDir().resolve("N/new-one/0"));
    }

    @Test
    void namesThatCouldEscapeAreRefused() throws Exception {
        UniverseRepository repo = UniverseRepository.openOrCreate(root);
        for (String bad : new String[] {"..", "../x", "a/b", "/etc", "a\\b", "", "A", "x-", "-x", "a..b/.."}) {
            assertThatThrownBy(() -> repo.packageDir(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a valid package name");
        }
        assertThat(repo.packageDir("ok-2")).startsWithRaw(repo.packagesDir());
    }

    @Test
    void strayFilesAndWrongLettersAreLayoutIssues() throws Exception {
        Files.createDirectories(root.resolve("packages/K/kafka/0"));
        Files.createDirectories(root.resolve("packages/Z/kibana/0"));
        Files.writeString(root.resolve("packages/.DS_Store"), "x");
        Files.writeString(root.resolve("packages/K/kafka/notes.txt"), "x");
        UniverseRepository repo = UniverseRepository.open(root);
        assertThat(repo.layoutIssues()).extracting(LayoutIssue::kind).containsExactlyInAnyOrder(
                LayoutIssue.Kind.STRAY_FILE, LayoutIssue.Kind.STRAY_FILE, LayoutIssue.Kind.WRONG_LETTER);
        assertThat(repo.packages()).extracting(PackageFolder::name).containsExactly("kafka", "kibana");
    }

    @Test
    void notARepositoryIsAClearMessage() {
        assertThatThrownBy(() -> UniverseRepository.open(root)).hasMessageContaining("not a Universe repository");
    }

    @Test
    void theCorpusIsARepositoryWithItsPackagesInOrder() throws Exception {
        UniverseRepository repo = UniverseRepository.open(Shared.corpus());
        assertThat(repo.packages()).hasSize(153);
        assertThat(repo.layoutIssues()).isEmpty();
        PackageFolder dse = repo.find("datastax-dse").orElseThrow();
        assertThat(dse.latestNumber()).hasValue(700);
    }
}

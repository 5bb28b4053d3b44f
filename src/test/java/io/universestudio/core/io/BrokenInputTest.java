package io.universestudio.core.io;

import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Broken inputs open, keep their text, and say what is wrong; nothing escapes as an exception. */
class BrokenInputTest {

    @TempDir
    Path dir;

    @Test
    void truncatedJsonOpensWithItsTextAndAPosition() throws Exception {
        String text = "{\n  \"name\": \"x\",\n  \"version\": ";
        Files.writeString(dir.resolve("package.json"), text);
        Revision r = RevisionReader.read(dir);
        JsonDocument pkg = r.packageJson().orElseThrow();
        assertThat(pkg.parses()).isFalse();
        assertThat(pkg.text()).isEqualTo(text);
        assertThat(pkg.syntaxProblems()).hasSize(1);
        assertThat(pkg.syntaxProblems().get(0).position().line()).isEqualTo(3);
        assertThat(pkg.syntaxProblems().get(0).message())
                .isEqualTo("the object that starts on line 1 is not closed: the text ends before its '}'");
    }

    @Test
    void trailingCommaIsReportedWhereItIs() throws Exception {
        Files.writeString(dir.resolve("config.json"), "{\n  \"type\": \"object\",\n}\n");
        JsonDocument config = RevisionReader.read(dir).config().orElseThrow();
        assertThat(config.parses()).isFalse();
        // Shown at the comma itself, the thing to remove.
        assertThat(config.syntaxProblems().get(0).position()).hasToString("2:19");
        assertThat(config.syntaxProblems().get(0).message())
                .isEqualTo("the comma after \"object\" on line 2 ends the object with nothing after it");
    }

    @Test
    void arrayWhereAnObjectBelongsParsesButIsNoObject() throws Exception {
        Files.writeString(dir.resolve("resource.json"), "[1, 2]");
        JsonDocument resource = RevisionReader.read(dir).resource().orElseThrow();
        assertThat(resource.parses()).isTrue();
        assertThat(resource.object()).isEmpty();
        assertThat(resource.objectOrEmpty().size()).isZero();
    }

    @Test
    void invalidUtf8IsKeptByteForByteAndItsOffsetKnown() throws Exception {
        byte[] bytes = "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("package.json"), bytes);
        Revision r = RevisionReader.read(dir);
        assertThat(r.source(RevisionFile.PACKAGE).orElseThrow().malformedByteOffset()).hasValue(13);
        Path out = dir.resolve("copy");
        RevisionWriter.write(r, out);
        assertThat(Files.readAllBytes(out.resolve("package.json"))).isEqualTo(bytes);
    }

    @Test
    void emptyFileIsAProblemNotACrash() throws Exception {
        Files.writeString(dir.resolve("package.json"), "");
        JsonDocument pkg = RevisionReader.read(dir).packageJson().orElseThrow();
        assertThat(pkg.parses()).isFalse();
        assertThat(pkg.syntaxProblems().get(0).message()).contains("empty");
    }

    @Test
    void missingPackageJsonStillOpens() throws Exception {
        Files.writeString(dir.resolve("config.json"), "{}");
        Revision r = RevisionReader.read(dir);
        assertThat(r.packageJson()).isEmpty();
        assertThat(r.config()).isPresent();
        assertThat(r.name()).isEmpty();
    }

    @Test
    void revisionFolderNamedLatestOpensAndHasNoNumber() throws Exception {
        Path rev = dir.resolve("packages/H/hello/latest");
        Files.createDirectories(rev);
        Files.writeString(rev.resolve("package.json"), "{\"name\": \"hello\"}");
        Revision r = RevisionReader.read(rev);
        assertThat(r.origin().ref().packageName()).isEqualTo("hello");
        assertThat(r.origin().ref().number()).isEmpty();
        UniverseRepository repo = UniverseRepository.open(dir);
        assertThat(repo.layoutIssues()).extracting(LayoutIssue::kind).containsExactly(LayoutIssue.Kind.NON_NUMERIC_REVISION);
        assertThat(repo.nextRevisionNumber("hello")).isZero();
    }

    @Test
    void aMissingFolderOrAFileGivesAClearMessage() throws Exception {
        assertThatThrownBy(() -> RevisionReader.read(dir.resolve("nope")))
                .isInstanceOf(RevisionLoadException.class).hasMessageContaining("does not exist");
        Path file = Files.writeString(dir.resolve("package.json"), "{}");
        assertThatThrownBy(() -> RevisionReader.read(file))
                .isInstanceOf(RevisionLoadException.class).hasMessageContaining("Open the folder that holds package.json");
    }

    @Test
    void duplicateKeysKeepTheLastValueAndAreRecorded() throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"website\": \"a\",\n \"name\": \"n\",\n \"website\": \"b\"}");
        JsonDocument pkg = RevisionReader.read(dir).packageJson().orElseThrow();
        assertThat(pkg.object().orElseThrow().get("website").asText()).isEqualTo("b");
        assertThat(pkg.duplicateKeys()).singleElement().satisfies(d -> {
            assertThat(d.pointer()).isEqualTo("/website");
            assertThat(d.first().line()).isEqualTo(1);
            assertThat(d.duplicate().line()).isEqualTo(3);
        });
    }

    @Test
    void crlfTextKeepsItsLineEndingsAndPositions() throws Exception {
        byte[] bytes = "{\r\n  \"name\": \"x\",\r\n  \"version\": 1\r\n}\r\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("package.json"), bytes);
        Revision r = RevisionReader.read(dir);
        JsonDocument pkg = r.packageJson().orElseThrow();
        assertThat(pkg.locations().nearest("/version").line()).isEqualTo(3);
        assertThat(pkg.text()).contains("\r\n");
        assertThat(r.source(RevisionFile.PACKAGE).orElseThrow().bytes()).isEqualTo(bytes);
    }

    @Test
    void strayFilesAreRecordedAndLeftAlone() throws Exception {
        Files.writeString(dir.resolve("package.json"), "{}");
        Files.writeString(dir.resolve(".DS_Store"), "junk");
        Revision r = RevisionReader.read(dir);
        assertThat(r.otherFiles()).containsExactly(".DS_Store");
        RevisionWriter.write(r.withText(RevisionFile.PACKAGE, "{\"a\": 1}"), dir);
        assertThat(Files.readString(dir.resolve(".DS_Store"))).isEqualTo("junk");
    }
}

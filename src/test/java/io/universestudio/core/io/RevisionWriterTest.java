package io.universestudio.core.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesOnlyChangedFilesInTheUniverseStyle() throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"name\":\"a\",\"version\":\"1\",\"tags\":[]}");
        Files.writeString(dir.resolve("config.json"), "{ \"type\" : \"object\" }");
        FileTime before = FileTime.fromMillis(0);
        Files.setLastModifiedTime(dir.resolve("config.json"), before);
        Revision r = RevisionReader.read(dir);
        ObjectNode pkg = r.packageJson().orElseThrow().object().orElseThrow().deepCopy();
        pkg.put("version", "2");
        pkg.put("description", "caf\u00e9 1.0");
        pkg.put("ratio", new java.math.BigDecimal("1.0"));
        RevisionWriter.Result result = RevisionWriter.write(r.withTree(RevisionFile.PACKAGE, pkg), dir);
        assertThat(result.written()).containsExactly(RevisionFile.PACKAGE);
        assertThat(result.unchanged()).containsExactly(RevisionFile.CONFIG);
        assertThat(Files.getLastModifiedTime(dir.resolve("config.json"))).isEqualTo(before);
        assertThat(Files.readString(dir.resolve("package.json"))).isEqualTo("""
                {
                  "name": "a",
                  "version": "2",
                  "tags": [],
                  "description": "caf\u00e9 1.0",
                  "ratio": 1.0
                }
                """);
    }

    @Test
    void removedFilesAreDeletedAndNoTemporaryFilesRemain() throws Exception {
        Files.writeString(dir.resolve("package.json"), "{}");
        Files.writeString(dir.resolve("command.json"), "{}");
        Revision r = RevisionReader.read(dir).without(RevisionFile.COMMAND).withText(RevisionFile.PACKAGE, "{\"a\": 1}\n");
        RevisionWriter.Result result = RevisionWriter.write(r, dir);
        assertThat(result.deleted()).containsExactly(RevisionFile.COMMAND);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("package.json");
        }
    }

    @Test
    void aFailedAtomicWriteLeavesTheOldFile() throws Exception {
        Path target = dir.resolve("package.json");
        Files.writeString(target, "old");
        Path blocker = dir.resolve("sub");
        Files.createDirectory(blocker);
        Files.writeString(blocker.resolve("x"), "x");
        // Moving a file over a non-empty directory fails: the old content of that path must survive.
        assertThatThrownBy(() -> AtomicFiles.write(blocker, "new".getBytes())).isInstanceOf(java.io.IOException.class);
        assertThat(Files.readString(blocker.resolve("x"))).isEqualTo("x");
        AtomicFiles.write(target, "new".getBytes());
        assertThat(Files.readString(target)).isEqualTo("new");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("package.json", "sub");
        }
    }
}

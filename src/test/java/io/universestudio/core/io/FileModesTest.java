package io.universestudio.core.io;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Saving keeps a file's permissions and gives new files the mode the user's umask gives any new file
 * (0644 under the usual 022), not the owner-only mode of Java's temporary files. POSIX systems only.
 */
public class FileModesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
    }

    /** The mode a new file gets here, found the way any program finds it: by making one. */
    public static Set<PosixFilePermission> usualMode(Path where) throws Exception {
        Path probe = Files.createFile(where.resolve(".mode-probe"));
        try {
            return Files.getPosixFilePermissions(probe);
        } finally {
            Files.delete(probe);
        }
    }

    public static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void newFilesGetTheUsualModeNotOwnerOnly() throws Exception {
        Set<PosixFilePermission> usual = usualMode(dir);
        AtomicFiles.writeString(dir.resolve("new.json"), "{}");
        assertThat(Files.getPosixFilePermissions(dir.resolve("new.json"))).isEqualTo(usual);
        if (usual.equals(PosixFilePermissions.fromString("rw-r--r--"))) {
            assertThat(mode(dir.resolve("new.json"))).as("umask 022").isEqualTo("rw-r--r--");
        }
    }

    @Test
    void existingFilesKeepTheirModeWhenSaved() throws Exception {
        Path pkg = dir.resolve("package.json");
        Path config = dir.resolve("config.json");
        Files.writeString(pkg, "{\"name\": \"a\"}");
        Files.writeString(config, "{}");
        Files.setPosixFilePermissions(pkg, PosixFilePermissions.fromString("rw-rw-r--"));
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r-----"));

        Revision edited = RevisionReader.read(dir).withText(RevisionFile.PACKAGE, "{\"name\": \"b\"}")
                .withText(RevisionFile.CONFIG, "{\"type\": \"object\"}")
                .withText(RevisionFile.RESOURCE, "{}");
        RevisionWriter.Result result = RevisionWriter.write(edited, dir);

        assertThat(result.written()).containsExactlyInAnyOrder(RevisionFile.PACKAGE, RevisionFile.CONFIG,
                RevisionFile.RESOURCE);
        assertThat(mode(pkg)).isEqualTo("rw-rw-r--");
        assertThat(mode(config)).isEqualTo("rw-r-----");
        assertThat(Files.getPosixFilePermissions(dir.resolve("resource.json"))).isEqualTo(usualMode(dir));
    }

    @Test
    void secretsAreOwnerOnlyEvenOverAReadableFile() throws Exception {
        Path secret = dir.resolve("credentials.json");
        Files.writeString(secret, "{}");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.writeStringPrivate(secret, "{\"k\": 1}");
        assertThat(mode(secret)).isEqualTo("rw-------");
        AtomicFiles.writeStringPrivate(dir.resolve("new-secret"), "x");
        assertThat(mode(dir.resolve("new-secret"))).isEqualTo("rw-------");
    }
}

package io.universestudio.core.publish;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders only their owner can enter (0700 where the file system has POSIX permissions), for the git
 * clone cache: a clone holds the remote's URL and everything fetched from it. Elsewhere (Windows) the
 * user's profile folders are private already.
 */
final class PrivateFolders {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private PrivateFolders() {
    }

    /** Creates the folder and any missing parents, each private. */
    static void createDirectories(Path dir) throws IOException {
        if (posix()) {
            Files.createDirectories(dir, attribute());
        } else {
            Files.createDirectories(dir);
        }
    }

    static void createDirectory(Path dir) throws IOException {
        if (posix()) {
            Files.createDirectory(dir, attribute());
        } else {
            Files.createDirectory(dir);
        }
    }

    /** Makes an existing folder private (one made by an older version may be readable by others). */
    static void restrict(Path dir) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(dir).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(dir, OWNER_ONLY);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}

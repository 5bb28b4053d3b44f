package io.universestudio.core.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes files that must not exist yet: the bytes go to a temporary file in the same folder, are flushed,
 * and the temporary file is renamed to the target only if nothing is there (a rename within one folder is
 * atomic, so readers never see half a file). The temporary file is removed on any failure.
 */
final class NewFiles {

    private NewFiles() {
    }

    /** @throws java.nio.file.FileAlreadyExistsException when {@code target} exists */
    static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            Files.move(temp, target); // without REPLACE_EXISTING: fails if the target appeared meanwhile
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

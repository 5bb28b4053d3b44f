package io.universestudio.core.publish;

import io.universestudio.core.io.RepositoryLock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file and folder under a root with a hash of its bytes, to prove a tree did not change. Universe
 * Studio's own bookkeeping ({@code .universe-studio/}: the lock, its owner, staging) is not repository content
 * and is left out.
 */
final class TreeSnapshot {

    private TreeSnapshot() {
    }

    static Map<String, String> of(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(root)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.isEmpty() || rel.equals(RepositoryLock.FOLDER) || rel.startsWith(RepositoryLock.FOLDER + "/")) {
                    continue;
                }
                out.put(rel, Files.isDirectory(p) ? "dir" : sha(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.universestudio.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A folder to build something in before it is moved into place, marked as in use by a {@link FileLock} on
 * {@code <folder>.lock} for as long as it is open. A process that dies (even by {@code kill -9}) loses
 * the lock with it, so {@link #removeStale} can tell a forgotten staging folder (no process holds its
 * lock) from one being written, and clean up the first without touching the second.
 */
public final class StagingFolder implements AutoCloseable {

    /** Folders without a lock file come from versions before the lock; they are stale after this long. */
    private static final Duration UNLOCKED_GRACE = Duration.ofHours(1);

    private static final System.Logger LOG = System.getLogger(StagingFolder.class.getName());

    private final Path dir;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private StagingFolder(Path dir, Path lockFile, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** A new, empty, locked folder {@code <parent>/<prefix><random>}. */
    public static StagingFolder create(Path parent, String prefix) throws IOException {
        Files.createDirectories(parent);
        String name = prefix + UUID.randomUUID();
        Path lockFile = parent.resolve(name + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            Path dir = Files.createDirectory(parent.resolve(name));
            return new StagingFolder(dir, lockFile, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(lockFile);
            throw e;
        }
    }

    public Path path() {
        return dir;
    }

    /** Removes the folder and its lock. */
    @Override
    public void close() throws IOException {
        try {
            FileTrees.deleteTree(dir);
        } finally {
            try {
                lock.release();
                channel.close();
            } finally {
                Files.deleteIfExists(lockFile);
            }
        }
    }

    /**
     * Deletes the folders {@code <parent>/<prefix>*} that no process is using: their lock file can be locked
     * (or, for folders from before the lock, they are over an hour old). Returns how many were removed.
     */
    public static int removeStale(Path parent, String prefix) {
        if (!Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        List<Path> candidates;
        try (Stream<Path> s = Files.list(parent)) {
            candidates = s.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not list " + parent, e);
            return 0;
        }
        int removed = 0;
        for (Path dir : candidates) {
            try {
                if (removeIfStale(dir)) {
                    removed++;
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not remove the staging folder " + dir + ": "
                        + IoMessages.plain(e));
            }
        }
        return removed;
    }

    private static boolean removeIfStale(Path dir) throws IOException {
        Path lockFile = dir.resolveSibling(dir.getFileName() + ".lock");
        if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            Instant modified = Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS).toInstant();
            if (modified.isAfter(Instant.now().minus(UNLOCKED_GRACE))) {
                return false;
            }
            FileTrees.deleteTree(dir);
            return true;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return false; // this JVM is using it
            }
            if (lock == null) {
                return false; // another process is using it
            }
            try {
                FileTrees.deleteTree(dir);
            } finally {
                lock.release();
            }
        }
        Files.deleteIfExists(lockFile);
        return true;
    }
}

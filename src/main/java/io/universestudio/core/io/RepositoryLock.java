package io.universestudio.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The one writer of a Universe folder at a time, across processes: a {@link FileLock} on
 * {@code <repository>/.universe-studio/lock}, taken around "choose the revision number, move the folder,
 * rebuild the index". The operating system releases it when the process ends, even by {@code kill -9},
 * so a crashed publisher never blocks the next one. Threads of one JVM queue on a semaphore first, because
 * a JVM may hold only one lock on a file.
 *
 * <p>Who holds the lock is written next to it ({@code lock.owner}: process id and time), so a waiting
 * publisher can say whom it waits for.
 */
public final class RepositoryLock implements AutoCloseable {

    /** The folder of Universe Studio's own bookkeeping in a repository; ignored by git. */
    public static final String FOLDER = ".universe-studio";

    private static final Map<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Semaphore local;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private RepositoryLock(Semaphore local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** The bookkeeping folder of {@code repositoryRoot}, created (with a {@code .gitignore}) if needed. */
    public static Path folder(Path repositoryRoot) throws IOException {
        Path dir = repositoryRoot.toAbsolutePath().normalize().resolve(FOLDER);
        Files.createDirectories(dir);
        Path ignore = dir.resolve(".gitignore");
        if (!Files.exists(ignore)) {
            AtomicFiles.writeString(ignore, "# Universe Studio's locks and staging folders, never committed.\n*\n");
        }
        return dir;
    }

    /**
     * Takes the lock, waiting as long as another holder keeps it; {@code waiting} hears once whom it waits for.
     *
     * @return the lock, or empty when {@code cancelled} became true while waiting
     */
    public static Optional<RepositoryLock> acquire(Path repositoryRoot, Consumer<String> waiting,
                                                   BooleanSupplier cancelled) throws IOException {
        Path dir = folder(repositoryRoot);
        Path file = dir.resolve("lock");
        Semaphore local = IN_THIS_JVM.computeIfAbsent(dir.toRealPath().resolve("lock"), k -> new Semaphore(1, true));
        boolean told = false;
        try {
            while (!local.tryAcquire(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (!told) {
                    waiting.accept("Another publish in this application is writing to " + repositoryRoot
                            + "; waiting for it to finish.");
                    told = true;
                }
                if (cancelled.getAsBoolean()) {
                    return Optional.empty();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            while ((lock = channel.tryLock()) == null) {
                if (!told) {
                    waiting.accept(describeOwner(dir, repositoryRoot));
                    told = true;
                }
                if (cancelled.getAsBoolean()) {
                    channel.close();
                    local.release();
                    return Optional.empty();
                }
                Thread.sleep(POLL_MILLIS); // another process holds it: there is no event to wait for
            }
            RepositoryLock held = new RepositoryLock(local, channel, lock);
            writeOwner(dir);
            return Optional.of(held);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.release();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            local.release();
            return Optional.empty();
        }
    }

    /** The lock if nobody holds it now, else empty (without waiting). */
    public static Optional<RepositoryLock> tryAcquire(Path repositoryRoot) throws IOException {
        Path dir = folder(repositoryRoot);
        Path file = dir.resolve("lock");
        Semaphore local = IN_THIS_JVM.computeIfAbsent(dir.toRealPath().resolve("lock"), k -> new Semaphore(1, true));
        if (!local.tryAcquire()) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                local.release();
                return Optional.empty();
            }
            writeOwner(dir);
            return Optional.of(new RepositoryLock(local, channel, lock));
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.release();
            throw e;
        }
    }

    private static void writeOwner(Path dir) {
        String owner = "process " + ProcessHandle.current().pid() + ", since " + TIME.format(Instant.now());
        try {
            AtomicFiles.writeString(dir.resolve("lock.owner"), owner + "\n");
        } catch (IOException e) {
            // Only a nicer message for whoever waits next; the lock itself is held.
            System.getLogger(RepositoryLock.class.getName()).log(System.Logger.Level.DEBUG,
                    "Could not note the lock's owner", e);
        }
    }

    private static String describeOwner(Path dir, Path repositoryRoot) {
        String owner;
        try {
            owner = Files.readString(dir.resolve("lock.owner"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            owner = null; // not written yet, or unreadable: the message goes without it
        }
        return "Another publish" + (owner == null || owner.isEmpty() ? "" : " (" + owner + ")") + " is writing to "
                + repositoryRoot + "; waiting for it to finish.";
    }

    @Override
    public synchronized void close() throws IOException {
        if (released) {
            return;
        }
        released = true;
        try {
            lock.release();
        } catch (OverlappingFileLockException ignored) {
            // Cannot happen for our own lock; the channel's close releases it anyway.
        } finally {
            try {
                channel.close();
            } finally {
                local.release();
            }
        }
    }
}

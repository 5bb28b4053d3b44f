package io.universestudio.core.publish;

import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.io.AtomicFiles;
import io.universestudio.core.io.IoMessages;
import io.universestudio.core.io.RepositoryLock;
import io.universestudio.core.io.StagingFolder;
import io.universestudio.core.io.UniverseRepository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What an interrupted publish leaves in a local Universe folder, found and repaired by the next publish,
 * {@code index} or {@code serve}: a revision moved into {@code packages/} whose index rebuild never finished
 * (the index misses it), and staging folders nobody uses any more.
 *
 * <p>A publish notes {@code .universe-studio/index-pending} (naming the index folder) before it moves a
 * revision in and removes the note once the index is rebuilt, so a note found later means the index may
 * miss revisions. Independently, an index older than a package folder's last change misses something too
 * (a revision copied in by hand, a publisher from before the note). Either way the index is rebuilt.
 * Repairs happen only under the {@link RepositoryLock}: a repository another process is publishing to is
 * left to that process.
 */
public final class RepositoryRecovery {

    static final String PENDING = "index-pending";
    static final String STAGING = "staging";
    static final String STAGING_PREFIX = "publish-";
    /** Where {@link LocalUniversePublisher} writes a repository's index unless told otherwise. */
    static final String DEFAULT_INDEX = "target";
    /** Staging folders of versions before the bookkeeping folder. */
    private static final String OLD_STAGING_PREFIX = ".publish-";

    private static final System.Logger LOG = System.getLogger(RepositoryRecovery.class.getName());

    private RepositoryRecovery() {
    }

    /** Notes, before the index starts to change, that it must be rebuilt if this process does not finish. */
    static void pending(Path root, Path indexDir) throws IOException {
        AtomicFiles.writeString(RepositoryLock.folder(root).resolve(PENDING), indexDir.toAbsolutePath().normalize()
                + "\n");
    }

    /** The index named by {@link #pending} is complete again. */
    static void done(Path root) throws IOException {
        Files.deleteIfExists(root.resolve(RepositoryLock.FOLDER).resolve(PENDING));
    }

    /** Whether Universe Studio keeps bookkeeping (locks, staging) in the repository: it has published there. */
    public static boolean hasBookkeeping(Path root) {
        return Files.isDirectory(root.toAbsolutePath().normalize().resolve(RepositoryLock.FOLDER), LinkOption.NOFOLLOW_LINKS);
    }

    /** Where staging folders of this repository live. */
    static Path stagingFolder(Path root) throws IOException {
        return RepositoryLock.folder(root).resolve(STAGING);
    }

    /**
     * Repairs the repository at {@code root} if no process is writing to it: rebuilds an index an
     * interrupted publish left incomplete, removes unused staging folders. Returns what it did, one sentence
     * each (empty when there was nothing to do, when another process holds the lock, or when the folder is
     * not a repository Universe Studio has published to). Never throws: a repair that fails is reported.
     */
    public static List<String> recover(Path root, IndexGenerator generator) {
        Path r = root.toAbsolutePath().normalize();
        if (!hasBookkeeping(r) || !UniverseRepository.isRepository(r)) {
            return List.of();
        }
        try {
            Optional<RepositoryLock> lock = RepositoryLock.tryAcquire(r);
            if (lock.isEmpty()) {
                return List.of(); // a publish is running; it repairs what it finds itself
            }
            try (RepositoryLock held = lock.get()) {
                return recoverLocked(r, generator);
            }
        } catch (IOException e) {
            return List.of("The repository's bookkeeping in " + r.resolve(RepositoryLock.FOLDER) + " could not be"
                    + " checked: " + IoMessages.plain(e) + ".");
        }
    }

    /** {@link #recover} for a caller that holds the repository's {@link RepositoryLock}. */
    public static List<String> recoverLocked(Path root, IndexGenerator generator) {
        List<String> notes = new ArrayList<>();
        int stale;
        try {
            stale = StagingFolder.removeStale(stagingFolder(root), STAGING_PREFIX)
                    + StagingFolder.removeStale(root, OLD_STAGING_PREFIX);
        } catch (IOException e) {
            stale = 0;
        }
        if (stale > 0) {
            notes.add("Removed " + stale + (stale == 1 ? " staging folder" : " staging folders")
                    + " left by an interrupted publish.");
        }
        Optional<Path> indexDir = staleIndex(root);
        if (indexDir.isPresent()) {
            try {
                generator.generate(root, indexDir.get());
                done(root);
                notes.add("The index in " + indexDir.get() + " missed revisions after an interrupted publish;"
                        + " it was rebuilt.");
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Rebuilding the index " + indexDir.get() + " failed", e);
                notes.add("The index in " + indexDir.get() + " misses revisions after an interrupted publish and"
                        + " could not be rebuilt: " + IoMessages.plain(e) + ".");
            }
        }
        return notes;
    }

    /** The index folder that misses revisions, if one does. */
    static Optional<Path> staleIndex(Path root) {
        Path note = root.resolve(RepositoryLock.FOLDER).resolve(PENDING);
        try {
            if (Files.isRegularFile(note, LinkOption.NOFOLLOW_LINKS)) {
                String named = Files.readString(note, StandardCharsets.UTF_8).strip();
                return Optional.of(named.isEmpty() ? root.resolve(DEFAULT_INDEX) : Path.of(named));
            }
            Path universe = root.resolve(DEFAULT_INDEX).resolve("universe.json");
            if (Files.isRegularFile(universe) && changedSince(root, Files.getLastModifiedTime(universe))) {
                return Optional.of(root.resolve(DEFAULT_INDEX));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not tell whether the index of " + root + " is complete", e);
        }
        return Optional.empty();
    }

    /** Whether a letter or package folder changed (a revision added or removed) after {@code time}. */
    private static boolean changedSince(Path root, FileTime time) throws IOException {
        Path packages = UniverseRepository.open(root).packagesDir();
        try (Stream<Path> letters = Files.list(packages)) {
            for (Path letter : letters.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (newer(letter, time)) {
                    return true;
                }
                try (Stream<Path> pkgs = Files.list(letter)) {
                    for (Path pkg : pkgs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                        if (newer(pkg, time)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean newer(Path dir, FileTime time) throws IOException {
        return Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS).compareTo(time) > 0;
    }
}

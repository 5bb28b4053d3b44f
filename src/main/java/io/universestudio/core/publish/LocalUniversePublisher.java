package io.universestudio.core.publish;

import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.index.IndexResult;
import io.universestudio.core.io.IoMessages;
import io.universestudio.core.io.RepositoryLock;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.StagingFolder;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.model.Revision;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Publishes into a Universe folder on this machine: the revision becomes the package's next revision
 * (0 for a new package) and the index in {@code <repository>/target/} is regenerated, as the Universe's
 * build writes it.
 *
 * <p>The revision is written into a staging folder inside the repository first. Then, holding the
 * repository's {@link RepositoryLock} (other publishers, in this process or another, wait with a message),
 * it chooses the revision number, moves the folder into place in one step and rebuilds the index. If any of
 * that fails, even with an {@code Error}, the revision is taken out again in {@code finally}, so the
 * repository is left as it was. A process killed in between leaves a note that the next publish,
 * {@code index} or {@code serve} finds, rebuilding the index ({@link RepositoryRecovery}).
 */
public final class LocalUniversePublisher implements Publisher {

    private static final System.Logger LOG = System.getLogger(LocalUniversePublisher.class.getName());

    private final Path root;
    private final Path indexDir;
    private final IndexGenerator generator;
    private final PublishCheck check;

    public LocalUniversePublisher(Path repositoryRoot, IndexGenerator generator) {
        this(repositoryRoot, repositoryRoot.resolve(RepositoryRecovery.DEFAULT_INDEX), generator);
    }

    public LocalUniversePublisher(Path repositoryRoot, Path indexDir, IndexGenerator generator) {
        this.root = repositoryRoot.toAbsolutePath().normalize();
        this.indexDir = indexDir.toAbsolutePath().normalize();
        this.generator = generator;
        this.check = new PublishCheck(generator.schemas());
    }

    @Override
    public String target() {
        return "local Universe " + root;
    }

    /** What the locked part did; {@code committed} once the revision and its index are both in place. */
    private static final class Attempt {
        final List<Path> created = new ArrayList<>();
        Path revisionDir;
        int number = -1;
        boolean moved;
        boolean committed;
        boolean rolledBack;
    }

    @Override
    public PublishResult publish(Revision revision, PublishProgress progress) {
        String name = revision.name().orElse(null);
        String version = revision.version().orElse(null);
        var refusal = check.refusal(revision, progress);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (progress.isCancelled()) {
            return PublishResult.cancelled(name, version);
        }
        Attempt attempt = new Attempt();
        try {
            progress.step(PublishStep.PREPARING, root.toString());
            UniverseRepository.openOrCreate(root);
            try (StagingFolder staging = StagingFolder.create(RepositoryRecovery.stagingFolder(root),
                    RepositoryRecovery.STAGING_PREFIX)) {
                progress.step(PublishStep.WRITING, name + " " + version);
                Path staged = staging.path().resolve("revision");
                RevisionWriter.write(revision, staged);
                if (progress.isCancelled()) {
                    return PublishResult.cancelled(name, version);
                }
                Optional<RepositoryLock> lock = RepositoryLock.acquire(root,
                        waiting -> progress.step(PublishStep.WAITING, waiting), progress::isCancelled);
                if (lock.isEmpty()) {
                    return PublishResult.cancelled(name, version);
                }
                try (RepositoryLock held = lock.get()) {
                    try {
                        return publishLocked(revision, staged, attempt, progress);
                    } finally {
                        undoUnlessCommitted(attempt);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            String rolledBack = attempt.rolledBack ? " Revision " + attempt.number + " was taken out again." : "";
            return PublishResult.failed(name, version, root.toString(), "Publishing to " + root + " failed: "
                    + IoMessages.plain(e) + "." + rolledBack + " The repository is as it was.");
        }
    }

    /**
     * Whatever stopped the publish (an exception, an Error such as OutOfMemoryError), a revision that is not
     * committed goes, with the folders made for it; still under the lock, so no other publisher sees it.
     */
    private static void undoUnlessCommitted(Attempt attempt) {
        if (attempt.committed) {
            return;
        }
        if (attempt.moved) {
            rollBack(attempt.revisionDir, attempt.created);
            attempt.moved = false;
            attempt.rolledBack = true;
        } else {
            removeCreated(attempt.created);
        }
        attempt.created.clear();
    }

    /** Chooses the number, moves the staged revision in and rebuilds the index; the caller holds the lock. */
    private PublishResult publishLocked(Revision revision, Path staged, Attempt attempt, PublishProgress progress)
            throws IOException {
        String name = revision.name().orElseThrow();
        String version = revision.version().orElse(null);
        List<String> repaired = RepositoryRecovery.recoverLocked(root, generator);
        repaired.forEach(note -> LOG.log(System.Logger.Level.INFO, note));
        UniverseRepository repository = UniverseRepository.openOrCreate(root);
        // Under the lock: the same version already there is a no-op (same content) or a refusal (changed).
        Optional<PublishResult> already = PublishCheck.sameVersion(repository, revision,
                n -> repository.revisionDir(name, n).toString());
        if (already.isPresent()) {
            return already.get();
        }
        if (progress.isCancelled()) {
            return PublishResult.cancelled(name, version);
        }
        attempt.number = repository.nextRevisionNumber(name);
        attempt.revisionDir = repository.revisionDir(name, attempt.number);
        createParents(attempt.revisionDir.getParent(), attempt.created);
        RepositoryRecovery.pending(root, indexDir);
        move(staged, attempt.revisionDir);
        attempt.moved = true;

        progress.step(PublishStep.INDEXING, indexDir.toString());
        IndexResult index;
        try {
            index = generator.generate(root, indexDir);
        } catch (IOException | RuntimeException e) {
            progress.step(PublishStep.ROLLING_BACK, "taking revision " + attempt.number + " out again");
            undoUnlessCommitted(attempt);
            // The pending note stays: the index may hold part of this attempt until it is rebuilt.
            return PublishResult.failed(name, version, root.toString(), "The index in " + indexDir
                    + " could not be rebuilt (" + IoMessages.plain(e) + "), so revision " + attempt.number
                    + " was taken out again. The repository is as it was.");
        }
        RepositoryRecovery.done(root);
        attempt.committed = true;
        progress.step(PublishStep.DONE, attempt.revisionDir.toString());
        String note = index.hasErrors() ? " Note: other revisions in the repository have problems and are"
                + " left out of the index (" + index.problems().size() + ")." : "";
        return new PublishResult(PublishResult.Status.PUBLISHED, name, version, attempt.number,
                attempt.revisionDir.toString(), null, "Published " + name + " " + version + " as revision "
                + attempt.number + " in " + root + " and rebuilt the index." + note, index.problems());
    }

    private static void createParents(Path dir, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            created.add(0, p);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void rollBack(Path revisionDir, List<Path> created) {
        try {
            io.universestudio.core.io.FileTrees.deleteTree(revisionDir);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Could not take " + revisionDir + " out again", e);
        }
        removeCreated(created);
    }

    private static void removeCreated(List<Path> created) {
        for (Path p : created) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not remove " + p, e);
            }
        }
    }
}

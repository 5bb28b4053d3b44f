package io.universestudio.core.publish;

import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.index.IndexResult;
import io.universestudio.core.io.FileTrees;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.model.Revision;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Publishes into a Universe folder on this machine: the revision becomes the package's next revision
 * (0 for a new package) and the index in {@code <repository>/target/} is regenerated, as the Universe's
 * build writes it.
 *
 * <p>The revision is written into a staging folder inside the repository and moved into place in one
 * step; if re-indexing then fails, the revision is taken out again, so the repository and its index are
 * left as they were.
 */
public final class LocalUniversePublisher implements Publisher {

    private static final System.Logger LOG = System.getLogger(LocalUniversePublisher.class.getName());

    private final Path root;
    private final Path indexDir;
    private final IndexGenerator generator;
    private final PublishCheck check;

    public LocalUniversePublisher(Path repositoryRoot, IndexGenerator generator) {
        this(repositoryRoot, repositoryRoot.resolve("target"), generator);
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

    @Override
    public PublishResult publish(Revision revision, PublishProgress progress) {
        String name = revision.name().orElse(null);
        String version = revision.version().orElse(null);
        progress.step(PublishStep.VALIDATING, name + " " + version);
        var refusal = check.refusal(revision);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (progress.isCancelled()) {
            return PublishResult.cancelled(name, version);
        }
        List<Path> created = new ArrayList<>();
        Path staging = null;
        Path revisionDir = null;
        boolean moved = false;
        try {
            progress.step(PublishStep.PREPARING, root.toString());
            UniverseRepository repository = UniverseRepository.openOrCreate(root);
            var already = PublishCheck.sameVersion(repository, revision, n -> repository.revisionDir(name, n).toString());
            if (already.isPresent()) {
                return already.get();
            }
            int number = repository.nextRevisionNumber(name);
            revisionDir = repository.revisionDir(name, number);

            progress.step(PublishStep.WRITING, "revision " + number);
            staging = root.resolve(".publish-" + UUID.randomUUID());
            Path staged = staging.resolve(Integer.toString(number));
            RevisionWriter.write(revision, staged);
            if (progress.isCancelled()) {
                return PublishResult.cancelled(name, version);
            }
            createParents(revisionDir.getParent(), created);
            move(staged, revisionDir);
            moved = true;

            progress.step(PublishStep.INDEXING, indexDir.toString());
            IndexResult index;
            try {
                index = generator.generate(root, indexDir);
            } catch (IOException | RuntimeException e) {
                progress.step(PublishStep.ROLLING_BACK, "taking revision " + number + " out again");
                rollBack(revisionDir, created);
                return PublishResult.failed(name, version, root.toString(), "The index in " + indexDir
                        + " could not be rebuilt (" + e.getMessage() + "), so revision " + number
                        + " was taken out again. The repository is as it was.");
            }
            progress.step(PublishStep.DONE, revisionDir.toString());
            String note = index.hasErrors() ? " Note: other revisions in the repository have problems and are"
                    + " left out of the index (" + index.problems().size() + ")." : "";
            return new PublishResult(PublishResult.Status.PUBLISHED, name, version, number, revisionDir.toString(),
                    null, "Published " + name + " " + version + " as revision " + number + " in " + root
                    + " and rebuilt the index." + note, index.problems());
        } catch (IOException | RuntimeException e) {
            if (moved) {
                rollBack(revisionDir, created);
            } else {
                removeCreated(created);
            }
            return PublishResult.failed(name, version, root.toString(), "Publishing to " + root + " failed: "
                    + e.getMessage() + ". The repository is as it was.");
        } finally {
            if (staging != null) {
                try {
                    FileTrees.deleteTree(staging);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "Could not remove the staging folder " + staging, e);
                }
            }
        }
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
            FileTrees.deleteTree(revisionDir);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "Could not take " + revisionDir + " out again", e);
        }
        removeCreated(created);
    }

    private static void removeCreated(List<Path> created) {
        for (Path p : created) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not remove " + p, e);
            }
        }
    }
}

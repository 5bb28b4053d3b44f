package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.model.SourceText;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a package.dcos back into a revision folder: package.json, config.json, resource.json and
 * command.json written in the Universe's style, marathon.json.mustache byte for byte. A new folder appears
 * whole (written beside it, then renamed into place); an existing revision is replaced only when forced,
 * file by file, each atomically.
 */
public final class BundleExtractor {

    private static final Pattern SAFE_FOLDER = Pattern.compile("[a-z][a-z0-9-]*[a-z0-9]-[-a-zA-Z0-9.]+");

    private final BundleLimits limits;

    public BundleExtractor(BundleLimits limits) {
        this.limits = limits;
    }

    /**
     * What extracting did.
     *
     * @param folder   the revision folder written; null when nothing was written
     * @param problems errors that stopped it, and warnings about the bundle's metadata either way
     */
    public record Outcome(Path folder, List<RevisionFile> files, List<Problem> problems) {
        public boolean written() {
            return folder != null;
        }

        public List<Problem> errors() {
            return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
        }
    }

    /** A bundle read into a revision (not yet written anywhere), or why it could not be. */
    public record Opened(Revision revision, ObjectNode metadata, List<Problem> problems) {
        public boolean ok() {
            return revision != null;
        }

        /** {@code <name>-<version>}, or "package" when they would not make a plain folder name. */
        public String folderName() {
            String candidate = metadata.path("name").asText("") + "-" + metadata.path("version").asText("");
            return SAFE_FOLDER.matcher(candidate).matches() ? candidate : "package";
        }
    }

    /**
     * Reads {@code dcos} into a revision. Breaking the metadata schema does not stop it (the revision is
     * there to be fixed): those findings come back as warnings.
     *
     * @throws IOException when the file itself cannot be read
     */
    public Opened open(Path dcos) throws IOException {
        BundleReader.Read read = BundleReader.read(dcos, limits);
        if (!read.ok()) {
            return new Opened(null, null, read.problems());
        }
        ObjectNode metadata = read.metadata();
        PackageMetadata.RevisionFiles files = PackageMetadata.toFiles(metadata);
        if (!files.ok()) {
            return new Opened(null, metadata, files.problems());
        }
        List<Problem> problems = new ArrayList<>(schemaWarnings(metadata));
        Map<RevisionFile, SourceText> texts = new EnumMap<>(RevisionFile.class);
        files.files().forEach((file, bytes) -> texts.put(file, SourceText.decode(bytes)));
        return new Opened(Revision.of(texts, RevisionOrigin.NEW, List.of()), metadata, problems);
    }

    private static List<Problem> schemaWarnings(ObjectNode metadata) {
        Optional<PackagingVersion> version = PackagingVersions.of(metadata);
        if (version.isEmpty()) {
            Problem p = PackagingVersions.problem(metadata, "metadata.json").orElseThrow();
            return List.of(asWarning(p));
        }
        return PackageMetadata.schemaProblems(metadata, version.get(), "metadata.json", Severity.WARNING);
    }

    private static Problem asWarning(Problem p) {
        return new Problem(Severity.WARNING, p.code(), p.file(), p.pointer(), p.position(), p.subject(), p.message(),
                p.hint());
    }

    /**
     * Extracts {@code dcos} into {@code outputDir}, or, when that is null, into
     * {@code <defaultParent>/<name>-<version>}.
     *
     * @param force replace the package files of a revision already there
     * @throws IOException when the bundle cannot be read or the folder cannot be written
     */
    public Outcome extract(Path dcos, Path outputDir, Path defaultParent, boolean force) throws IOException {
        Opened opened = open(dcos);
        List<Problem> problems = new ArrayList<>(opened.problems());
        if (!opened.ok()) {
            return new Outcome(null, List.of(), problems);
        }
        Path target = (outputDir != null ? outputDir : defaultParent.resolve(opened.folderName()))
                .toAbsolutePath().normalize();
        Optional<Problem> inTheWay = inTheWay(target, force);
        if (inTheWay.isPresent()) {
            problems.add(inTheWay.get());
            return new Outcome(null, List.of(), problems);
        }
        Revision revision = opened.revision();
        if (Files.isDirectory(target)) {
            RevisionWriter.write(revision, target);
        } else {
            writeNewFolder(revision, target);
        }
        List<RevisionFile> files = Arrays.stream(RevisionFile.values()).filter(revision::has).toList();
        return new Outcome(target, files, problems);
    }

    /** A file where the folder should be, or a revision there and no {@code force}. */
    private static Optional<Problem> inTheWay(Path target, boolean force) throws IOException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            return Optional.of(Problem.error("BUNDLE-REVISION-EXISTS").subject(target.getFileName().toString())
                    .hint("Choose another --output-directory.")
                    .message(target + " is a file, so the revision folder cannot be written there."));
        }
        if (!force && Files.isDirectory(target)) {
            List<String> present = new ArrayList<>();
            for (RevisionFile f : RevisionFile.values()) {
                if (Files.exists(target.resolve(f.fileName()))) {
                    present.add(f.fileName());
                }
            }
            if (!present.isEmpty()) {
                return Optional.of(Problem.error("BUNDLE-REVISION-EXISTS").subject(target.getFileName().toString())
                        .hint("Add --force to replace its package files, or choose another --output-directory.")
                        .message(target + " already holds a revision (" + String.join(", ", present)
                                + "); nothing was written."));
            }
        }
        return Optional.empty();
    }

    /** Writes into a fresh folder beside the target and renames it into place, so it appears whole. */
    private static void writeNewFolder(Revision revision, Path target) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try {
            RevisionWriter.write(revision, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
        } finally {
            if (Files.exists(temp)) {
                deleteTree(temp);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

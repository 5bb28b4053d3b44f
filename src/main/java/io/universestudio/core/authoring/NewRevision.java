package io.universestudio.core.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.io.PackageFolder;
import io.universestudio.core.io.RevisionFolder;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * "New revision": the current revision copied to the next number of its package in a repository, with the
 * version bumped ({@link VersionBump}) and, for 4.0/5.0, {@code upgradesFrom}/{@code downgradesTo} set so
 * that the previous version can move to the new one and back. Returns the diff against the latest
 * revision in the repository so the window can show it.
 */
public final class NewRevision {

    /** What was made: the new revision (read back from disk), where, and how it differs from the previous. */
    public record Result(Revision revision, int number, Path folder, String previousVersion, String newVersion,
                         List<String> changes, RevisionDiff diff) {
        public Result {
            changes = List.copyOf(changes);
        }
    }

    private NewRevision() {
    }

    /** The next revision of the package's highest numbered revision in {@code repository}. */
    public static Result fromLatest(UniverseRepository repository, String packageName, AppRenderer renderer)
            throws IOException {
        PackageFolder pkg = repository.find(packageName).orElseThrow(() ->
                new IOException("The repository has no package called " + packageName + "."));
        RevisionFolder latest = pkg.latest().orElseThrow(() ->
                new IOException("The package " + packageName + " has no numbered revision to start from."));
        return create(repository, read(latest.dir()), renderer);
    }

    /**
     * Writes {@code current} (for example the revision open in the editor, edits included) as the package's
     * next revision, and compares it with the package's latest revision in the repository. On failure the
     * half-made folder is removed, so the repository is left as it was.
     */
    public static Result create(UniverseRepository repository, Revision current, AppRenderer renderer)
            throws IOException {
        String name = current.name().orElseThrow(() ->
                new IOException("The revision has no package name, so it has no place in a repository."));
        List<String> changes = new ArrayList<>();
        Revision next = prepare(current, changes);
        // Compare with what users of the repository have now: the latest revision on disk, else the start.
        Optional<RevisionFolder> latest = repository.find(name).flatMap(PackageFolder::latest);
        Revision previous = latest.isPresent() ? read(latest.get().dir()) : current;
        Path dir = repository.createNextRevisionDir(name);
        try {
            RevisionWriter.write(next, dir);
            copyOtherFiles(current, dir);
        } catch (IOException | RuntimeException e) {
            deleteTree(dir);
            throw e;
        }
        Revision written = read(dir);
        int number = Integer.parseInt(dir.getFileName().toString());
        changes.add(0, "Copied to revision " + number + " of " + name + ".");
        return new Result(written, number, dir, current.version().orElse(""), next.version().orElse(""),
                changes, RevisionDiff.between(previous, written, renderer));
    }

    /**
     * The content of the next revision, not yet written anywhere: version bumped, upgrade fields filled.
     * Each change is described in {@code changes}.
     */
    public static Revision prepare(Revision current, List<String> changes) {
        ObjectNode pkg = current.packageJson().flatMap(d -> d.object())
                .orElseThrow(() -> new IllegalArgumentException(
                        "package.json is not a JSON object; fix it before making a new revision."))
                .deepCopy();
        String previous = pkg.path("version").asText("");
        String bumped = VersionBump.next(previous);
        pkg.put("version", bumped);
        changes.add("Version " + previous + " becomes " + bumped + ".");
        Optional<PackagingVersion> pv = current.packagingVersion();
        if (pv.isPresent() && pv.get().ordinal() >= PackagingVersion.V4_0.ordinal()) {
            fillVersionList(pkg, "upgradesFrom", previous, changes, "can be upgraded to this one");
            fillVersionList(pkg, "downgradesTo", previous, changes, "can be gone back to from this one");
        }
        return current.withTree(RevisionFile.PACKAGE, pkg);
    }

    /** Keeps {@code ["*"]} (any version) as it is; otherwise lists exactly the previous version. */
    private static void fillVersionList(ObjectNode pkg, String field, String previous, List<String> changes,
                                        String meaning) {
        JsonNode existing = pkg.get(field);
        if (existing != null && existing.isArray()) {
            for (JsonNode v : existing) {
                if ("*".equals(v.asText())) {
                    changes.add(field + " stays [\"*\"]: any version " + meaning + ".");
                    return;
                }
            }
        }
        ArrayNode list = pkg.putArray(field);
        if (!previous.isEmpty()) {
            list.add(previous);
        }
        changes.add(field + " is [\"" + previous + "\"]: version " + previous + " " + meaning + ".");
    }

    private static void copyOtherFiles(Revision current, Path dir) throws IOException {
        Optional<Path> from = current.origin().folderIfAny();
        if (from.isEmpty()) {
            return;
        }
        for (String other : current.otherFiles()) {
            Path source = from.get().resolve(other);
            if (Files.isRegularFile(source, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !other.startsWith(".")) {
                Files.copy(source, dir.resolve(other), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static Revision read(Path dir) throws IOException {
        return RevisionReader.read(dir);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // Best effort: the original failure is what the caller reports.
        }
    }
}

package io.universestudio.core.io;

import io.universestudio.core.model.FileIssue;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.model.RevisionRef;
import io.universestudio.core.model.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a revision folder. Content problems (bad JSON, invalid UTF-8, a missing package.json) never
 * stop a revision from opening: they are kept in the model for validation to report. So are package
 * files that cannot be taken in (see {@link PackageFileReader}): a folder in their place, a file over
 * 32 MB, a link leading out of the repository (or, outside a repository, out of the revision folder).
 * Only a folder that cannot be read at all is an error.
 */
public final class RevisionReader {

    private RevisionReader() {
    }

    public static Revision read(Path folder) throws RevisionLoadException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.exists(dir)) {
            throw new RevisionLoadException("The folder " + dir + " does not exist.");
        }
        if (!Files.isDirectory(dir)) {
            throw new RevisionLoadException(dir + " is a file, not a package revision folder."
                    + " Open the folder that holds package.json.");
        }
        Map<RevisionFile, SourceText> files = new EnumMap<>(RevisionFile.class);
        List<String> others = new ArrayList<>();
        List<FileIssue> issues = new ArrayList<>();
        Optional<RevisionRef> ref = refOf(dir);
        Path boundary = ref.map(r -> UniverseRepository.linkBoundary(r.packagesDir())).orElse(dir);
        PackageFileReader.Folder reader = PackageFileReader.in(dir, boundary);
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                Optional<RevisionFile> kind = RevisionFile.byFileName(name);
                if (kind.isEmpty()) {
                    others.add(name);
                    continue;
                }
                PackageFileReader.Outcome read = reader.read(entry, kind.get());
                if (read.read()) {
                    files.put(kind.get(), SourceText.decode(read.bytes()));
                } else {
                    issues.add(read.issue());
                }
            }
        } catch (java.nio.file.AccessDeniedException e) {
            throw new RevisionLoadException("The folder " + dir + " could not be read: permission denied (its"
                    + " permissions do not let this user list it).", e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new RevisionLoadException("The folder " + dir + " could not be read: " + IoMessages.plain(e) + ".", e);
        }
        return Revision.of(files, new RevisionOrigin(dir, ref.orElse(null)), others, issues);
    }


    /** The repository place of a folder laid out as {@code packages/<L>/<name>/<revision>}. */
    static Optional<RevisionRef> refOf(Path revisionDir) {
        Path packageDir = revisionDir.getParent();
        Path letterDir = packageDir == null ? null : packageDir.getParent();
        Path packagesDir = letterDir == null ? null : letterDir.getParent();
        if (packagesDir == null || packagesDir.getFileName() == null
                || !packagesDir.getFileName().toString().equals("packages")) {
            return Optional.empty();
        }
        return Optional.of(new RevisionRef(packagesDir, letterDir.getFileName().toString(),
                packageDir.getFileName().toString(), revisionDir.getFileName().toString()));
    }
}

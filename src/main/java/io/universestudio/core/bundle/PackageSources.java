package io.universestudio.core.bundle;

import io.universestudio.core.io.RevisionLoadException;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.model.SourceText;
import io.universestudio.core.validate.Problem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Opens a revision from any of its three forms (a revision folder, a build definition, a package.dcos)
 * into the same in-memory {@link Revision}: a definition's referenced files keep their exact bytes, an
 * inline value is written out in the Universe's style, a bundle's template is decoded byte for byte.
 * A definition or bundle that would not build still opens, as a folder with problems does, as long as its
 * files can be read; the problems come with it.
 */
public final class PackageSources {

    private PackageSources() {
    }

    /**
     * A revision and where it lives, or why it could not be opened.
     *
     * @param revision the revision; null when it could not be opened
     * @param location where it was read from, for saving back; null when it could not be opened
     * @param problems what is wrong with the file as a package.dcos or build definition (errors when it
     *                 would not build), beside what the validator says about the revision
     */
    public record Opened(Revision revision, PackageLocation location, List<Problem> problems) {
        public boolean ok() {
            return revision != null;
        }

        public PackageForm form() {
            return location == null ? null : location.form();
        }
    }

    /** @throws IOException when the path cannot be read at all */
    public static Opened open(Path path) throws IOException {
        return open(path, BundleLimits.DEFAULT);
    }

    /** @throws IOException when the path cannot be read at all */
    public static Opened open(Path path, BundleLimits limits) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        return switch (PackageForm.of(absolute)) {
            case REVISION_FOLDER -> {
                Path folder = PackageForm.revisionFolder(absolute);
                try {
                    yield new Opened(RevisionReader.read(folder), new PackageLocation.Folder(folder), List.of());
                } catch (RevisionLoadException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
            case BUILD_DEFINITION -> openDefinition(absolute, limits);
            case PACKAGE_DCOS -> {
                BundleExtractor.Opened opened = new BundleExtractor(limits).open(absolute);
                yield opened.ok() ? new Opened(opened.revision(), new PackageLocation.Bundle(absolute), opened.problems())
                        : new Opened(null, null, opened.problems());
            }
        };
    }

    private static Opened openDefinition(Path file, BundleLimits limits) throws IOException {
        BuildDefinitions.Parts parts = BuildDefinitions.read(file, limits);
        if (!parts.ok()) {
            return new Opened(null, null, parts.problems());
        }
        List<Problem> problems = new ArrayList<>();
        BuildDefinitions.Resolved resolved = BuildDefinitions.resolve(file, limits);
        problems.addAll(resolved.problems());
        return new Opened(revisionOf(parts.files()), new PackageLocation.Definition(file, parts.references()), problems);
    }

    static Revision revisionOf(Map<RevisionFile, byte[]> files) {
        Map<RevisionFile, SourceText> texts = new EnumMap<>(RevisionFile.class);
        files.forEach((file, bytes) -> texts.put(file, SourceText.decode(bytes)));
        return Revision.of(texts, RevisionOrigin.NEW, List.of());
    }
}

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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Opens a revision from any of its three forms (a revision folder, a build definition, a package.dcos)
 * into the same in-memory {@link Revision}: a definition's referenced files keep their exact bytes, an
 * inline value is written out in the Universe's style, a bundle's template is decoded byte for byte.
 */
public final class PackageSources {

    private PackageSources() {
    }

    /** A revision and the form it came in, or why it could not be opened. */
    public record Opened(Revision revision, PackageForm form, List<Problem> problems) {
        public boolean ok() {
            return revision != null;
        }
    }

    /** @throws IOException when the path cannot be read at all */
    public static Opened open(Path path) throws IOException {
        return open(path, BundleLimits.DEFAULT);
    }

    /** @throws IOException when the path cannot be read at all */
    public static Opened open(Path path, BundleLimits limits) throws IOException {
        PackageForm form = PackageForm.of(path);
        return switch (form) {
            case REVISION_FOLDER -> {
                try {
                    yield new Opened(RevisionReader.read(PackageForm.revisionFolder(path)), form, List.of());
                } catch (RevisionLoadException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
            case BUILD_DEFINITION -> {
                BuildDefinitions.Resolved resolved = BuildDefinitions.resolve(path, limits);
                yield resolved.ok() ? new Opened(revisionOf(resolved.files()), form, resolved.problems())
                        : new Opened(null, form, resolved.problems());
            }
            case PACKAGE_DCOS -> {
                BundleExtractor.Opened opened = new BundleExtractor(limits).open(path);
                yield new Opened(opened.revision(), form, opened.problems());
            }
        };
    }

    private static Revision revisionOf(Map<RevisionFile, byte[]> files) {
        Map<RevisionFile, SourceText> texts = new EnumMap<>(RevisionFile.class);
        files.forEach((file, bytes) -> texts.put(file, SourceText.decode(bytes)));
        return Revision.of(texts, RevisionOrigin.NEW, List.of());
    }
}

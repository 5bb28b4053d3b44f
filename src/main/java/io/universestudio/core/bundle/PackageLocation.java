package io.universestudio.core.bundle;

import io.universestudio.core.model.RevisionFile;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where an opened revision lives and in which form, so that saving writes it back the same way: a
 * revision folder, a build definition with the files its references name, or a package.dcos.
 */
public sealed interface PackageLocation {

    /** The folder, the definition file or the package.dcos. */
    Path path();

    PackageForm form();

    /** A few words for a window title: "kafka-2.0.json (build definition)". */
    default String describe() {
        String what = switch (form()) {
            case REVISION_FOLDER -> "revision folder";
            case BUILD_DEFINITION -> "build definition";
            case PACKAGE_DCOS -> "package.dcos";
        };
        return path().getFileName() + " (" + what + ")";
    }

    record Folder(Path path) implements PackageLocation {
        @Override
        public PackageForm form() {
            return PackageForm.REVISION_FOLDER;
        }
    }

    /** @param references the file each {@code @} reference names, by the revision file it holds */
    record Definition(Path path, Map<RevisionFile, Path> references) implements PackageLocation {
        public Definition {
            references = Map.copyOf(references);
        }

        @Override
        public PackageForm form() {
            return PackageForm.BUILD_DEFINITION;
        }
    }

    record Bundle(Path path) implements PackageLocation {
        @Override
        public PackageForm form() {
            return PackageForm.PACKAGE_DCOS;
        }
    }
}

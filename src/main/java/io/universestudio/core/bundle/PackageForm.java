package io.universestudio.core.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** The three forms a package revision can be given in, told apart by what is on disk. */
public enum PackageForm {
    /** A folder holding package.json and its companions (or that package.json itself). */
    REVISION_FOLDER,
    /** A JSON file shaped like metadata.json, with {@code @} local references or everything inline. */
    BUILD_DEFINITION,
    /** A zip: a package.dcos (or another zip, which reading then explains). */
    PACKAGE_DCOS;

    private static final byte[] ZIP_LOCAL = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};

    /**
     * The form of {@code path}: a folder or a file named package.json is a revision folder; a file that
     * starts like a zip, or is named {@code *.dcos}, is a package.dcos; any other file a build definition.
     */
    public static PackageForm of(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return REVISION_FOLDER;
        }
        Path name = path.getFileName();
        if (name != null && name.toString().equals("package.json")) {
            return REVISION_FOLDER;
        }
        if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".dcos") || startsLikeZip(path)) {
            return PACKAGE_DCOS;
        }
        return BUILD_DEFINITION;
    }

    /** The revision folder a path of this form stands for (package.json's folder; the folder itself). */
    public static Path revisionFolder(Path path) {
        return Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    }

    static boolean startsLikeZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return Arrays.equals(head, ZIP_LOCAL) || Arrays.equals(head, ZIP_EMPTY);
        }
    }
}

package io.universestudio.core.io;

import io.universestudio.core.model.FileIssue;
import io.universestudio.core.model.RevisionFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads one package file so that nothing on disk can crash a command or lead it astray: a folder, a pipe
 * or a device where the file belongs, a file over {@link #MAX_BYTES}, a symbolic link leading out of the
 * revision or repository folder (or to nothing), a file this user may not read. Each comes back as a
 * {@link FileIssue} with a plain sentence instead of bytes; nothing outside is ever read.
 */
public final class PackageFileReader {

    /** Far above any real package file (the corpus' largest is under 1 MB), far below what memory can take. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private PackageFileReader() {
    }

    /** The bytes of a file, or why they were not read. */
    public record Outcome(byte[] bytes, FileIssue issue) {
        public boolean read() {
            return bytes != null;
        }
    }

    /**
     * The files of {@code dir}, read against {@code boundary}: both folders' real places are resolved once for
     * all its files, rather than twice per file (a real place costs a system call per folder above it).
     */
    public static Folder in(Path dir, Path boundary) {
        return new Folder(dir.toAbsolutePath(), boundary);
    }

    /** One folder's package files, read on one thread. */
    public static final class Folder {
        private final Path dir;
        private final Path boundary;
        /** Whether the folder's real place lies inside the boundary's; null until first asked. */
        private Boolean inside;

        private Folder(Path dir, Path boundary) {
            this.dir = dir;
            this.boundary = boundary;
        }

        /**
         * Reads {@code path}, the {@code file} of a revision, if it is a regular file of at most
         * {@link #MAX_BYTES} that stays, links resolved, inside the boundary.
         */
        public Outcome read(Path path, RevisionFile file) {
            String name = file.fileName();
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isSymbolicLink() || !insideBoundary(path)) {
                    Outcome outside = checkLink(path, file, boundary);
                    if (outside != null) {
                        return outside;
                    }
                    attributes = Files.readAttributes(path, BasicFileAttributes.class);
                }
                if (attributes.isDirectory()) {
                    return refused(file, FileIssue.Kind.NOT_A_FILE, name + " is a folder, not a file, so the"
                            + " revision has no " + name + ".");
                }
                if (!attributes.isRegularFile()) {
                    return refused(file, FileIssue.Kind.NOT_A_FILE, name + " is not a regular file (it is a"
                            + " device, a pipe or a socket), so it is not read.");
                }
                if (attributes.size() > MAX_BYTES) {
                    return tooLarge(file, attributes.size());
                }
                try (InputStream in = Files.newInputStream(path)) {
                    byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                    if (bytes.length > MAX_BYTES) {
                        return tooLarge(file, bytes.length); // it grew since it was measured
                    }
                    return new Outcome(bytes, null);
                }
            } catch (IOException e) {
                return unreadable(file, e);
            }
        }

        /**
         * Whether {@code path}, not itself a link, is known to lie inside the boundary: it sits directly in this
         * folder and the folder's real place does. Otherwise the caller resolves the path in full.
         */
        private boolean insideBoundary(Path path) throws IOException {
            if (!dir.equals(path.toAbsolutePath().getParent())) {
                return false;
            }
            if (inside == null) {
                inside = dir.toRealPath().startsWith(boundary.toRealPath());
            }
            return inside;
        }
    }

    /** A refusal when {@code path} leads outside {@code boundary} or nowhere; null when it stays inside. */
    private static Outcome checkLink(Path path, RevisionFile file, Path boundary) throws IOException {
        String name = file.fileName();
        Path target;
        try {
            target = path.toRealPath();
        } catch (NoSuchFileException e) {
            return refused(file, FileIssue.Kind.LINK_OUTSIDE, name + " is a symbolic link to "
                    + linkText(path) + ", which does not exist, so the revision has no " + name + ".");
        }
        if (target.startsWith(boundary.toRealPath())) {
            return null;
        }
        return refused(file, FileIssue.Kind.LINK_OUTSIDE, name + " is a symbolic link to " + linkText(path)
                + ", outside " + boundary + "; links out of the package's folder are not followed.");
    }

    private static String linkText(Path path) {
        try {
            return Files.isSymbolicLink(path) ? Files.readSymbolicLink(path).toString()
                    : path.toRealPath().toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a place that cannot be read";
        }
    }

    private static Outcome tooLarge(RevisionFile file, long size) {
        return refused(file, FileIssue.Kind.TOO_LARGE, file.fileName() + " is " + size(size) + "; package files may"
                + " be at most " + size(MAX_BYTES) + " (real ones are a few kilobytes), so it is not read.");
    }

    private static Outcome unreadable(RevisionFile file, IOException e) {
        String name = file.fileName();
        if (e instanceof AccessDeniedException) {
            return refused(file, FileIssue.Kind.UNREADABLE, name + " cannot be read: permission denied (its"
                    + " permissions do not let this user read it).");
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getMessage();
        return refused(file, FileIssue.Kind.UNREADABLE, name + " cannot be read" + (reason == null ? "."
                : ": " + reason + "."));
    }

    private static Outcome refused(RevisionFile file, FileIssue.Kind kind, String message) {
        return new Outcome(null, new FileIssue(file, kind, message));
    }

    /** A size as people write it: "2.1 GB", "40 MB", "512 bytes". */
    static String size(long bytes) {
        double value = bytes;
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes"
                : (value >= 10 || value == Math.floor(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value)) + " " + units[unit];
    }

    /** Whether {@code dir} is a link (or inside links) leading out of {@code boundary}, or to nothing. */
    public static boolean leadsOutside(Path dir, Path boundary) {
        try {
            return !dir.toRealPath().startsWith(boundary.toRealPath());
        } catch (IOException e) {
            return Files.isSymbolicLink(dir);
        }
    }
}

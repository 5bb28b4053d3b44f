package io.universestudio.core.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Keeps a file the application could not use, never deleting it: the one naming scheme for settings,
 * preferences, drafts and credentials is {@code <name>.corrupt-<yyyyMMdd-HHmmss>} (UTC, so the names sort by
 * time and say when), with {@code -2}, {@code -3}, ... added when that name is taken, so a file kept earlier
 * in the same second is never overwritten.
 */
public final class AsideFiles {

    private static final String MARK = ".corrupt-";
    private static final int MOST_PER_SECOND = 1000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private AsideFiles() {
    }

    /** Renames {@code file} to the first free aside name and returns that name. */
    public static Path moveAside(Path file, Clock clock) throws IOException {
        // No ATOMIC_MOVE: on POSIX it would silently replace a file kept earlier under the same name.
        return keep(file, clock, (from, to) -> Files.move(from, to));
    }

    /** Copies {@code file} to the first free aside name (the original stays in use) and returns that name. */
    public static Path copyAside(Path file, Clock clock) throws IOException {
        return keep(file, clock, (from, to) -> Files.copy(from, to));
    }

    /** A move or a copy that fails with {@link FileAlreadyExistsException} when the target is taken. */
    private interface Keeping {
        void keep(Path from, Path to) throws IOException;
    }

    private static Path keep(Path file, Clock clock, Keeping how) throws IOException {
        for (int n = 1; n <= MOST_PER_SECOND; n++) {
            Path aside = candidate(file, clock, n);
            try {
                how.keep(file, aside);
                return aside;
            } catch (FileAlreadyExistsException taken) {
                // try the next number
            }
        }
        throw new FileAlreadyExistsException(candidate(file, clock, MOST_PER_SECOND).toString(), null,
                "too many files kept aside in one second");
    }

    private static Path candidate(Path file, Clock clock, int n) {
        String name = file.getFileName() + MARK + STAMP.format(clock.instant()) + (n == 1 ? "" : "-" + n);
        return file.resolveSibling(name);
    }
}

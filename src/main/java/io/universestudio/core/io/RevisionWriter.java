package io.universestudio.core.io;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.SourceText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes a revision into a folder: each file whose bytes differ from what is on disk is written
 * atomically, identical files are not touched, and package files the revision no longer has are
 * removed. Other files in the folder are left alone, and so are package files the revision could not
 * read (a folder in their place, a file too large or unreadable, a link): they are never deleted or
 * written through.
 */
public final class RevisionWriter {

    /** What a write did, file by file. */
    public record Result(List<RevisionFile> written, List<RevisionFile> deleted, List<RevisionFile> unchanged) {
        public boolean changedAnything() {
            return !written.isEmpty() || !deleted.isEmpty();
        }
    }

    private RevisionWriter() {
    }

    public static Result write(Revision revision, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<RevisionFile> written = new ArrayList<>();
        List<RevisionFile> deleted = new ArrayList<>();
        List<RevisionFile> unchanged = new ArrayList<>();
        for (RevisionFile file : RevisionFile.values()) {
            Path target = folder.resolve(file.fileName());
            Optional<SourceText> source = revision.source(file);
            if (source.isEmpty() && revision.fileIssue(file).isPresent()
                    && revision.origin().folderIfAny().map(f -> sameFolder(f, folder)).orElse(false)) {
                unchanged.add(file); // never read, so never deleted
                continue;
            }
            if (source.isEmpty()) {
                if (Files.deleteIfExists(target)) {
                    deleted.add(file);
                }
                continue;
            }
            byte[] bytes = source.get().bytes();
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == bytes.length
                    && Arrays.equals(Files.readAllBytes(target), bytes)) {
                unchanged.add(file);
                continue;
            }
            AtomicFiles.write(target, bytes);
            written.add(file);
        }
        return new Result(List.copyOf(written), List.copyOf(deleted), List.copyOf(unchanged));
    }

    private static boolean sameFolder(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}

package io.universestudio.core.serve;

import io.universestudio.core.io.UniverseRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A cheap summary of a repository's package tree (every file's path, size and modification time), so
 * the server notices a publish without watching each folder.
 */
record RepositoryFingerprint(long files, long hash) {

    static RepositoryFingerprint of(Path repositoryRoot) throws IOException {
        Path packages = UniverseRepository.open(repositoryRoot).packagesDir();
        long[] acc = {0, 17};
        try (Stream<Path> s = Files.find(packages, 4, (p, a) -> a.isRegularFile())) {
            s.forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    acc[0]++;
                    // A sum, so the order in which the file system lists files does not matter.
                    acc[1] += (p.toString().hashCode() * 1_000_003L)
                            ^ (a.size() * 7919L) ^ a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                } catch (IOException e) {
                    acc[1] += p.toString().hashCode();
                }
            });
        }
        return new RepositoryFingerprint(acc[0], acc[1]);
    }
}

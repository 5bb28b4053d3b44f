package io.universestudio.core.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A package in a repository: its folder and its revision folders, numbered ones in numeric order first. */
public record PackageFolder(String name, String letter, Path dir, List<RevisionFolder> revisions) {

    public PackageFolder {
        revisions = List.copyOf(revisions);
    }

    /** The highest numbered revision, if any. */
    public Optional<RevisionFolder> latest() {
        return revisions.stream().filter(r -> r.number().isPresent())
                .reduce((a, b) -> b);
    }

    public OptionalInt latestNumber() {
        return latest().map(r -> r.number()).orElse(OptionalInt.empty());
    }
}

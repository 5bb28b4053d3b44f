package io.universestudio.core.io;

import io.universestudio.core.model.RevisionNumbers;

import java.nio.file.Path;
import java.util.OptionalInt;

/** One revision folder of a package in a repository; {@code number} is empty for names like "latest". */
public record RevisionFolder(String folderName, Path dir) {

    public OptionalInt number() {
        return RevisionNumbers.parse(folderName);
    }
}

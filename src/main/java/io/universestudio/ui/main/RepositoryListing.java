package io.universestudio.ui.main;

import io.universestudio.core.io.PackageFolder;
import io.universestudio.core.io.UniverseRepository;

import java.util.List;

/** A repository as the navigator shows it: its packages and their revision folders, read once. */
public record RepositoryListing(UniverseRepository repository, List<PackageFolder> packages) {

    public RepositoryListing {
        packages = List.copyOf(packages);
    }
}

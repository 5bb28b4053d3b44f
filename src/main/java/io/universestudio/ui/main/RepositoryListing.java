package io.universestudio.ui.main;

import io.universestudio.core.io.PackageFolder;
import io.universestudio.core.model.RevisionNumbers;

import java.nio.file.Path;
import java.util.List;

/**
 * A repository as the navigator shows it: its packages and their revision folders, read once on the io
 * thread. Plain values, so the view never touches the disk layer.
 */
public record RepositoryListing(Path root, List<Package> packages) {

    /** One package and its revision folders (numbered ones in numeric order first). */
    public record Package(String name, List<Revision> revisions) {
        public Package {
            revisions = List.copyOf(revisions);
        }

        /** The revision to open when the package itself is chosen: the highest numbered one, else the last. */
        public java.util.Optional<Revision> latest() {
            Revision pick = null;
            for (Revision r : revisions) {
                if (pick == null || RevisionNumbers.parse(r.folderName()).isPresent()) {
                    pick = r; // numbered folders come first, in numeric order
                }
            }
            return java.util.Optional.ofNullable(pick);
        }
    }

    /** One revision folder. */
    public record Revision(String folderName, Path dir) {
    }

    public RepositoryListing {
        packages = List.copyOf(packages);
    }

    static RepositoryListing of(Path root, List<PackageFolder> folders) {
        return new RepositoryListing(root, folders.stream().map(p -> new Package(p.name(),
                p.revisions().stream().map(r -> new Revision(r.folderName(), r.dir())).toList())).toList());
    }
}

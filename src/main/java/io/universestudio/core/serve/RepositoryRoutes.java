package io.universestudio.core.serve;

import io.universestudio.core.index.DcosRelease;
import io.universestudio.core.index.RepoVersion;
import io.universestudio.core.io.PackageNames;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the Universe server maps a request to an index file (universe-format.md 4.8): the repository
 * version label from the highest exact media type in Accept, the file from {@code dcos/X.Y} in the
 * User-Agent (default 2.0). Only three routes exist; every other path, and anything a client could use
 * to step out of the index folder, maps to nothing.
 */
final class RepositoryRoutes {

    private static final Pattern DCOS = Pattern.compile("dcos/(\\d+\\.\\d+)");
    private static final Pattern PACKAGE = Pattern.compile("^/package/([a-z][a-z0-9-]*[a-z0-9])$");

    private RepositoryRoutes() {
    }

    /** A file of the index to send, the label to send it with, and the release it was chosen for. */
    record Route(String relativeFile, RepoVersion label, DcosRelease release) {
    }

    static Optional<Route> resolve(String rawPath, String accept, String userAgent) {
        Optional<RepoVersion> label = labelFrom(accept);
        if (label.isEmpty()) {
            // The Universe server falls back to a zip that no longer exists: a plain GET gets 404.
            return Optional.empty();
        }
        DcosRelease release = releaseFrom(userAgent);
        if (rawPath.equals("/repo")) {
            return Optional.of(new Route(release.fileName(), label.get(), release));
        }
        if (rawPath.equals("/repo-1.7")) {
            return Optional.of(new Route("repo-empty-v3.json", RepoVersion.V3, null));
        }
        Matcher m = PACKAGE.matcher(rawPath);
        if (m.matches() && PackageNames.isValid(m.group(1))) {
            return Optional.of(new Route(release.label() + "/package/" + m.group(1) + ".json", label.get(), release));
        }
        return Optional.empty();
    }

    /** The highest version whose exact media type (no spaces) appears in Accept. */
    static Optional<RepoVersion> labelFrom(String accept) {
        if (accept == null) {
            return Optional.empty();
        }
        RepoVersion found = null;
        for (RepoVersion v : RepoVersion.values()) {
            if (accept.contains(v.mediaType())) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The release named in the User-Agent; unknown or missing means the latest, as on the Universe server. */
    static DcosRelease releaseFrom(String userAgent) {
        if (userAgent != null) {
            Matcher m = DCOS.matcher(userAgent);
            while (m.find()) {
                Optional<DcosRelease> r = DcosRelease.byLabel(m.group(1));
                if (r.isPresent()) {
                    return r.get();
                }
            }
        }
        return DcosRelease.LATEST;
    }
}

package io.universestudio.core.serve;

import io.universestudio.core.index.DcosRelease;
import io.universestudio.core.index.RepoVersion;

import java.util.Optional;

/**
 * What the Universe's own repository server answers (its nginx configuration, kept in
 * {@code shared/reference/universe-server/universe.marathon.mesos.conf}; universe-format.md 4.8), for
 * any method, path, Accept and User-Agent, step by step as nginx evaluates that file:
 * <ol>
 *   <li>the label is the last of v3, v4, v5 whose exact media type appears in Accept; the release is the
 *       last of {@code dcos/1.8} ... {@code dcos/2.0} that appears in the User-Agent (2.0 when none);</li>
 *   <li>{@code = /repo} and {@code = /repo-1.7} are rewritten to an index file, {@code /package...} to
 *       {@code /<label>/<release><uri>.json}; the {@code /v3}, {@code /v4}, {@code /v5} locations are
 *       internal (404 from outside) and strip their prefix; everything else is a plain static file;</li>
 *   <li>a static file is answered as nginx's static module does: 405 for methods other than GET, HEAD
 *       and POST (and POST on a file), 403 for a folder asked with a trailing slash, 301 to add the
 *       slash, 404 when missing. Its type comes from the location: the label's media type under
 *       {@code /vN}, v3 for {@code /repo-1.7}, else {@code application/json} (nginx's mime.types).</li>
 * </ol>
 * Files are looked up in a {@link WebRoot}: only what the Universe's server image holds.
 */
final class NginxRules {

    /** The three kinds of file lookup result nginx distinguishes. */
    enum Kind { FILE, DIRECTORY, MISSING }

    /** The files the server may answer with, by their path below the web root. */
    interface WebRoot {
        Kind kind(String path);
    }

    sealed interface Answer permits Serve, Redirect, Status {
    }

    /**
     * Send this file of the web root with this Content-Type. {@code release} is set when the file was
     * chosen by the User-Agent, {@code label} when the type is a repository media type.
     */
    record Serve(String path, String contentType, DcosRelease release, RepoVersion label) implements Answer {
    }

    /** 301 to this path (nginx adds the host and port). */
    record Redirect(String location) implements Answer {
    }

    record Status(int code) implements Answer {
    }

    static final String JSON = "application/json";

    private NginxRules() {
    }

    static Answer answer(String method, String rawPath, String rawQuery, String accept, String userAgent,
                         WebRoot root) {
        Optional<String> normalized = NginxUri.normalize(rawPath);
        if (normalized.isEmpty()) {
            return new Status(400);
        }
        String uri = normalized.get();
        RepoVersion label = labelFrom(accept);
        DcosRelease release = releaseFrom(userAgent);
        String args = rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery;
        StaticFile files = new StaticFile(method, args, root);
        if (uri.equals("/repo-1.7")) {
            // No User-Agent maps to 1.7, so any client that asks for JSON gets the empty v3 repository.
            return label != null ? files.serve("/repo-empty-v3.json", RepoVersion.V3, null)
                    : files.serve("/repo-up-to-1.7.zip", null, null);
        }
        if (uri.equals("/repo")) {
            return label != null ? files.serve("/" + release.fileName(), label, release)
                    : files.serve("/repo-up-to-" + release.label() + ".zip", null, null);
        }
        if (uri.startsWith("/package")) {
            String rewritten = "/" + (label == null ? "" : label.label()) + "/" + release.label() + uri + ".json";
            if (label == null) {
                // "//<release>/package/<name>.json" matches no location: a plain static file.
                return files.serve(rewritten, null, release);
            }
            return files.serve(rewritten.substring(("/" + label.label()).length()), label, release);
        }
        if (uri.startsWith("/v3") || uri.startsWith("/v4") || uri.startsWith("/v5")) {
            return new Status(404);
        }
        return files.serve(uri, null, null);
    }

    /** The highest version whose exact media type (no spaces) appears in Accept, or null. */
    static RepoVersion labelFrom(String accept) {
        RepoVersion found = null;
        if (accept != null) {
            for (RepoVersion v : RepoVersion.values()) {
                if (accept.contains(v.mediaType())) {
                    found = v;
                }
            }
        }
        return found;
    }

    /** The last release whose {@code dcos/X.Y} appears anywhere in the User-Agent; 2.0 when none does. */
    static DcosRelease releaseFrom(String userAgent) {
        DcosRelease found = DcosRelease.LATEST;
        if (userAgent != null) {
            for (DcosRelease r : DcosRelease.values()) {
                if (userAgent.contains("dcos/" + r.label())) {
                    found = r;
                }
            }
        }
        return found;
    }

    /** nginx's static module for one request. */
    private record StaticFile(String method, String args, WebRoot root) {

        Answer serve(String path, RepoVersion typeLabel, DcosRelease release) {
            boolean post = method.equals("POST");
            if (!method.equals("GET") && !method.equals("HEAD") && !post) {
                return new Status(405);
            }
            Kind kind = root.kind(path);
            if (path.endsWith("/")) {
                return new Status(kind == Kind.DIRECTORY ? 403 : 404);
            }
            return switch (kind) {
                case MISSING -> new Status(404);
                case DIRECTORY -> new Redirect(path + "/" + args);
                case FILE -> post ? new Status(405)
                        : new Serve(path, typeLabel == null ? JSON : typeLabel.mediaType(), release, typeLabel);
            };
        }
    }
}

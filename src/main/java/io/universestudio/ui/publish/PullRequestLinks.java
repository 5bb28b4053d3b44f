package io.universestudio.ui.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where to open a pull (merge) request for a branch that was just pushed, for the hosts whose URL
 * patterns are known: github.com, gitlab.com and bitbucket.org, over https or ssh. Other hosts get
 * nothing: guessing a URL that does not exist would be worse than no link.
 */
public final class PullRequestLinks {

    /** https://host/owner/repo(.git), git@host:owner/repo(.git), ssh://git@host/owner/repo(.git). */
    private static final Pattern REMOTE = Pattern.compile(
            "^(?:https?://(?:[^@/]+@)?|ssh://(?:[^@/]+@)?|[^@/\\s]+@)"
                    + "(github\\.com|gitlab\\.com|bitbucket\\.org)[:/]"
                    + "([^/\\s]+(?:/[^/\\s]+)+?)(?:\\.git)?/?$");
    private static final String GIT_SUFFIX = ".git";

    private PullRequestLinks() {
    }

    public static Optional<String> forBranch(String remote, String branch) {
        if (remote == null || branch == null || branch.isBlank()) {
            return Optional.empty();
        }
        Matcher m = REMOTE.matcher(remote.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String host = m.group(1);
        String path = m.group(2);
        if (path.endsWith(GIT_SUFFIX)) {
            path = path.substring(0, path.length() - GIT_SUFFIX.length());
        }
        String b = URLEncoder.encode(branch, StandardCharsets.UTF_8).replace("%2F", "/");
        return Optional.of(switch (host) {
            case "github.com" -> "https://github.com/" + path + "/compare/" + b + "?expand=1";
            case "gitlab.com" -> "https://gitlab.com/" + path + "/-/merge_requests/new?merge_request%5Bsource_branch%5D="
                    + URLEncoder.encode(branch, StandardCharsets.UTF_8);
            default -> "https://bitbucket.org/" + path + "/pull-requests/new?source=" + b;
        });
    }
}

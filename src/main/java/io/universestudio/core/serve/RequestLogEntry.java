package io.universestudio.core.serve;

import java.time.Instant;

/**
 * One request the repository server answered: who asked (address and User-Agent), for which DC/OS
 * release and repository version, and what they got.
 *
 * @param release     the DC/OS release whose file was chosen (from the User-Agent), or null if none was
 * @param repoVersion the media type version label sent (from Accept), or null if none was
 */
public record RequestLogEntry(Instant time, String remoteAddress, String method, String path, String userAgent,
                              String release, String repoVersion, int status, long bytes) {

    /** One line for logs and the CLI: {@code 127.0.0.1 GET /repo dcos/1.11 v4 200 1234 bytes}. */
    public String summary() {
        return remoteAddress + " " + method + " " + path + " -> " + status
                + (release == null ? "" : " (DC/OS " + release + ", " + repoVersion + ", " + bytes + " bytes)")
                + (userAgent == null ? "" : " [" + userAgent + "]");
    }
}

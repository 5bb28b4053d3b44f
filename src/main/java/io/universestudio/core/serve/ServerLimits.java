package io.universestudio.core.serve;

import java.time.Duration;

/**
 * How much one client may hold of the repository server (ADR 0100).
 *
 * @param idleTimeout           a connection that neither sends nor takes a byte for this long is closed:
 *                              a half-sent request or an unread response ends after it, while a slow
 *                              download that keeps moving is never cut
 * @param connectionsPerAddress open connections one client address may have; more are closed at once
 * @param connections           open connections in all; past it, new ones wait to be accepted
 * @param threads               worker threads (requests wait for bytes without holding one)
 */
record ServerLimits(Duration idleTimeout, int connectionsPerAddress, int connections, int threads) {

    static final ServerLimits DEFAULT = new ServerLimits(Duration.ofSeconds(30), 16, 1024, 16);
}

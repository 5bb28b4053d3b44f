package io.universestudio.core.serve;

import org.eclipse.jetty.io.Connection;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bounds the open connections of each client address: one more than {@code limit} is closed as soon
 * as it opens, so a single peer cannot take every connection the server is willing to hold. Each
 * address that goes over is logged once, until all its connections have closed.
 */
final class ConnectionsPerAddress implements Connection.Listener {

    private static final System.Logger LOG = System.getLogger(ConnectionsPerAddress.class.getName());

    private final int limit;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    /** Each connection's address as it opened: a closed socket no longer tells. */
    private final Map<Connection, InetAddress> addresses = new ConcurrentHashMap<>();
    private final Set<InetAddress> warned = ConcurrentHashMap.newKeySet();

    ConnectionsPerAddress(int limit) {
        this.limit = limit;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = addressOf(connection);
        if (address == null) {
            return;
        }
        addresses.put(connection, address);
        int count = open.merge(address, 1, Integer::sum);
        if (count > limit) {
            if (warned.add(address)) {
                LOG.log(System.Logger.Level.WARNING, "Closing connections from " + address.getHostAddress()
                        + ": it already has " + limit + " open.");
            }
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = addresses.remove(connection);
        if (address == null) {
            return;
        }
        Integer left = open.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
        if (left == null) {
            warned.remove(address);
        }
    }

    /** Open connections of this address now (for tests). */
    int openFrom(InetAddress address) {
        return open.getOrDefault(address, 0);
    }

    private static InetAddress addressOf(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}

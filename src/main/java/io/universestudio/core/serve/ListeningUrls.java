package io.universestudio.core.serve;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The URLs a server can be reached at. A server bound to one address has one; a server bound to all
 * ({@code 0.0.0.0}, or {@code ::} for both families) has one per address of this machine's interfaces
 * that are up, other machines' first and loopback last, because {@code http://0.0.0.0:P/repo} (or
 * {@code [0:0:0:0:0:0:0:0]}) reaches nothing. IPv6 link-local addresses are left out: they need a zone
 * that a URL given to a cluster cannot carry.
 */
final class ListeningUrls {

    private ListeningUrls() {
    }

    static List<URI> of(InetAddress bound, int port) {
        if (!bound.isAnyLocalAddress()) {
            return List.of(url(bound, port));
        }
        boolean bothFamilies = bound instanceof Inet6Address;
        Set<URI> external = new LinkedHashSet<>();
        Set<URI> loopback = new LinkedHashSet<>();
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nif.isUp()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    boolean usable = a instanceof Inet4Address
                            || bothFamilies && !a.isLinkLocalAddress() && !a.isMulticastAddress();
                    if (usable) {
                        (a.isLoopbackAddress() ? loopback : external).add(url(a, port));
                    }
                }
            }
        } catch (SocketException e) {
            // Interfaces cannot be listed: loopback is still certain to work.
        }
        List<URI> all = new ArrayList<>(external);
        all.addAll(loopback);
        if (all.isEmpty()) {
            all.add(url(InetAddress.getLoopbackAddress(), port));
        }
        return List.copyOf(all);
    }

    static URI url(InetAddress address, int port) {
        String host = address.getHostAddress();
        int zone = host.indexOf('%');
        if (zone >= 0) {
            host = host.substring(0, zone);
        }
        if (host.contains(":")) {
            host = "[" + compressed(host) + "]";
        }
        return URI.create("http://" + host + ":" + port + "/repo");
    }

    /** {@code 2001:db8:0:0:0:0:0:1} as {@code 2001:db8::1} (the longest run of zero groups folded). */
    static String compressed(String ipv6) {
        String[] groups = ipv6.split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; i++) {
            int j = i;
            while (j < groups.length && groups[j].matches("0+")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        if (bestStart < 0) {
            return ipv6;
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }
}

package io.universestudio.core.serve;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The addresses of this machine that another machine (a DC/OS cluster) can reach: every address of every
 * interface that is up, except loopback ({@code 127.0.0.1} reaches only this machine), multicast and IPv6
 * link-local (a URL given to a cluster cannot carry its zone).
 */
public final class ReachableAddresses {

    /** One address of one interface, e.g. {@code 192.168.1.20} on {@code wlan0}. */
    public record Address(String host, String interfaceName) {

        /** The repository URL a server bound here (or to all addresses) answers at. */
        public URI url(int port) {
            try {
                return ListeningUrls.url(InetAddress.getByName(host), port);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException("A listed address is not an address: " + host, e);
            }
        }
    }

    private ReachableAddresses() {
    }

    /** The reachable addresses, IPv4 first; empty when the machine has no network (or it cannot be listed). */
    public static List<Address> list() {
        List<Address> v4 = new ArrayList<>();
        List<Address> v6 = new ArrayList<>();
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nif.isUp() || nif.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isMulticastAddress() || a.isAnyLocalAddress()) {
                        continue;
                    }
                    String host = a.getHostAddress();
                    int zone = host.indexOf('%');
                    Address address = new Address(zone >= 0 ? host.substring(0, zone) : host, nif.getName());
                    (a instanceof Inet4Address ? v4 : v6).add(address);
                }
            }
        } catch (SocketException e) {
            // Interfaces cannot be listed: only loopback is certain, and it is not listed here.
            return List.of();
        }
        v4.addAll(v6);
        return List.copyOf(v4);
    }
}

package io.universestudio.core.serve;

import io.universestudio.core.index.TestRepos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListeningUrlsTest {

    @Test
    void allIpv4AddressesGiveOneUrlPerInterfaceAddressLoopbackLast() throws Exception {
        List<URI> urls = ListeningUrls.of(InetAddress.getByName("0.0.0.0"), 8085);
        List<String> ipv4 = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(ListeningUrlsTest::up)
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address).map(InetAddress::getHostAddress).toList();
        assertThat(urls).hasSize(ipv4.size());
        assertThat(urls).allSatisfy(u -> assertThat(u.toString()).matches("http://\\d+\\.\\d+\\.\\d+\\.\\d+:8085/repo")
                .doesNotContain("0.0.0.0"));
        assertThat(urls.get(urls.size() - 1)).isEqualTo(URI.create("http://127.0.0.1:8085/repo"));
    }

    @Test
    void allAddressesOfBothFamiliesLeaveOutLinkLocalAndFoldZeros() throws Exception {
        List<URI> urls = ListeningUrls.of(InetAddress.getByName("::"), 8085);
        assertThat(urls).isNotEmpty().allSatisfy(u -> assertThat(u.toString()).doesNotContain("[0:0:0:0:0:0:0:0]")
                .doesNotContain("fe80").doesNotContain("%"));
        assertThat(urls).contains(URI.create("http://127.0.0.1:8085/repo"));
        assertThat(ListeningUrls.of(InetAddress.getByName("127.0.0.1"), 80))
                .containsExactly(URI.create("http://127.0.0.1:80/repo"));
        assertThat(ListeningUrls.url(InetAddress.getByName("::1"), 9)).isEqualTo(URI.create("http://[::1]:9/repo"));
        assertThat(ListeningUrls.compressed("2001:db8:0:0:0:0:0:1")).isEqualTo("2001:db8::1");
        assertThat(ListeningUrls.compressed("fe80:0:0:0:1:0:0:1")).isEqualTo("fe80::1:0:0:1");
        assertThat(ListeningUrls.compressed("1:2:3:4:5:6:7:8")).isEqualTo("1:2:3:4:5:6:7:8");
    }

    @Test
    void aServerOnAllAddressesPrintsUsableUrlsAndAnswersOnLoopback(@TempDir Path repo) throws Exception {
        TestRepos.valid(repo, "alpha", 0, "1.0");
        try (RepositoryServer server = RepositoryServer.create(repo, "0.0.0.0", 0, java.time.Duration.ofMinutes(1),
                new io.universestudio.core.index.IndexGenerator()).start()) {
            assertThat(server.urls()).allSatisfy(u -> assertThat(u.getHost()).isNotEqualTo("0.0.0.0"));
            assertThat(server.urls()).contains(URI.create("http://127.0.0.1:" + server.port() + "/repo"));
            assertThat(server.repoAddCommand("x")).doesNotContain("0.0.0.0");
            assertThat(RawHttp.exchange(server.port(), "GET", "/repo", "Accept",
                    "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v4").status()).isEqualTo(200);
        }
    }

    private static boolean up(NetworkInterface i) {
        try {
            return i.isUp();
        } catch (java.net.SocketException e) {
            return false;
        }
    }
}

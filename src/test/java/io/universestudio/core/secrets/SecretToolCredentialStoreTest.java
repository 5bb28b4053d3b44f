package io.universestudio.core.secrets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The libsecret backend against a real Secret Service: a private D-Bus session bus and a GNOME Keyring
 * with a throw-away keyring in a temporary folder (never the user's own). Skipped, by assumption, where
 * dbus-daemon, gnome-keyring-daemon or secret-tool are not installed.
 */
class SecretToolCredentialStoreTest {

    @TempDir
    static Path home;

    private static Process bus;
    private static final Map<String, String> ENV = new HashMap<>();

    @BeforeAll
    static void startPrivateKeyring() throws Exception {
        Map<String, String> path = Map.of("PATH", System.getenv().getOrDefault("PATH", ""));
        assumeTrue(ToolRunner.onPath("dbus-daemon", path) && ToolRunner.onPath("gnome-keyring-daemon", path)
                && ToolRunner.onPath("secret-tool", path), "dbus-daemon, gnome-keyring-daemon or secret-tool is not installed");
        ENV.put("HOME", home.toString());
        ENV.put("XDG_DATA_HOME", home.resolve("data").toString());
        ENV.put("XDG_RUNTIME_DIR", Files.createDirectories(home.resolve("run")).toString());
        ENV.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        ProcessBuilder pb = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address=1");
        pb.environment().putAll(ENV);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        bus = pb.start();
        String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assumeTrue(address != null && !address.isBlank(), "a D-Bus session bus could not be started");
        ENV.put("DBUS_SESSION_BUS_ADDRESS", address.strip());

        ProcessBuilder keyring = new ProcessBuilder("gnome-keyring-daemon", "--unlock", "--components=secrets");
        keyring.environment().putAll(ENV);
        keyring.redirectErrorStream(true);
        keyring.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process k = keyring.start();
        try (OutputStream in = k.getOutputStream()) {
            in.write("test-keyring-password\n".getBytes(StandardCharsets.UTF_8));
        }
        assumeTrue(k.waitFor(20, TimeUnit.SECONDS), "gnome-keyring-daemon did not start");
        assumeTrue(SecretToolCredentialStore.available(ENV), "no Secret Service answers on the private bus");
    }

    @AfterAll
    static void stopBus() throws Exception {
        // The keyring daemon leaves when its bus goes away.
        if (bus != null) {
            bus.destroy();
            bus.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void storesReadsReplacesAndRemovesThroughTheKeyring() throws Exception {
        SecretToolCredentialStore store = new SecretToolCredentialStore("universe-studio-test", ENV);
        String token = "tok3n with spaces, quotes \" and ünïcode";
        assertThat(store.get("git-1")).isEmpty();
        store.put("git-1", Secret.of(token));
        assertThat(store.get("git-1").orElseThrow().reveal()).isEqualTo(token);
        store.put("git-1", Secret.of("second"));
        assertThat(store.get("git-1").orElseThrow().reveal()).isEqualTo("second");
        assertThat(store.remove("git-1")).isTrue();
        assertThat(store.get("git-1")).isEmpty();
        assertThat(store.remove("git-1")).isFalse();
        // The secret is in the keyring's encrypted file, not in plain text anywhere under the throw-away home.
        try (var files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).doesNotContain("tok3n");
            }
        }
    }

    @Test
    void anUnreachableKeyringIsAnErrorThatDoesNotCarryTheSecret() {
        Map<String, String> broken = new HashMap<>(ENV);
        broken.put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home.resolve("no-bus"));
        SecretToolCredentialStore store = new SecretToolCredentialStore("universe-studio-test", broken);
        try (LogCapture logs = new LogCapture()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.put("git-1", Secret.of("pw-S3CRET")))
                    .isInstanceOf(CredentialStoreException.class)
                    .hasMessageContaining("system keyring could not store")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("S3CRET"));
            assertThat(logs.all()).doesNotContain("S3CRET");
        }
        assertThat(SecretToolCredentialStore.available(broken)).isFalse();
    }

    @Test
    void theChooserPicksTheKeyringWhenItAnswers() {
        CredentialStore store = CredentialStores.forThisComputer(io.universestudio.core.io.OperatingSystem.LINUX,
                home.resolve("config"), ENV);
        assertThat(store).isInstanceOf(SecretToolCredentialStore.class);
    }
}

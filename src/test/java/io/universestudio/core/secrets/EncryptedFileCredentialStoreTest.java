package io.universestudio.core.secrets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class EncryptedFileCredentialStoreTest {

    private static final String TOKEN = "ghp_S3cr3tT0ken-ü-€";

    @TempDir
    Path dir;

    private Path folder() {
        return dir.resolve("config").resolve("credentials");
    }

    @Test
    void keepsSecretsAcrossInstancesAndRemovesThem() throws Exception {
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(folder());
        assertThat(store.get("git-1")).isEmpty();
        assertThat(store.remove("git-1")).isFalse();

        store.put("git-1", Secret.of(TOKEN));
        store.put("git-2", Secret.of("other"));
        store.put("git-2", Secret.of("replaced"));

        EncryptedFileCredentialStore again = new EncryptedFileCredentialStore(folder());
        assertThat(again.get("git-1").orElseThrow().reveal()).isEqualTo(TOKEN);
        assertThat(again.get("git-2").orElseThrow().reveal()).isEqualTo("replaced");
        assertThat(again.remove("git-1")).isTrue();
        assertThat(new EncryptedFileCredentialStore(folder()).get("git-1")).isEmpty();
        assertThat(again.get("git-2")).isPresent();
    }

    @Test
    void theFilesHoldNoPlainSecretAndAreOwnerOnly() throws Exception {
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(folder());
        store.put("git-1", Secret.of(TOKEN));
        Path data = folder().resolve(EncryptedFileCredentialStore.DATA_FILE);
        Path key = folder().resolve(EncryptedFileCredentialStore.KEY_FILE);
        String text = Files.readString(data);
        assertThat(text).doesNotContain(TOKEN).doesNotContain("S3cr3t")
                .doesNotContain(Base64.getEncoder().encodeToString(TOKEN.getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(key)).doesNotContain("S3cr3t");
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder()))).isEqualTo("rwx------");

        // A key file someone made readable to others is tightened again on use.
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        store.get("git-1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void tamperingAMovedEntryAndALostKeyAreReportedWithoutTheSecret() throws Exception {
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(folder());
        store.put("git-1", Secret.of(TOKEN));
        Path data = folder().resolve(EncryptedFileCredentialStore.DATA_FILE);

        // An entry copied under another name does not decrypt: the name is bound to the ciphertext.
        String moved = Files.readString(data).replace("\"git-1\"", "\"git-9\"");
        Files.writeString(data, moved);
        assertThatThrownBy(() -> store.get("git-9"))
                .isInstanceOf(CredentialStoreException.class)
                .hasMessageContaining("does not match the key file")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));

        Files.writeString(data, "{ not json");
        assertThatThrownBy(() -> store.get("git-9")).hasMessageContaining("not valid JSON");

        // Saving a new secret keeps the damaged file aside (never deleted) and starts afresh.
        store.put("git-1", Secret.of(TOKEN));
        assertThat(store.get("git-1").orElseThrow().reveal()).isEqualTo(TOKEN);
        try (var files = Files.list(folder())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anySatisfy(n -> assertThat(n).startsWith(EncryptedFileCredentialStore.DATA_FILE + ".corrupt-"));
        }
    }

    @Test
    void aLostKeySetsTheOldFileAsideOnTheNextSave() throws Exception {
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(folder());
        store.put("git-1", Secret.of(TOKEN));
        Files.delete(folder().resolve(EncryptedFileCredentialStore.KEY_FILE));
        assertThatThrownBy(() -> store.get("git-1")).hasMessageContaining("key file")
                .hasMessageContaining("missing");
        store.put("git-2", Secret.of("fresh"));
        assertThat(store.get("git-2").orElseThrow().reveal()).isEqualTo("fresh");
        assertThat(store.get("git-1")).isEmpty();
        try (var files = Files.list(folder())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anySatisfy(n -> assertThat(n).startsWith(EncryptedFileCredentialStore.DATA_FILE + ".corrupt-"));
        }
    }

    @Test
    void referencesAreCheckedAndSecretsDoNotShowThemselves() {
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(folder());
        assertThatThrownBy(() -> store.put("../escape", Secret.of("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.get("with space")).isInstanceOf(IllegalArgumentException.class);
        Secret s = Secret.of(TOKEN);
        assertThat(s.toString()).doesNotContain("S3cr3t").isEqualTo("Secret[hidden]");
        assertThat(String.valueOf(s)).doesNotContain("S3cr3t");
        s.clear();
        assertThat(s.reveal()).doesNotContain("S3cr3t");
        assertThat(Redaction.redact("error near " + TOKEN + " here", Secret.of(TOKEN)))
                .isEqualTo("error near [hidden] here");
    }

    @Test
    void nothingLoggedCarriesTheSecret() throws Exception {
        try (LogCapture logs = new LogCapture()) {
            EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(folder());
            store.put("git-1", Secret.of(TOKEN));
            Files.delete(folder().resolve(EncryptedFileCredentialStore.KEY_FILE));
            store.put("git-2", Secret.of(TOKEN)); // logs that the old file was set aside
            CredentialStores.forThisComputer(io.universestudio.core.io.OperatingSystem.OTHER, dir, java.util.Map.of("PATH", ""));
            assertThat(logs.all()).contains("was set aside").contains("Credentials are kept in").doesNotContain("S3cr3t");
        }
    }

    @Test
    void withoutASecretServiceTheEncryptedFileIsChosen() {
        CredentialStore store = CredentialStores.forThisComputer(io.universestudio.core.io.OperatingSystem.LINUX, dir,
                java.util.Map.of("PATH", "", "DBUS_SESSION_BUS_ADDRESS", ""));
        assertThat(store).isInstanceOf(EncryptedFileCredentialStore.class);
        assertThat(((EncryptedFileCredentialStore) store).folder()).isEqualTo(dir.resolve("credentials").toAbsolutePath());
        assertThat(store.description()).contains("encrypted file");
    }
}

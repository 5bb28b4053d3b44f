package io.universestudio.core.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.io.AsideFiles;
import io.universestudio.core.io.AtomicFiles;
import io.universestudio.core.json.JsonText;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Secrets in an encrypted file, for systems with no usable OS secret store. Each secret is encrypted on its
 * own with AES-256-GCM (a fresh 12-byte nonce each time, the reference as associated data so an entry
 * cannot be moved to another name). The key is a separate file. Both files, and the folder, are readable
 * only by the user (POSIX 0600/0700); on systems without POSIX permissions the folder's default access is
 * relied on. This protects against other users and against settings being shared or exported; it does not
 * protect against the user's own processes, which is what an OS secret store is for.
 */
public final class EncryptedFileCredentialStore implements CredentialStore {

    private static final System.Logger LOG = System.getLogger(EncryptedFileCredentialStore.class.getName());

    static final String KEY_FILE = "credentials.key";
    static final String DATA_FILE = "credentials.json";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path folder;
    /** Made when a secret is first saved: seeding it took the window's start about 9 ms, and most starts save none. */
    private SecureRandom random;

    public EncryptedFileCredentialStore(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    private synchronized SecureRandom random() {
        if (random == null) {
            random = new SecureRandom();
        }
        return random;
    }

    @Override
    public String description() {
        return "an encrypted file readable only by you (" + folder.resolve(DATA_FILE) + ")";
    }

    @Override
    public synchronized void put(String reference, Secret secret) throws CredentialStoreException {
        CredentialStore.requireReference(reference);
        SecretKey key = key(true);
        ObjectNode entries;
        try {
            entries = readEntries(key);
        } catch (CredentialStoreException damaged) {
            // A new secret is being saved: keep the damaged file aside (never deleted) and start afresh.
            setAside(folder.resolve(DATA_FILE), "damaged");
            entries = JsonText.mapper().createObjectNode();
        }
        byte[] plain = secret.revealUtf8();
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random().nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(reference.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain);
            entries.put(reference, Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array()));
        } catch (GeneralSecurityException e) {
            throw new CredentialStoreException("The credential could not be encrypted: " + e.getClass().getSimpleName(), e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
        writeEntries(entries);
    }

    @Override
    public synchronized Optional<Secret> get(String reference) throws CredentialStoreException {
        CredentialStore.requireReference(reference);
        if (!Files.exists(folder.resolve(DATA_FILE))) {
            return Optional.empty();
        }
        SecretKey key = key(false);
        JsonNode entry = readEntries(key).get(reference);
        if (entry == null || !entry.isTextual()) {
            return Optional.empty();
        }
        return Optional.of(decrypt(key, reference, entry.asText()));
    }

    @Override
    public synchronized boolean remove(String reference) throws CredentialStoreException {
        CredentialStore.requireReference(reference);
        if (!Files.exists(folder.resolve(DATA_FILE))) {
            return false;
        }
        ObjectNode entries = readEntries(key(false));
        if (entries.remove(reference) == null) {
            return false;
        }
        writeEntries(entries);
        return true;
    }

    private Secret decrypt(SecretKey key, String reference, String base64) throws CredentialStoreException {
        byte[] plain = null;
        try {
            byte[] all = Base64.getDecoder().decode(base64);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(reference.getBytes(StandardCharsets.US_ASCII));
            plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
            char[] value = new char[chars.remaining()];
            chars.get(value);
            Secret s = Secret.of(value);
            Arrays.fill(value, '\0');
            return s;
        } catch (AEADBadTagException e) {
            throw new CredentialStoreException("The saved credential \"" + reference + "\" does not match the key file"
                    + " (the file was changed or the key replaced). Enter the credential again.", e);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new CredentialStoreException("The saved credential \"" + reference + "\" is damaged. Enter it again.", e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    /** The key; made on first use. A data file without its key cannot be read and is set aside, not deleted. */
    private SecretKey key(boolean create) throws CredentialStoreException {
        Path keyFile = folder.resolve(KEY_FILE);
        try {
            if (Files.isRegularFile(keyFile)) {
                tightenPermissions(keyFile, OWNER_FILE);
                byte[] raw = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
                if (raw.length != KEY_BYTES) {
                    throw new CredentialStoreException("The key file " + keyFile + " is damaged; saved credentials"
                            + " cannot be read. Move it away and enter the credentials again.");
                }
                return new SecretKeySpec(raw, "AES");
            }
            Path data = folder.resolve(DATA_FILE);
            if (!create) {
                if (Files.exists(data)) {
                    throw new CredentialStoreException("The key file " + keyFile + " is missing, so the saved"
                            + " credentials cannot be read. Enter them again.");
                }
                return null;
            }
            if (Files.exists(data)) {
                setAside(data, "unreadable");
            }
            createPrivateFolder();
            byte[] raw = new byte[KEY_BYTES];
            random().nextBytes(raw);
            AtomicFiles.writePrivate(keyFile, Base64.getEncoder().encode(raw));
            tightenPermissions(keyFile, OWNER_FILE);
            return new SecretKeySpec(raw, "AES");
        } catch (IOException | IllegalArgumentException e) {
            throw new CredentialStoreException("The key file " + keyFile + " could not be read or written: "
                    + e.getMessage(), e);
        }
    }

    private static void setAside(Path data, String why) throws CredentialStoreException {
        Path aside;
        try {
            aside = AsideFiles.moveAside(data, Clock.systemUTC());
        } catch (IOException e) {
            throw new CredentialStoreException("The " + why + " credentials file " + data + " could not be set aside: "
                    + e.getMessage(), e);
        }
        LOG.log(System.Logger.Level.WARNING, "The credentials file was {0} and was set aside as {1}", why, aside);
    }

    private ObjectNode readEntries(SecretKey key) throws CredentialStoreException {
        Path data = folder.resolve(DATA_FILE);
        if (key == null || !Files.exists(data)) {
            return JsonText.mapper().createObjectNode();
        }
        try {
            tightenPermissions(data, OWNER_FILE);
            JsonNode root = JsonText.mapper().readTree(data.toFile());
            JsonNode entries = root == null ? null : root.get("entries");
            if (entries == null || !entries.isObject()) {
                throw new CredentialStoreException("The credentials file " + data + " is damaged. Move it away and"
                        + " enter the credentials again.");
            }
            return (ObjectNode) entries;
        } catch (IOException e) {
            throw new CredentialStoreException("The credentials file " + data + " could not be read: it is not"
                    + " valid JSON. Move it away and enter the credentials again.", e);
        }
    }

    private void writeEntries(ObjectNode entries) throws CredentialStoreException {
        ObjectNode root = JsonText.mapper().createObjectNode();
        root.put("format", "universe-studio-credentials/1 (AES-256-GCM, key in " + KEY_FILE + ")");
        root.set("entries", entries);
        Path data = folder.resolve(DATA_FILE);
        try {
            createPrivateFolder();
            AtomicFiles.writeStringPrivate(data, JsonText.pretty(root));
            tightenPermissions(data, OWNER_FILE);
        } catch (IOException e) {
            throw new CredentialStoreException("The credentials file " + data + " could not be written: "
                    + e.getMessage(), e);
        }
    }

    private void createPrivateFolder() throws IOException {
        Files.createDirectories(folder);
        tightenPermissions(folder, OWNER_DIR);
    }

    private static void tightenPermissions(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        if (!Files.getPosixFilePermissions(path).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }
}

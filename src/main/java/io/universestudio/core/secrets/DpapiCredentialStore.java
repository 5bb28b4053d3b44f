package io.universestudio.core.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.io.AtomicFiles;
import io.universestudio.core.json.JsonText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Windows: each secret is encrypted with DPAPI for the current user (PowerShell's
 * {@code ConvertFrom-SecureString} without a key) and the encrypted text is kept in a JSON file in the
 * user's settings folder. Only the same Windows user on the same machine can decrypt it. The secret goes
 * to PowerShell on standard input. (Written for Windows; not exercised by the tests on Linux.)
 */
public final class DpapiCredentialStore implements CredentialStore {

    static final String DATA_FILE = "credentials-dpapi.json";
    private static final String UTF8 = "[Console]::InputEncoding=[Text.Encoding]::UTF8;"
            + "[Console]::OutputEncoding=[Text.Encoding]::UTF8;";
    private static final String ENCRYPT = UTF8 + "$s=[Console]::In.ReadToEnd();"
            + "ConvertTo-SecureString -String $s -AsPlainText -Force | ConvertFrom-SecureString";
    private static final String DECRYPT = UTF8 + "$e=[Console]::In.ReadToEnd().Trim();"
            + "$p=[Runtime.InteropServices.Marshal]::SecureStringToBSTR((ConvertTo-SecureString -String $e));"
            + "try{[Console]::Out.Write([Runtime.InteropServices.Marshal]::PtrToStringBSTR($p))}"
            + "finally{[Runtime.InteropServices.Marshal]::ZeroFreeBSTR($p)}";

    private final Path folder;
    private final ToolRunner tool = new ToolRunner(Map.of());

    public DpapiCredentialStore(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public String description() {
        return "Windows data protection (DPAPI) for your user account";
    }

    @Override
    public synchronized void put(String reference, Secret secret) throws CredentialStoreException {
        CredentialStore.requireReference(reference);
        ToolRunner.Outcome o = powershell(ENCRYPT, secret.revealUtf8(), secret);
        if (!o.ok() || o.stdout().isBlank()) {
            throw new CredentialStoreException("Windows could not protect the credential \"" + reference + "\": "
                    + Redaction.redact(o.stderr(), secret));
        }
        ObjectNode entries = entries();
        entries.put(reference, o.stdout().strip());
        write(entries);
    }

    @Override
    public synchronized Optional<Secret> get(String reference) throws CredentialStoreException {
        CredentialStore.requireReference(reference);
        JsonNode entry = entries().get(reference);
        if (entry == null || !entry.isTextual()) {
            return Optional.empty();
        }
        ToolRunner.Outcome o = powershell(DECRYPT, entry.asText().getBytes(StandardCharsets.UTF_8), null);
        if (!o.ok()) {
            throw new CredentialStoreException("Windows could not unprotect the credential \"" + reference
                    + "\" (was it saved by another user or computer?). Enter it again.");
        }
        return Optional.of(Secret.of(o.stdout()));
    }

    @Override
    public synchronized boolean remove(String reference) throws CredentialStoreException {
        CredentialStore.requireReference(reference);
        ObjectNode entries = entries();
        if (entries.remove(reference) == null) {
            return false;
        }
        write(entries);
        return true;
    }

    private ToolRunner.Outcome powershell(String script, byte[] stdin, Secret secret) throws CredentialStoreException {
        try {
            return tool.run(List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-Command", script), stdin);
        } catch (IOException e) {
            throw new CredentialStoreException("PowerShell could not be run: " + Redaction.redact(e.getMessage(), secret), e);
        } finally {
            java.util.Arrays.fill(stdin, (byte) 0);
        }
    }

    private ObjectNode entries() throws CredentialStoreException {
        Path data = folder.resolve(DATA_FILE);
        if (!Files.exists(data)) {
            return JsonText.mapper().createObjectNode();
        }
        try {
            JsonNode root = JsonText.mapper().readTree(data.toFile());
            return root != null && root.isObject() ? (ObjectNode) root : JsonText.mapper().createObjectNode();
        } catch (IOException e) {
            throw new CredentialStoreException("The credentials file " + data + " is damaged. Move it away and enter"
                    + " the credentials again.", e);
        }
    }

    private void write(ObjectNode entries) throws CredentialStoreException {
        try {
            AtomicFiles.writeStringPrivate(folder.resolve(DATA_FILE), JsonText.pretty(entries));
        } catch (IOException e) {
            throw new CredentialStoreException("The credentials file could not be written: " + e.getMessage(), e);
        }
    }
}

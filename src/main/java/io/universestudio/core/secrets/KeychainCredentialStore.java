package io.universestudio.core.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The macOS login Keychain through the {@code security} command: one generic password per reference,
 * service {@code <service>}, account {@code <reference>}. To keep the secret out of the process list it is
 * written with {@code security -i}, which reads its command from standard input.
 * (Written for macOS; not exercised by the tests on Linux.)
 */
public final class KeychainCredentialStore implements CredentialStore {

    /** {@code security find-generic-password} exits with this when there is no such item. */
    private static final int NOT_FOUND = 44;

    private final String service;
    private final ToolRunner tool = new ToolRunner(Map.of());

    public KeychainCredentialStore(String service) {
        this.service = CredentialStore.requireReference(service);
    }

    @Override
    public String description() {
        return "the macOS Keychain";
    }

    @Override
    public void put(String reference, Secret secret) throws CredentialStoreException {
        CredentialStore.requireReference(reference);
        String command = "add-generic-password -U -s " + service + " -a " + reference + " -l \"Universe Studio: "
                + reference + "\" -w \"" + quote(secret.reveal()) + "\"\n";
        ToolRunner.Outcome o = run(List.of("/usr/bin/security", "-i"), command.getBytes(StandardCharsets.UTF_8), secret);
        if (!o.ok() || !o.stderr().isEmpty()) {
            throw failure("store", reference, o, secret);
        }
    }

    @Override
    public Optional<Secret> get(String reference) throws CredentialStoreException {
        CredentialStore.requireReference(reference);
        ToolRunner.Outcome o = run(List.of("/usr/bin/security", "find-generic-password", "-s", service, "-a",
                reference, "-w"), new byte[0], null);
        if (o.exitCode() == NOT_FOUND) {
            return Optional.empty();
        }
        if (!o.ok()) {
            throw failure("read", reference, o, null);
        }
        String value = o.stdout().endsWith("\n") ? o.stdout().substring(0, o.stdout().length() - 1) : o.stdout();
        return Optional.of(Secret.of(value));
    }

    @Override
    public boolean remove(String reference) throws CredentialStoreException {
        CredentialStore.requireReference(reference);
        ToolRunner.Outcome o = run(List.of("/usr/bin/security", "delete-generic-password", "-s", service, "-a",
                reference), new byte[0], null);
        if (o.exitCode() == NOT_FOUND) {
            return false;
        }
        if (!o.ok()) {
            throw failure("remove", reference, o, null);
        }
        return true;
    }

    /** {@code security -i} splits its input like a shell: backslash-escape quotes and backslashes. */
    private static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private ToolRunner.Outcome run(List<String> command, byte[] stdin, Secret secret) throws CredentialStoreException {
        try {
            return tool.run(command, stdin);
        } catch (IOException e) {
            throw new CredentialStoreException("The Keychain could not be reached: "
                    + Redaction.redact(e.getMessage(), secret), e);
        }
    }

    private static CredentialStoreException failure(String what, String reference, ToolRunner.Outcome o, Secret secret) {
        return new CredentialStoreException("The Keychain could not " + what + " the credential \"" + reference + "\": "
                + Redaction.redact(o.stderr().isEmpty() ? "security exited with " + o.exitCode() : o.stderr(), secret));
    }
}

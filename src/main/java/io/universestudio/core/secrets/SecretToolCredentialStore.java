package io.universestudio.core.secrets;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The freedesktop Secret Service (GNOME Keyring, KWallet) through libsecret's {@code secret-tool}: each
 * secret is an item with the attributes {@code service=<service> ref=<reference>}.
 */
public final class SecretToolCredentialStore implements CredentialStore {

    public static final String DEFAULT_SERVICE = "universe-studio";

    private final String service;
    private final ToolRunner tool;

    /** @param environment added to secret-tool's environment, e.g. {@code DBUS_SESSION_BUS_ADDRESS} */
    public SecretToolCredentialStore(String service, Map<String, String> environment) {
        this.service = CredentialStore.requireReference(service);
        this.tool = new ToolRunner(environment);
    }

    /** True when secret-tool is installed and a Secret Service answers on the session bus. */
    public static boolean available(Map<String, String> environment) {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.putAll(environment);
        if (!ToolRunner.onPath("secret-tool", env) || env.getOrDefault("DBUS_SESSION_BUS_ADDRESS", "").isEmpty()) {
            return false;
        }
        try {
            // A lookup of an absent item exits 1 quietly when the service works, and complains otherwise.
            ToolRunner.Outcome o = new ToolRunner(environment).run(List.of("secret-tool", "lookup",
                    "service", DEFAULT_SERVICE, "ref", "availability-probe"), new byte[0]);
            return o.ok() || o.stderr().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String description() {
        return "the system keyring (Secret Service, through secret-tool)";
    }

    @Override
    public void put(String reference, Secret secret) throws CredentialStoreException {
        CredentialStore.requireReference(reference);
        byte[] bytes = secret.revealUtf8();
        ToolRunner.Outcome o = run(List.of("secret-tool", "store", "--label=Universe Studio: " + reference,
                "service", service, "ref", reference), bytes, secret);
        java.util.Arrays.fill(bytes, (byte) 0);
        if (!o.ok()) {
            throw failure("store", reference, o, secret);
        }
    }

    @Override
    public Optional<Secret> get(String reference) throws CredentialStoreException {
        CredentialStore.requireReference(reference);
        ToolRunner.Outcome o = run(List.of("secret-tool", "lookup", "service", service, "ref", reference),
                new byte[0], null);
        if (o.ok()) {
            return Optional.of(Secret.of(o.stdout()));
        }
        if (o.stderr().isEmpty()) {
            return Optional.empty();
        }
        throw failure("read", reference, o, null);
    }

    @Override
    public boolean remove(String reference) throws CredentialStoreException {
        CredentialStore.requireReference(reference);
        if (get(reference).isEmpty()) {
            return false;
        }
        ToolRunner.Outcome o = run(List.of("secret-tool", "clear", "service", service, "ref", reference),
                new byte[0], null);
        if (!o.ok()) {
            throw failure("remove", reference, o, null);
        }
        return true;
    }

    private ToolRunner.Outcome run(List<String> command, byte[] stdin, Secret secret) throws CredentialStoreException {
        try {
            return tool.run(command, stdin);
        } catch (IOException e) {
            throw new CredentialStoreException("The system keyring could not be reached (secret-tool: "
                    + Redaction.redact(e.getMessage(), secret) + ").", e);
        }
    }

    private static CredentialStoreException failure(String what, String reference, ToolRunner.Outcome o, Secret secret) {
        return new CredentialStoreException("The system keyring could not " + what + " the credential \"" + reference
                + "\": " + Redaction.redact(o.stderr().isEmpty() ? "secret-tool exited with " + o.exitCode() : o.stderr(), secret));
    }
}

package io.universestudio.core.secrets;

import io.universestudio.core.io.OperatingSystem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Picks the credential store for this computer: the OS secret store where there is one, else the encrypted file. */
public final class CredentialStores {

    private static final System.Logger LOG = System.getLogger(CredentialStores.class.getName());

    private CredentialStores() {
    }

    /**
     * @param os             the operating system
     * @param settingsFolder the user's settings folder; the file-based stores keep their files in it
     * @param environment    extra environment for the OS tools (normally empty)
     */
    public static CredentialStore forThisComputer(OperatingSystem os, Path settingsFolder, Map<String, String> environment) {
        CredentialStore store = switch (os) {
            case MACOS -> Files.isExecutable(Path.of("/usr/bin/security"))
                    ? new KeychainCredentialStore(SecretToolCredentialStore.DEFAULT_SERVICE) : null;
            case WINDOWS -> new DpapiCredentialStore(settingsFolder);
            case LINUX, OTHER -> SecretToolCredentialStore.available(environment)
                    ? new SecretToolCredentialStore(SecretToolCredentialStore.DEFAULT_SERVICE, environment) : null;
        };
        if (store == null) {
            store = new EncryptedFileCredentialStore(settingsFolder.resolve("credentials"));
        }
        LOG.log(System.Logger.Level.INFO, "Credentials are kept in {0}", store.description());
        return store;
    }
}

package io.universestudio.core.settings;

import io.universestudio.core.secrets.CredentialStore;
import io.universestudio.core.secrets.CredentialStoreException;
import io.universestudio.core.secrets.Secret;

import java.util.Optional;

/**
 * The repositories preferences as one service for the window: add, edit, remove and test, keeping the
 * settings file and the credential store in step (a git repository's password goes to the store under the
 * entry's reference; removing the entry removes it). Saves are debounced by the {@link SettingsStore}.
 * Calls may block on the OS secret store: run them off the FX thread.
 */
public final class Repositories {

    private final SettingsStore store;
    private final CredentialStore credentials;
    private final RepositoryTester tester;
    private Settings current;

    public Repositories(SettingsStore store, CredentialStore credentials, Settings initial) {
        this.store = store;
        this.credentials = credentials;
        this.tester = new RepositoryTester(credentials);
        this.current = initial;
    }

    public synchronized Settings current() {
        return current;
    }

    /**
     * Adds a repository. For a git repository with {@code secret} present, the secret is stored first
     * and the entry points to it.
     *
     * @throws IllegalArgumentException with the entry's problems when it is not complete
     */
    public synchronized RepositorySettings add(RepositorySettings repository, Optional<Secret> secret)
            throws CredentialStoreException {
        RepositorySettings withRef = withCredential(repository, secret);
        Settings next = current.withAdded(withRef);
        storeSecret(withRef, secret);
        return commit(next, withRef);
    }

    /**
     * Replaces the entry with the same id. {@code secret}: present = new password, empty = keep the saved
     * one. Use {@link #forgetCredential} to drop a saved password.
     */
    public synchronized RepositorySettings update(RepositorySettings repository, Optional<Secret> secret)
            throws CredentialStoreException {
        RepositorySettings withRef = withCredential(repository, secret);
        Settings next = current.withReplaced(withRef);
        storeSecret(withRef, secret);
        return commit(next, withRef);
    }

    /** Removes the entry (and a server serving it) and its saved password. */
    public synchronized void remove(String id) throws CredentialStoreException {
        Optional<RepositorySettings> gone = current.find(id);
        if (gone.isEmpty()) {
            return;
        }
        current = current.withRemoved(id);
        store.save(current);
        if (gone.get().kind() instanceof RepositoryKind.GitRemote git && git.hasCredential()) {
            credentials.remove(git.credentialRef());
        }
    }

    /** Removes the saved password of a git entry; the entry then connects without one. */
    public synchronized RepositorySettings forgetCredential(String id) throws CredentialStoreException {
        RepositorySettings r = current.find(id).orElseThrow(() -> new IllegalArgumentException("No repository " + id));
        if (!(r.kind() instanceof RepositoryKind.GitRemote git) || !git.hasCredential()) {
            return r;
        }
        credentials.remove(git.credentialRef());
        RepositorySettings without = r.withKind(new RepositoryKind.GitRemote(git.url(), git.branch(), git.authorName(),
                git.authorEmail(), git.username(), ""));
        return commit(current.withReplaced(without), without);
    }

    /** Remembers where the built-in server listens, for the next start of the Server window. */
    public synchronized void rememberServerBind(String address) {
        if (!address.equals(current.serverBindAddress())) {
            current = current.withServerBindAddress(address);
            store.save(current);
        }
    }

    public synchronized void select(String id) {
        current = current.withSelected(id);
        store.save(current);
    }

    /** "Can I reach it and write to it?" for a saved entry or one being edited (not yet saved). */
    public RepositoryTestResult test(RepositorySettings repository) {
        Settings settings;
        synchronized (this) {
            settings = current;
        }
        return tester.test(repository, settings);
    }

    private RepositorySettings withCredential(RepositorySettings r, Optional<Secret> secret) {
        if (r.kind() instanceof RepositoryKind.GitRemote git && secret.isPresent() && !git.hasCredential()) {
            return r.withKind(new RepositoryKind.GitRemote(git.url(), git.branch(), git.authorName(), git.authorEmail(),
                    git.username(), r.defaultCredentialRef()));
        }
        return r;
    }

    private void storeSecret(RepositorySettings r, Optional<Secret> secret) throws CredentialStoreException {
        if (secret.isPresent() && r.kind() instanceof RepositoryKind.GitRemote git) {
            credentials.put(git.credentialRef(), secret.get());
        }
    }

    private RepositorySettings commit(Settings next, RepositorySettings r) {
        current = next;
        store.save(current);
        return r;
    }
}

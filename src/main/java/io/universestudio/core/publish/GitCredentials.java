package io.universestudio.core.publish;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * How to sign in to a git remote: the one type that publishing (GUI and CLI) and the repository test use.
 * Secrets are held as char arrays, handed only to JGit, and never appear in {@code toString}, messages or
 * logs; {@link #clear()} wipes them when done.
 */
public sealed interface GitCredentials {

    /**
     * The user name sent with a token when none is given: the one GitHub documents for app installation
     * tokens (its personal tokens accept any name); GitLab accepts any non-empty name with a personal,
     * project or group token. Bitbucket checks the name, so there the user gives it (ADR 0099).
     */
    String TOKEN_USER = "x-access-token";

    /** Applies these credentials to one transport (what both the commands and the repository test open). */
    void applyTo(Transport transport);

    /** Applies these credentials to a clone, fetch or push, through {@link #applyTo(Transport)}. */
    default void applyTo(TransportCommand<?, ?> command) {
        command.setTransportConfigCallback(this::applyTo);
    }

    /** {@code text} with the secret, should a server have echoed it, replaced by {@code [hidden]}. */
    default String redact(String text) {
        return text;
    }

    /** Overwrites the secret in memory. */
    default void clear() {
    }

    /** No credentials: file remotes, public repositories, ssh with the user's own agent. */
    static GitCredentials none() {
        return None.INSTANCE;
    }

    /** An access token for https remotes, sent as the password of {@link #TOKEN_USER}. */
    static GitCredentials token(char[] token) {
        return new UserPassword(TOKEN_USER, token);
    }

    /**
     * A saved sign-in as the repository settings hold it: a password or token with the user name given, or,
     * with no user name, a token alone. Publishing and the repository test both come through here.
     */
    static GitCredentials forSignIn(String user, char[] secret) {
        return user == null || user.isBlank() ? token(secret) : userPassword(user.strip(), secret);
    }

    static GitCredentials userPassword(String user, char[] password) {
        return new UserPassword(user, password);
    }

    /** An ssh private key file, used through the system's {@code ssh} program. */
    static GitCredentials sshKey(Path privateKey) {
        return new SshKey(privateKey);
    }

    enum None implements GitCredentials {
        INSTANCE;

        @Override
        public void applyTo(Transport transport) {
        }

        @Override
        public String toString() {
            return "no credentials";
        }
    }

    final class UserPassword implements GitCredentials {
        private final String user;
        private final char[] secret;

        private UserPassword(String user, char[] secret) {
            this.user = Objects.requireNonNull(user);
            this.secret = secret.clone();
        }

        @Override
        public void applyTo(Transport transport) {
            transport.setCredentialsProvider(new UsernamePasswordCredentialsProvider(user, secret));
        }

        @Override
        public String redact(String text) {
            if (text == null || secret.length == 0) {
                return text;
            }
            return text.replace(new String(secret), "[hidden]");
        }

        @Override
        public void clear() {
            Arrays.fill(secret, '\0');
        }

        @Override
        public String toString() {
            return "user " + user + " with a password (hidden)";
        }
    }

    final class SshKey implements GitCredentials {
        private final Path privateKey;

        private SshKey(Path privateKey) {
            this.privateKey = privateKey.toAbsolutePath().normalize();
        }

        public Path privateKey() {
            return privateKey;
        }

        @Override
        public void applyTo(Transport transport) {
            if (transport instanceof SshTransport ssh) {
                ssh.setSshSessionFactory(new ExternalSshSessionFactory(privateKey));
            }
        }

        @Override
        public String toString() {
            return "ssh key " + privateKey;
        }
    }
}

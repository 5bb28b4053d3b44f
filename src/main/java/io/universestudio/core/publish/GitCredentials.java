package io.universestudio.core.publish;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * How to sign in to a git remote. Secrets are held as char arrays, handed only to JGit, and never
 * appear in {@code toString}, messages or logs; {@link #clear()} wipes them when done.
 */
public sealed interface GitCredentials {

    /** Applies these credentials to a clone, fetch or push. */
    void applyTo(TransportCommand<?, ?> command);

    /** Overwrites the secret in memory. */
    default void clear() {
    }

    /** No credentials: file remotes, public repositories, ssh with the user's own agent. */
    static GitCredentials none() {
        return None.INSTANCE;
    }

    /** A personal access token for https remotes (GitHub, GitLab, Bitbucket accept it as the password). */
    static GitCredentials token(char[] token) {
        return new UserPassword("x-access-token", token);
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
        public void applyTo(TransportCommand<?, ?> command) {
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
        public void applyTo(TransportCommand<?, ?> command) {
            CredentialsProvider provider = new UsernamePasswordCredentialsProvider(user, secret);
            command.setCredentialsProvider(provider);
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
        public void applyTo(TransportCommand<?, ?> command) {
            ExternalSshSessionFactory factory = new ExternalSshSessionFactory(privateKey);
            command.setTransportConfigCallback(transport -> {
                if (transport instanceof SshTransport ssh) {
                    ssh.setSshSessionFactory(factory);
                }
            });
        }

        @Override
        public String toString() {
            return "ssh key " + privateKey;
        }
    }
}

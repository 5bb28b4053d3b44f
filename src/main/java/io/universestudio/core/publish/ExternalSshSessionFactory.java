package io.universestudio.core.publish;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RemoteSession;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.util.FS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs git's ssh commands through the system's {@code ssh} program with the configured key, the way
 * git itself does. JGit's own ssh client is a separate module this application does not ship; the
 * system's ssh already knows the user's known_hosts and config. Batch mode: it never prompts.
 */
final class ExternalSshSessionFactory extends SshSessionFactory {

    private final Path privateKey;

    ExternalSshSessionFactory(Path privateKey) {
        this.privateKey = privateKey;
    }

    @Override
    public RemoteSession getSession(URIish uri, CredentialsProvider credentialsProvider, FS fs, int tms) {
        return new RemoteSession() {
            @Override
            public Process exec(String command, int timeout) throws IOException {
                return new ProcessBuilder(commandLine(uri, command)).start();
            }

            @Override
            public void disconnect() {
            }
        };
    }

    /** {@code ssh -i KEY -o BatchMode=yes -o IdentitiesOnly=yes [-p PORT] [user@]host COMMAND} */
    List<String> commandLine(URIish uri, String command) {
        List<String> cmd = new ArrayList<>(List.of("ssh", "-i", privateKey.toString(), "-o", "BatchMode=yes",
                "-o", "IdentitiesOnly=yes"));
        if (uri.getPort() > 0) {
            cmd.add("-p");
            cmd.add(Integer.toString(uri.getPort()));
        }
        cmd.add((uri.getUser() == null ? "" : uri.getUser() + "@") + uri.getHost());
        cmd.add(command);
        return cmd;
    }

    @Override
    public String getType() {
        return "external-ssh";
    }
}

package io.universestudio.core.publish;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.util.FS;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A git remote that is a folder on this machine (a path or a {@code file://} URL). JGit pushes to such a
 * remote in-process, which skips the remote's hooks; so the push goes through the real
 * {@code git receive-pack} instead, which runs them ({@code pre-receive}, {@code update},
 * {@code post-receive} ...) and honours the remote's {@code receive.*} settings, as {@code git push} does.
 * Without git on this machine a remote with hooks is refused rather than written behind their back (ADR 0101).
 */
final class LocalGitRemote {

    /** The hooks git runs on the receiving side of a push. */
    static final List<String> RECEIVING_HOOKS = List.of("pre-receive", "update", "proc-receive",
            "reference-transaction", "push-to-checkout", "post-receive", "post-update");

    private final Path gitDir;

    private LocalGitRemote(Path gitDir) {
        this.gitDir = gitDir;
    }

    /** The remote as a local repository, if it is one (an existing folder named by path or file URL). */
    static Optional<LocalGitRemote> of(String remote) {
        URIish uri;
        try {
            uri = new URIish(remote);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        boolean local = (uri.getScheme() == null || uri.getScheme().equals("file")) && uri.getHost() == null
                && uri.getPath() != null;
        if (!local) {
            return Optional.empty();
        }
        File dir = FS.DETECTED.resolve(new File("."), uri.getPath()).getAbsoluteFile();
        if (new File(dir, Constants.DOT_GIT).isDirectory()) {
            dir = new File(dir, Constants.DOT_GIT);
        }
        return dir.isDirectory() ? Optional.of(new LocalGitRemote(dir.toPath())) : Optional.empty();
    }

    /** The receiving hooks the remote has (present and executable), by name. */
    List<String> hooks() {
        List<String> found = new ArrayList<>();
        try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build()) {
            for (String hook : RECEIVING_HOOKS) {
                if (repo.getFS().findHook(repo, hook) != null) {
                    found.add(hook);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not a repository JGit can open: the push reports that in its own words.
        }
        return found;
    }

    /** git on this machine: the first {@code git} (or {@code git.exe}) on the PATH. */
    static Optional<Path> gitExecutable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        String name = isWindows() ? "git.exe" : "git";
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir.strip()).resolve(name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }

    /**
     * The receive-pack command for JGit's local transport: anything but the plain {@code git receive-pack}
     * makes JGit start it as a process (through the shell, in the remote's folder) instead of in-process.
     */
    static String receivePackCommand(Path git) {
        String exe = git.toString();
        String quoted = isWindows() ? "\"" + exe + "\"" : "'" + exe.replace("'", "'\\''") + "'";
        return quoted + " receive-pack";
    }

    private static boolean isWindows() {
        return File.separatorChar == '\\';
    }
}

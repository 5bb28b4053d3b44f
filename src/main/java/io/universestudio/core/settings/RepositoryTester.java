package io.universestudio.core.settings;

import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.publish.GitCredentials;
import io.universestudio.core.secrets.CredentialStore;
import io.universestudio.core.secrets.CredentialStoreException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.NotSupportedException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.PushConnection;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Test" in the repositories preferences: can I reach this repository and write to it? Local folders: a
 * probe file is created and removed. Git: the remote is listed (ls-remote) with the stored credentials and
 * a push connection is opened, which servers refuse without write access; nothing is pushed. The built-in
 * server: its repository is usable and its address and port can be bound. Results are sentences, not
 * exceptions; no secret appears in them.
 */
public final class RepositoryTester {

    private static final int GIT_TIMEOUT_SECONDS = 20;

    private final CredentialStore credentials;

    public RepositoryTester(CredentialStore credentials) {
        this.credentials = credentials;
    }

    public RepositoryTestResult test(RepositorySettings repository, Settings settings) {
        List<String> problems = settings.problemsOf(repository);
        if (!problems.isEmpty()) {
            return RepositoryTestResult.failed("The settings of \"" + repository.name() + "\" are not complete.",
                    problems.toArray(String[]::new));
        }
        RepositoryKind kind = repository.kind();
        if (kind instanceof RepositoryKind.LocalFolder local) {
            return testLocal(local.path());
        }
        if (kind instanceof RepositoryKind.GitRemote git) {
            return testGit(git);
        }
        RepositoryKind.BuiltInServer server = (RepositoryKind.BuiltInServer) kind;
        return testServer(server, settings);
    }

    // ---- local folder ----

    RepositoryTestResult testLocal(Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return RepositoryTestResult.failed("The folder " + folder + " cannot be made: no part of its path exists.");
        }
        if (!Files.isDirectory(existing)) {
            return RepositoryTestResult.failed(existing + " is a file, not a folder.",
                    "Choose a folder for the local Universe repository.");
        }
        Path probe = existing.resolve(".universe-studio-write-test-" + ProcessHandle.current().pid());
        try {
            Files.writeString(probe, "probe");
        } catch (AccessDeniedException e) {
            return RepositoryTestResult.failed("You may not write to " + existing + ".",
                    "Choose another folder or change its permissions.");
        } catch (IOException e) {
            return RepositoryTestResult.failed("Nothing can be written to " + existing + ".", String.valueOf(e.getMessage()));
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException e) {
                // Reported below as a detail; the write itself worked.
            }
        }
        if (Files.exists(probe)) {
            return RepositoryTestResult.failed("A test file could be written but not removed in " + existing + ".",
                    "Remove " + probe + " by hand and check the folder's permissions.");
        }
        if (!existing.equals(folder)) {
            return RepositoryTestResult.ok("The folder " + folder + " does not exist yet; it will be created on the first publish.",
                    "Writing into " + existing + " works.");
        }
        if (UniverseRepository.isRepository(folder)) {
            return RepositoryTestResult.ok("The Universe repository in " + folder + " can be written to.");
        }
        return RepositoryTestResult.ok("The folder " + folder + " can be written to.",
                "It is not a Universe repository yet; publishing adds a packages/ folder to it.");
    }

    // ---- git ----

    RepositoryTestResult testGit(RepositoryKind.GitRemote git) {
        GitCredentials signIn;
        try {
            // The same sign-in as publishing: the same user name goes with a token alone (ADR 0099).
            signIn = SavedGitCredentials.load(git, credentials);
        } catch (CredentialStoreException e) {
            return RepositoryTestResult.failed(e.getMessage()); // a sentence for people, without the secret
        }
        String shownUrl = Urls.withoutUserInfo(git.url());
        URIish uri;
        try {
            uri = new URIish(git.url());
        } catch (URISyntaxException e) {
            signIn.clear();
            return RepositoryTestResult.failed("\"" + shownUrl + "\" is not a git URL.",
                    "Use a form such as https://github.com/you/universe.git or a path to a repository on disk.");
        }
        Path scratchDir = null;
        try {
            // Transports need a local repository to belong to: an empty, throw-away one.
            scratchDir = Files.createTempDirectory("universe-studio-repository-test");
            Map<String, Ref> refs;
            try (Repository scratch = Git.init().setBare(true).setDirectory(scratchDir.toFile()).call().getRepository()) {
                try (Transport transport = open(scratch, uri, signIn);
                     FetchConnection fetch = transport.openFetch()) {
                    refs = fetch.getRefsMap();
                }
                try (Transport transport = open(scratch, uri, signIn);
                     PushConnection push = transport.openPush()) {
                    // Opening a push connection asks the server for write access; nothing is sent.
                    push.getRefs();
                }
            }
            Optional<Path> local = localPath(uri);
            if (local.isPresent() && !Files.isWritable(gitObjectsDir(local.get()))) {
                return RepositoryTestResult.failed("The repository " + shownUrl + " can be read but not written to.",
                        "You may not write to " + gitObjectsDir(local.get()) + ".");
            }
            List<String> details = new ArrayList<>();
            if (refs.containsKey(Constants.R_HEADS + git.branch())) {
                details.add("The branch " + git.branch() + " exists.");
            } else {
                details.add("The branch " + git.branch() + " does not exist yet; the first publish creates it.");
            }
            return new RepositoryTestResult(true, "The git repository " + shownUrl + " can be reached and written to.", details);
        } catch (IOException | GitAPIException | RuntimeException e) {
            return gitFailure(shownUrl, e, signIn);
        } finally {
            signIn.clear();
            deleteTree(scratchDir);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover empty repository in the temp folder is harmless.
        }
    }

    private static Transport open(Repository scratch, URIish uri, GitCredentials signIn) throws IOException {
        Transport transport = Transport.open(scratch, uri);
        transport.setTimeout(GIT_TIMEOUT_SECONDS);
        signIn.applyTo(transport);
        return transport;
    }

    private static Optional<Path> localPath(URIish uri) {
        String scheme = uri.getScheme();
        if ((scheme == null || scheme.equals("file")) && uri.getHost() == null && uri.getPath() != null) {
            return Optional.of(Path.of(uri.getPath()));
        }
        return Optional.empty();
    }

    private static Path gitObjectsDir(Path repo) {
        Path dotGit = repo.resolve(".git");
        return (Files.isDirectory(dotGit) ? dotGit : repo).resolve("objects");
    }

    private static RepositoryTestResult gitFailure(String url, Exception e, GitCredentials signIn) {
        String detail = Urls.withoutUserInfo(signIn.redact(describe(e)));
        if (e instanceof NoRemoteRepositoryException || detail.contains("not found")
                || detail.contains("does not appear to be a git repository")) {
            return RepositoryTestResult.failed("There is no git repository at " + url + ".", detail);
        }
        String lower = detail.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("not authorized") || lower.contains("authentication") || lower.contains("401")
                || lower.contains("403") || lower.contains("no credentialsprovider")) {
            return RepositoryTestResult.failed("The server refused the credentials for " + url + ".",
                    "Check the user name and the password or token, and that it may write to the repository.", detail);
        }
        if (hasCause(e, UnknownHostException.class)) {
            return RepositoryTestResult.failed("The host of " + url + " could not be found.",
                    "Check the URL and the network connection.", detail);
        }
        if (hasCause(e, ConnectException.class) || hasCause(e, SocketTimeoutException.class)
                || lower.contains("connection refused") || lower.contains("timed out")) {
            return RepositoryTestResult.failed("Nothing answers at " + url + ".",
                    "Check the URL, the network connection and any proxy.", detail);
        }
        if (e instanceof NotSupportedException) {
            return RepositoryTestResult.failed("\"" + url + "\" is not a kind of URL git can use.", detail);
        }
        return RepositoryTestResult.failed("The git repository " + url + " could not be reached.", detail);
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && sb.indexOf(t.getMessage()) < 0) {
                if (sb.length() > 0) {
                    sb.append(": ");
                }
                sb.append(t.getMessage());
            }
        }
        return sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    // ---- built-in server ----

    RepositoryTestResult testServer(RepositoryKind.BuiltInServer server, Settings settings) {
        RepositorySettings served = settings.find(server.servesId()).orElseThrow();
        Path folder = ((RepositoryKind.LocalFolder) served.kind()).path();
        if (!UniverseRepository.isRepository(folder)) {
            return RepositoryTestResult.failed("\"" + served.name() + "\" (" + folder + ") is not a Universe repository yet.",
                    "Publish a package to it first; the server serves its packages/ folder.");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(server.bindAddress());
        } catch (UnknownHostException e) {
            return RepositoryTestResult.failed("\"" + server.bindAddress() + "\" is not an address of this computer.",
                    "Use 127.0.0.1 to serve only this computer.");
        }
        int port;
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, server.port()));
            port = socket.getLocalPort();
        } catch (BindException e) {
            return RepositoryTestResult.failed("Port " + server.port() + " on " + server.bindAddress()
                    + " is in use or not allowed.", "Is the server already running? Otherwise choose another port.",
                    String.valueOf(e.getMessage()));
        } catch (IOException e) {
            return RepositoryTestResult.failed("The server could not listen on " + server.bindAddress() + ":" + server.port() + ".",
                    String.valueOf(e.getMessage()));
        }
        List<String> details = new ArrayList<>();
        details.add("It will serve " + folder + ".");
        if (!address.isLoopbackAddress()) {
            details.add("Other computers on the network will be able to read the repository: "
                    + server.bindAddress() + " is not a loopback address.");
        }
        String where = server.port() == 0 ? server.bindAddress() + " (a free port, such as " + port + ")"
                : server.bindAddress() + ":" + server.port();
        return new RepositoryTestResult(true, "The server can listen on " + where + ".", details);
    }
}

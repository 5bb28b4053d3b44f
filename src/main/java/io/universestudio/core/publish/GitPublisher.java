package io.universestudio.core.publish;

import io.universestudio.core.index.RepoSchemas;
import io.universestudio.core.io.FileTrees;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.model.Revision;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.EmptyProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Publishes to a git repository in Universe layout (a fork of the Universe, or any repository): clone
 * or fetch into a cache folder, write the revision on a branch, commit, push. Never forces: if the
 * remote branch moved on, the push is rejected, the commit is taken back and the cache is left as it
 * was, and the result says so in plain words. A remote on this machine is pushed to through git's own
 * receive-pack so that its hooks run (ADR 0101); secrets never go in the URL and the clone cache is
 * private to the user (ADR 0102).
 */
public final class GitPublisher implements Publisher {

    private static final System.Logger LOG = System.getLogger(GitPublisher.class.getName());

    private final String remote;
    private final String branch;
    private final Path cacheRoot;
    private final GitCredentials credentials;
    private final String extraMessage;
    private final PublishCheck check;
    private final PersonIdent author;

    /**
     * @param remote       the repository URL (a path or file URL, git, https; ssh with a key in
     *                     {@code credentials}), without credentials in it: those are refused
     * @param branch       the branch to publish on (created from the remote's default branch if absent)
     * @param cacheRoot    where clones are kept between publishes
     * @param extraMessage more text for the commit message, or null
     */
    public GitPublisher(String remote, String branch, Path cacheRoot, GitCredentials credentials,
                        String extraMessage, RepoSchemas schemas) {
        this.remote = remote;
        this.branch = branch;
        this.cacheRoot = cacheRoot;
        this.credentials = credentials;
        this.extraMessage = extraMessage;
        this.check = new PublishCheck(schemas);
        this.author = null;
    }

    private GitPublisher(GitPublisher base, PersonIdent author) {
        this.remote = base.remote;
        this.branch = base.branch;
        this.cacheRoot = base.cacheRoot;
        this.credentials = base.credentials;
        this.extraMessage = base.extraMessage;
        this.check = base.check;
        this.author = author;
    }

    /**
     * The same publisher committing as {@code name <email>} (the repository's settings in the window);
     * without it, commits use the clone's git config or "Universe Studio".
     */
    public GitPublisher withAuthor(String name, String email) {
        if (name == null || name.isBlank() || email == null || email.isBlank()) {
            return this;
        }
        return new GitPublisher(this, new PersonIdent(name.strip(), email.strip()));
    }

    @Override
    public String target() {
        return "git " + redacted(remote) + " (branch " + branch + ")";
    }

    @Override
    public PublishResult publish(Revision revision, PublishProgress progress) {
        String name = revision.name().orElse(null);
        String version = revision.version().orElse(null);
        var refusal = check.refusal(revision, progress);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (!isValidBranch(branch)) {
            return PublishResult.refused(name, version, "\"" + branch + "\" is not a valid branch name.",
                    java.util.List.of());
        }
        String where = target();
        Optional<String> secretInUrl = credentialsInUrl(remote);
        if (secretInUrl.isPresent()) {
            return PublishResult.failed(name, version, where, secretInUrl.get());
        }
        Optional<LocalGitRemote> local = LocalGitRemote.of(remote);
        Optional<Path> gitProgram = local.isPresent() ? LocalGitRemote.gitExecutable() : Optional.empty();
        if (local.isPresent() && gitProgram.isEmpty() && !local.get().hooks().isEmpty()) {
            return PublishResult.failed(name, version, where, "The repository " + redacted(remote) + " has "
                    + String.join(" and ", local.get().hooks()) + " hooks, which only git itself can run, and git"
                    + " was not found on this machine (PATH). Install git and publish again. Nothing was changed.");
        }
        if (progress.isCancelled()) {
            return PublishResult.cancelled(name, version);
        }
        progress.step(PublishStep.PREPARING, "getting " + redacted(remote));
        Path cache;
        try {
            cache = cacheFor(progress);
        } catch (GitAPIException | IOException | JGitInternalException e) {
            if (progress.isCancelled()) {
                return PublishResult.cancelled(name, version);
            }
            return PublishResult.failed(name, version, where, "Could not get the repository " + redacted(remote)
                    + ": " + plain(e) + ". Nothing was changed.");
        }
        try (Git git = Git.open(cache.toFile())) {
            return publishIn(git, revision, progress, gitProgram.map(LocalGitRemote::receivePackCommand).orElse(null));
        } catch (IOException e) {
            return PublishResult.failed(name, version, where, "The cached copy in " + cache + " could not be"
                    + " opened: " + plain(e) + ". Nothing was pushed.");
        }
    }

    /** {@code receivePack}: the git receive-pack to push through (a remote on this machine), or null. */
    private PublishResult publishIn(Git git, Revision revision, PublishProgress progress, String receivePack) {
        String name = revision.name().orElseThrow();
        String version = revision.version().orElse("");
        String where = target();
        Repository repo = git.getRepository();
        Path workTree = repo.getWorkTree().toPath();
        String localRef = Constants.R_HEADS + branch;
        ObjectId branchBefore;
        String headBefore;
        try {
            Ref head = repo.exactRef(Constants.HEAD);
            headBefore = head != null && head.isSymbolic() ? head.getTarget().getName() : null;
            Ref local = repo.exactRef(localRef);
            branchBefore = local == null ? null : local.getObjectId();
        } catch (IOException e) {
            return PublishResult.failed(name, version, where, "The cached copy could not be read: " + plain(e));
        }
        ObjectId base;
        try {
            pointOriginAtRemote(repo);
            FetchResult fetched = fetch(git, progress);
            base = baseCommit(repo, fetched);
            checkoutOn(git, base);
        } catch (GitAPIException | IOException | JGitInternalException e) {
            restore(git, localRef, branchBefore, headBefore);
            if (progress.isCancelled()) {
                return PublishResult.cancelled(name, version);
            }
            return PublishResult.failed(name, version, where, "Could not get " + redacted(remote) + " ready: "
                    + plain(e) + ". Nothing was pushed.");
        }
        try {
            UniverseRepository universe = universeIn(workTree);
            var already = PublishCheck.sameVersion(universe, revision, n -> where);
            if (already.isPresent()) {
                restore(git, localRef, branchBefore, headBefore);
                return already.get();
            }
            int number = universe.nextRevisionNumber(name);
            Path revisionDir = universe.revisionDir(name, number);
            progress.step(PublishStep.WRITING, "revision " + number);
            writeStaged(repo, revision, revisionDir);
            if (progress.isCancelled()) {
                restore(git, localRef, branchBefore, headBefore);
                return PublishResult.cancelled(name, version);
            }
            progress.step(PublishStep.COMMITTING, name + " " + version + " revision " + number);
            String relative = workTree.relativize(revisionDir).toString().replace('\\', '/');
            git.add().addFilepattern(relative).call();
            PersonIdent who = author != null ? new PersonIdent(author, java.time.Instant.now(), java.time.ZoneId.systemDefault())
                    : author(repo);
            RevCommit commit = git.commit().setMessage(commitMessage(name, version, number))
                    .setAuthor(who).setCommitter(who).setSign(false).call();
            if (progress.isCancelled()) {
                restore(git, localRef, branchBefore, headBefore);
                return PublishResult.cancelled(name, version);
            }
            progress.step(PublishStep.PUSHING, redacted(remote) + " " + branch);
            String rejection = push(git, receivePack);
            if (rejection != null) {
                progress.step(PublishStep.ROLLING_BACK, "taking the commit back");
                restore(git, localRef, branchBefore, headBefore);
                return PublishResult.failed(name, version, where, rejection);
            }
            progress.step(PublishStep.DONE, commit.getName());
            return new PublishResult(PublishResult.Status.PUBLISHED, name, version, number, where + " " + relative,
                    commit.getName(), "Published " + name + " " + version + " as revision " + number + " on branch "
                    + branch + " of " + redacted(remote) + " (commit " + commit.abbreviate(10).name() + ").",
                    java.util.List.of());
        } catch (GitAPIException | IOException | RuntimeException e) {
            progress.step(PublishStep.ROLLING_BACK, "putting the cache back");
            restore(git, localRef, branchBefore, headBefore);
            return PublishResult.failed(name, version, where, "Publishing to " + redacted(remote) + " failed: "
                    + plain(e) + ". Nothing was pushed; the remote is as it was.");
        }
    }

    /** The cache folder for this remote, cloned now if it is not there yet (clone into a temp, then move). */
    private Path cacheFor(PublishProgress progress) throws GitAPIException, IOException {
        Path cache = cacheRoot.resolve(cacheKey(remote));
        if (Files.isDirectory(cache.resolve(".git"))) {
            PrivateFolders.restrict(cache);
            return cache;
        }
        PrivateFolders.createDirectories(cacheRoot);
        Path temp = cacheRoot.resolve(".clone-" + UUID.randomUUID());
        try {
            PrivateFolders.createDirectory(temp);
            // init + fetch rather than clone: works the same for empty remotes and remotes without a HEAD.
            try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch(branch).call()) {
                // No background auto-gc after this fetch: it would still hold gc.log.lock when the folder moves,
                // and the lock would be left behind in the cache.
                StoredConfig config = git.getRepository().getConfig();
                config.setBoolean(ConfigConstants.CONFIG_FETCH_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOGC, false);
                config.save();
                git.remoteAdd().setName(Constants.DEFAULT_REMOTE_NAME).setUri(new URIish(remote)).call();
                fetch(git, progress);
                config.unset(ConfigConstants.CONFIG_FETCH_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOGC);
                config.save();
            } catch (URISyntaxException e) {
                throw new IOException("\"" + redacted(remote) + "\" is not a repository URL", e);
            }
            FileTrees.deleteTree(cache);
            Files.move(temp, cache, StandardCopyOption.ATOMIC_MOVE);
            return cache;
        } finally {
            FileTrees.deleteTree(temp);
        }
    }

    private FetchResult fetch(Git git, PublishProgress progress) throws GitAPIException {
        var fetch = git.fetch().setRemote(Constants.DEFAULT_REMOTE_NAME).setRemoveDeletedRefs(true)
                .setProgressMonitor(new EmptyProgressMonitor() {
                    // Lets a long first fetch of a big Universe fork be cancelled.
                    @Override
                    public boolean isCancelled() {
                        return progress.isCancelled();
                    }
                });
        credentials.applyTo(fetch);
        return fetch.call();
    }

    /** The remote branch if it exists, else the remote's default branch, else nothing (an empty remote). */
    private ObjectId baseCommit(Repository repo, FetchResult fetched) throws IOException {
        Ref tracking = repo.exactRef(Constants.R_REMOTES + Constants.DEFAULT_REMOTE_NAME + "/" + branch);
        if (tracking != null) {
            return tracking.getObjectId();
        }
        Ref head = fetched.getAdvertisedRef(Constants.HEAD);
        return head == null ? null : head.getObjectId();
    }

    /** Points the local branch at {@code base} (or makes it unborn) and makes the work tree match exactly. */
    private void checkoutOn(Git git, ObjectId base) throws IOException, GitAPIException {
        Repository repo = git.getRepository();
        String localRef = Constants.R_HEADS + branch;
        RefUpdate link = repo.updateRef(Constants.HEAD);
        link.disableRefLog();
        link.link(localRef);
        if (base == null) {
            if (repo.exactRef(localRef) != null) {
                RefUpdate delete = repo.updateRef(localRef);
                delete.setForceUpdate(true);
                delete.delete();
            }
            clearIndexAndTree(git);
            return;
        }
        RefUpdate update = repo.updateRef(localRef);
        update.setNewObjectId(base);
        update.setForceUpdate(true);
        update.update();
        git.reset().setMode(ResetCommand.ResetType.HARD).setRef(base.name()).call();
        git.clean().setCleanDirectories(true).setForce(true).call();
    }

    private static void clearIndexAndTree(Git git) throws IOException {
        Repository repo = git.getRepository();
        var cache = repo.lockDirCache();
        cache.clear();
        cache.write();
        cache.commit();
        try (var files = Files.list(repo.getWorkTree().toPath())) {
            for (Path p : files.toList()) {
                if (!p.getFileName().toString().equals(Constants.DOT_GIT)) {
                    FileTrees.deleteTree(p);
                }
            }
        }
    }

    /** Puts the local branch, HEAD and work tree back to where they were before this publish. */
    private void restore(Git git, String localRef, ObjectId branchBefore, String headBefore) {
        try {
            Repository repo = git.getRepository();
            RefUpdate update = repo.updateRef(localRef);
            update.setForceUpdate(true);
            if (branchBefore == null) {
                if (repo.exactRef(localRef) != null) {
                    update.delete();
                }
            } else {
                update.setNewObjectId(branchBefore);
                update.update();
            }
            if (headBefore != null) {
                repo.updateRef(Constants.HEAD).link(headBefore);
            }
            Ref head = repo.exactRef(Constants.HEAD);
            if (head != null && head.getObjectId() != null) {
                git.reset().setMode(ResetCommand.ResetType.HARD).call();
                git.clean().setCleanDirectories(true).setForce(true).call();
            } else {
                clearIndexAndTree(git);
            }
        } catch (IOException | GitAPIException e) {
            LOG.log(System.Logger.Level.WARNING, "The git cache could not be put back; it is rebuilt from the"
                    + " remote on the next publish: " + plain(e));
        }
    }

    private static UniverseRepository universeIn(Path workTree) throws IOException {
        if (!UniverseRepository.isRepository(workTree)) {
            // An empty repository gets the Universe's own layout.
            Files.createDirectories(workTree.resolve("repo").resolve("packages"));
        }
        return UniverseRepository.open(workTree);
    }

    private static void writeStaged(Repository repo, Revision revision, Path revisionDir) throws IOException {
        Path staging = repo.getDirectory().toPath().resolve("universe-studio-staging-" + UUID.randomUUID());
        try {
            RevisionWriter.write(revision, staging);
            Files.createDirectories(revisionDir.getParent());
            try {
                Files.move(staging, revisionDir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, revisionDir);
            }
        } finally {
            FileTrees.deleteTree(staging);
        }
    }

    /**
     * Null when the push went through; otherwise why not, in plain words. {@code receivePack}, for a
     * remote on this machine, is the real git receive-pack, so that the remote's hooks run; else null.
     */
    private String push(Git git, String receivePack) throws GitAPIException {
        var push = git.push().setRemote(Constants.DEFAULT_REMOTE_NAME)
                .setRefSpecs(new RefSpec(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + branch));
        if (receivePack != null) {
            push.setReceivePack(receivePack);
        }
        credentials.applyTo(push);
        Iterable<PushResult> results;
        try {
            results = push.call();
        } catch (TransportException e) {
            return "The push to " + redacted(remote) + " failed: " + plain(e) + ". Nothing was changed on the"
                    + " remote, and the local copy was put back as it was.";
        }
        for (PushResult result : results) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                switch (update.getStatus()) {
                    case OK, UP_TO_DATE -> {
                    }
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                        return "The branch " + branch + " on " + redacted(remote) + " has new commits that were"
                                + " pushed while publishing, so the push was rejected. Nothing was changed on the"
                                + " remote and the local copy was put back; publish again to add the revision on"
                                + " top of the new commits.";
                    }
                    default -> {
                        String why = update.getMessage() == null ? update.getStatus().name() : update.getMessage();
                        String said = remoteSaid(result.getMessages());
                        return "The remote " + redacted(remote) + " refused the push to " + branch + " (" + why
                                + ")." + (said.isEmpty() ? "" : " It said: " + said)
                                + " Nothing was changed on the remote, and the local copy was put back.";
                    }
                }
            }
        }
        return null;
    }

    /**
     * Why the remote URL may not be used, if it carries a secret: a password, or for http(s) any user
     * part (tokens are often put there). JGit would store it in plain text in the clone's config.
     */
    static Optional<String> credentialsInUrl(String remote) {
        URIish uri;
        try {
            uri = new URIish(remote);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        boolean http = uri.getScheme() != null && uri.getScheme().toLowerCase(java.util.Locale.ROOT).startsWith("http");
        if (uri.getPass() == null && !(http && uri.getUser() != null)) {
            return Optional.empty();
        }
        return Optional.of("The remote URL " + redacted(remote) + " has a user name or password in it (user:…@), which"
                + " would be stored in plain text. Take it out of the URL and give the credentials another way: on"
                + " the command line with --token-env VAR (an access token) or --user NAME --password-env VAR; in"
                + " the window, in the repository's settings. Nothing was changed.");
    }

    /** The cache's origin is always this remote (a cache made by an older version may hold another URL). */
    private void pointOriginAtRemote(Repository repo) throws IOException {
        var config = repo.getConfig();
        if (!remote.equals(config.getString("remote", Constants.DEFAULT_REMOTE_NAME, "url"))) {
            config.setString("remote", Constants.DEFAULT_REMOTE_NAME, "url", remote);
            config.save();
        }
    }

    /** What the remote's hooks printed, on one line, without control characters, at most 500 characters. */
    static String remoteSaid(String messages) {
        if (messages == null) {
            return "";
        }
        String line = messages.replaceAll("(?m)^remote: ?", "").replaceAll("\\p{Cntrl}+", " ").strip()
                .replaceAll(" {2,}", " ");
        return line.length() > 500 ? line.substring(0, 500) + "…" : line;
    }

    private String commitMessage(String name, String version, int number) {
        String subject = "Publish " + name + " " + version + " as revision " + number;
        return extraMessage == null || extraMessage.isBlank() ? subject : subject + "\n\n" + extraMessage.strip();
    }

    private static PersonIdent author(Repository repo) {
        var user = repo.getConfig().get(org.eclipse.jgit.lib.UserConfig.KEY);
        boolean configured = repo.getConfig().getString("user", null, "name") != null;
        return configured ? new PersonIdent(user.getAuthorName(), user.getAuthorEmail())
                : new PersonIdent("Universe Studio", "universe-studio@localhost");
    }

    static boolean isValidBranch(String branch) {
        return branch != null && Repository.isValidRefName(Constants.R_HEADS + branch);
    }

    /** One cache folder per remote (credentials in the URL do not count). */
    static String cacheKey(String remote) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(redacted(remote).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The URL without any user info, so a password in it is never shown or logged. */
    static String redacted(String remote) {
        try {
            URIish uri = new URIish(remote);
            if (uri.getPass() != null || (uri.getUser() != null && uri.getScheme() != null
                    && uri.getScheme().startsWith("http"))) {
                return uri.setUser(null).setPass(null).toString();
            }
            return remote;
        } catch (URISyntaxException e) {
            return remote.replaceAll("//[^/@]*@", "//");
        }
    }

    private String plain(Exception e) {
        Throwable shown = e instanceof InvalidRemoteException && e.getCause() != null ? e.getCause() : e;
        String m = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        return m.replace(remote, redacted(remote));
    }
}

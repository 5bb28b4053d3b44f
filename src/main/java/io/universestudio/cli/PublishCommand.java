package io.universestudio.cli;

import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.io.RevisionLoadException;
import io.universestudio.core.io.RevisionPaths;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.model.Revision;
import io.universestudio.core.publish.GitCredentials;
import io.universestudio.core.publish.GitPublisher;
import io.universestudio.core.publish.LocalUniversePublisher;
import io.universestudio.core.publish.PublishResult;
import io.universestudio.core.publish.PublishReview;
import io.universestudio.core.publish.Publisher;
import io.universestudio.core.validate.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publish a package revision as the next revision in a repository.",
                "Only a package a cluster can install is published: one without errors, whose template renders a"
                        + " Marathon app with its defaults (options without a default that the installer must give"
                        + " are named).",
                "Its warnings are listed; with --strict they refuse the publish.",
                "A changed package needs a new version: a version the repository already holds is refused.",
                "  --to local:PATH   a Universe folder on this machine (its index in PATH/target is rebuilt)",
                "  --to git:URL      a git repository in Universe layout (file, https, ssh or git URL, or the folder",
                "                    of a bare repository): the revision is committed on --branch and pushed;",
                "                    never forced. The remote's hooks run; credentials never go in the URL.",
                "Secrets are read from environment variables, never from the command line.",
                "Exit codes: 0 published (or already there), 1 refused (errors, not installable, a version already"
                        + " there, or warnings with --strict), 2 could not publish."})
final class PublishCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "REVISION_DIR",
            description = "The package revision folder or its package.json.")
    private Path revisionDir;

    @CommandLine.Option(names = "--strict", description = "Refuse to publish a package that has warnings.")
    private boolean strict;

    @CommandLine.Option(names = "--to", required = true, paramLabel = "TARGET",
            description = "Where to publish: local:PATH or git:URL (a plain folder path means local, a URL git).")
    private String to;

    @CommandLine.Option(names = "--branch", paramLabel = "B",
            description = "The git branch to publish on (universe-studio/<package name> by default).")
    private String branch;

    @CommandLine.Option(names = "--message", paramLabel = "M", description = "Add this text to the git commit message.")
    private String message;

    @CommandLine.Option(names = "--token-env", paramLabel = "VAR",
            description = "The environment variable holding an https access token.")
    private String tokenEnv;

    @CommandLine.Option(names = "--user", paramLabel = "USER", description = "The user name for https.")
    private String user;

    @CommandLine.Option(names = "--password-env", paramLabel = "VAR",
            description = "The environment variable holding the https password for --user.")
    private String passwordEnv;

    @CommandLine.Option(names = "--ssh-key", paramLabel = "FILE", description = "The private key for ssh remotes.")
    private Path sshKey;

    @CommandLine.Option(names = "--cache", paramLabel = "DIR",
            description = "Where git clones are kept (the user's cache folder by default).")
    private Path cache;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Revision revision;
        Path folder = RevisionPaths.folderOf(revisionDir);
        try {
            revision = RevisionReader.read(folder);
        } catch (RevisionLoadException e) {
            err.println(e.getMessage());
            return StudioCommand.COULD_NOT_RUN;
        }
        // The same review the publisher makes, first, so warnings are listed and --strict can stop here.
        PublishReview review = PublishReview.of(revision);
        print(out, review.publishable() ? review.warnings() : review.refusalProblems());
        if (!review.publishable()) {
            out.println(review.refusal());
            return StudioCommand.INPUT_HAS_ERRORS;
        }
        if (strict && !review.warnings().isEmpty()) {
            int n = review.warnings().size();
            out.println("The package has " + n + (n == 1 ? " warning" : " warnings") + "; with --strict nothing was"
                    + " published. Fix " + (n == 1 ? "it" : "them") + ", or publish without --strict.");
            return StudioCommand.INPUT_HAS_ERRORS;
        }
        review.installerNote().ifPresent(out::println);
        GitCredentials credentials;
        try {
            credentials = credentials();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return StudioCommand.COULD_NOT_RUN;
        }
        Publisher publisher = publisher(revision, credentials);
        out.println("Publishing " + folder + " to " + publisher.target());
        PublishResult result;
        try {
            result = publisher.publish(revision, (step, detail) -> {
                out.println("  " + step.label() + (detail == null || detail.isEmpty() ? "" : ": " + detail));
                out.flush();
            });
        } finally {
            credentials.clear();
        }
        print(out, result.problems());
        (result.status() == PublishResult.Status.FAILED ? err : out).println(result.message());
        return switch (result.status()) {
            case PUBLISHED, UNCHANGED -> StudioCommand.OK;
            case REFUSED -> StudioCommand.INPUT_HAS_ERRORS;
            case FAILED, CANCELLED -> StudioCommand.COULD_NOT_RUN;
        };
    }

    private static void print(PrintWriter out, java.util.List<Problem> problems) {
        for (Problem p : problems) {
            out.println(p.severity().label() + " " + p.code() + (p.where().isEmpty() ? "" : " " + p.where()) + ": "
                    + p.message());
        }
    }

    private Publisher publisher(Revision revision, GitCredentials credentials) {
        IndexGenerator generator = new IndexGenerator();
        if (to.startsWith("local:")) {
            return new LocalUniversePublisher(Path.of(to.substring("local:".length())), generator);
        }
        boolean gitPrefix = to.startsWith("git:") && !to.startsWith("git://");
        String url = gitPrefix ? to.substring("git:".length()) : to;
        if (!gitPrefix && !isGitTarget(url)) {
            return new LocalUniversePublisher(Path.of(url), generator);
        }
        String b = branch != null ? branch : "universe-studio/" + revision.name().orElse("package");
        return new GitPublisher(url, b, cache != null ? cache : defaultCache(), credentials, message,
                generator.schemas());
    }

    /**
     * Whether a target without a prefix is a git repository: a URL (any scheme, or ssh's user@host:path),
     * a folder that holds a bare repository (known by its content, whatever its name), or a path not there
     * yet that ends in .git. A folder with a work tree is a local Universe folder.
     */
    static boolean isGitTarget(String target) {
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || target.matches("^[^/\\\\]+@[^/:]+:.*")) {
            return true;
        }
        Path path;
        try {
            path = Path.of(target);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
        if (java.nio.file.Files.isDirectory(path)) {
            return UniverseRepository.isBareGitRepository(path);
        }
        return target.endsWith(".git");
    }

    private GitCredentials credentials() {
        if (tokenEnv != null) {
            return GitCredentials.token(secretFrom(tokenEnv));
        }
        if (user != null) {
            if (passwordEnv == null) {
                throw new IllegalArgumentException("--user needs --password-env VAR (the password is never taken"
                        + " from the command line).");
            }
            return GitCredentials.userPassword(user, secretFrom(passwordEnv));
        }
        if (sshKey != null) {
            return GitCredentials.sshKey(sshKey);
        }
        return GitCredentials.none();
    }

    private static char[] secretFrom(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("The environment variable " + variable + " is not set.");
        }
        return value.toCharArray();
    }

    private static Path defaultCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("universe-studio").resolve("git");
    }
}

package io.universestudio.core.io;

import io.universestudio.core.model.RevisionNumbers;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.util.FS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Universe repository on disk: a folder holding {@code packages/} or {@code repo/packages/} with the
 * {@code <LETTER>/<name>/<revision>/} layout. The tree is read afresh on every call, so what is listed is
 * what is on disk now.
 */
public final class UniverseRepository {

    private static final Pattern LETTER = Pattern.compile("^[A-Z]$");

    private final Path root;
    private final Path packagesDir;

    private UniverseRepository(Path root, Path packagesDir) {
        this.root = root;
        this.packagesDir = packagesDir;
    }

    /** Opens an existing repository: {@code root} holds {@code packages/} or {@code repo/packages/}. */
    public static UniverseRepository open(Path root) throws IOException {
        Path r = root.toAbsolutePath().normalize();
        return packagesDirOf(r).map(p -> new UniverseRepository(r, p))
                .orElseThrow(() -> new IOException(r + " is not a Universe repository: it has neither"
                        + " packages/ nor repo/packages/."));
    }

    /**
     * Opens the repository at {@code root}, creating an empty {@code packages/} folder if it has none.
     * A bare git repository is refused: files written into it would be lost to git and may damage it.
     */
    public static UniverseRepository openOrCreate(Path root) throws IOException {
        Path r = root.toAbsolutePath().normalize();
        Optional<Path> existing = packagesDirOf(r);
        if (existing.isPresent()) {
            return new UniverseRepository(r, existing.get());
        }
        if (isBareGitRepository(r)) {
            throw new IOException(r + " is a bare git repository, not a Universe folder, so nothing was written"
                    + " into it; publish to it as a git repository (git:" + r + ")");
        }
        Path packages = r.resolve("packages");
        Files.createDirectories(packages);
        return new UniverseRepository(r, packages);
    }

    /**
     * Whether the folder is a bare git repository, known by its content as git knows it (HEAD, objects/
     * and refs/), whatever its name.
     */
    public static boolean isBareGitRepository(Path folder) {
        return Files.isDirectory(folder) && !Files.exists(folder.resolve(".git"))
                && RepositoryCache.FileKey.isGitRepository(folder.toFile(), FS.DETECTED);
    }

    /**
     * The folder package files may link within: the one holding {@code packages/} (for a
     * {@code repo/packages/} layout that is {@code repo/}, the tighter of the two readings).
     */
    public static Path linkBoundary(Path packagesDir) {
        Path parent = packagesDir.toAbsolutePath().normalize().getParent();
        return parent == null ? packagesDir : parent;
    }

    public static boolean isRepository(Path root) {
        return packagesDirOf(root.toAbsolutePath().normalize()).isPresent();
    }

    private static Optional<Path> packagesDirOf(Path root) {
        for (Path candidate : List.of(root.resolve("packages"), root.resolve("repo").resolve("packages"))) {
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public Path root() {
        return root;
    }

    public Path packagesDir() {
        return packagesDir;
    }

    /** Every package in the Universe layout, sorted by name. */
    public List<PackageFolder> packages() throws IOException {
        List<PackageFolder> out = new ArrayList<>();
        scan(out, new ArrayList<>());
        out.sort(Comparator.comparing(PackageFolder::name));
        return out;
    }

    /** What does not fit the layout: stray files, bad letter folders, non-numeric revisions. */
    public List<LayoutIssue> layoutIssues() throws IOException {
        List<LayoutIssue> issues = new ArrayList<>();
        scan(new ArrayList<>(), issues);
        return issues;
    }

    private void scan(List<PackageFolder> packages, List<LayoutIssue> issues) throws IOException {
        if (PackageFileReader.leadsOutside(packagesDir, root)) {
            // The packages folder itself: a link out of the folder the user opened is not followed.
            issues.add(new LayoutIssue(LayoutIssue.Kind.LINK_OUTSIDE, packagesDir, "The packages folder is a symbolic"
                    + " link out of the repository folder; it is not followed."));
            return;
        }
        for (Path letterDir : list(packagesDir)) {
            String letter = letterDir.getFileName().toString();
            if (outside(letterDir, issues)) {
                continue;
            }
            if (!Files.isDirectory(letterDir)) {
                issues.add(new LayoutIssue(LayoutIssue.Kind.STRAY_FILE, letterDir,
                        "\"" + letter + "\" is a file among the letter folders; the Universe's scripts would fail on it."));
                continue;
            }
            if (!LETTER.matcher(letter).matches()) {
                issues.add(new LayoutIssue(LayoutIssue.Kind.BAD_LETTER_FOLDER, letterDir,
                        "The folder \"" + letter + "\" should be a single capital letter."));
                continue;
            }
            for (Path packageDir : listOrReport(letterDir, issues)) {
                String name = packageDir.getFileName().toString();
                if (outside(packageDir, issues)) {
                    continue;
                }
                if (!Files.isDirectory(packageDir)) {
                    issues.add(new LayoutIssue(LayoutIssue.Kind.STRAY_FILE, packageDir,
                            "\"" + name + "\" is a file among the packages of " + letter + "."));
                    continue;
                }
                if (!PackageNames.isValid(name)) {
                    issues.add(new LayoutIssue(LayoutIssue.Kind.BAD_PACKAGE_FOLDER, packageDir,
                            "\"" + name + "\" is not a valid package folder name."));
                }
                if (!PackageNames.isValid(name) || !PackageNames.letterOf(name).equals(letter)) {
                    if (PackageNames.isValid(name)) {
                        issues.add(new LayoutIssue(LayoutIssue.Kind.WRONG_LETTER, packageDir,
                                "\"" + name + "\" is under " + letter + " but belongs under "
                                        + PackageNames.letterOf(name) + "."));
                    }
                }
                packages.add(new PackageFolder(name, letter, packageDir, revisionsOf(packageDir, issues)));
            }
        }
    }

    /** True (and reported) when {@code dir} is a link leading out of the repository or to nothing. */
    private boolean outside(Path dir, List<LayoutIssue> issues) {
        if (!Files.isSymbolicLink(dir) || !PackageFileReader.leadsOutside(dir, linkBoundary(packagesDir))) {
            return false;
        }
        issues.add(new LayoutIssue(LayoutIssue.Kind.LINK_OUTSIDE, dir, "\"" + root.relativize(dir).toString()
                .replace('\\', '/') + "\" is a symbolic link out of the repository folder (or to nothing); it is not"
                + " followed."));
        return true;
    }

    private List<RevisionFolder> revisionsOf(Path packageDir, List<LayoutIssue> issues) {
        List<RevisionFolder> numbered = new ArrayList<>();
        List<RevisionFolder> others = new ArrayList<>();
        for (Path dir : listOrReport(packageDir, issues)) {
            String name = dir.getFileName().toString();
            if (outside(dir, issues)) {
                continue;
            }
            if (!Files.isDirectory(dir)) {
                issues.add(new LayoutIssue(LayoutIssue.Kind.STRAY_FILE, dir,
                        "\"" + name + "\" is a file among the revisions of " + packageDir.getFileName() + "."));
                continue;
            }
            RevisionFolder rf = new RevisionFolder(name, dir);
            if (rf.number().isPresent()) {
                numbered.add(rf);
            } else {
                others.add(rf);
                issues.add(new LayoutIssue(LayoutIssue.Kind.NON_NUMERIC_REVISION, dir,
                        "The revision folder \"" + name + "\" of " + packageDir.getFileName()
                                + " is not a number; the Universe's scripts stop with an error on it."));
            }
        }
        numbered.sort(Comparator.comparingInt(r -> r.number().getAsInt()));
        List<RevisionFolder> all = new ArrayList<>(numbered);
        all.addAll(others);
        return all;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    /** The folder's entries; a folder that cannot be listed is reported and counts as empty. */
    private static List<Path> listOrReport(Path dir, List<LayoutIssue> issues) {
        try {
            return list(dir);
        } catch (IOException | java.io.UncheckedIOException e) {
            boolean denied = e instanceof java.nio.file.AccessDeniedException
                    || e.getCause() instanceof java.nio.file.AccessDeniedException;
            issues.add(new LayoutIssue(LayoutIssue.Kind.UNREADABLE, dir, "The folder \"" + dir.getFileName()
                    + "\" cannot be read: " + (denied ? "permission denied (its permissions do not let this user"
                    + " list it)" : IoMessages.plain(e)) + "."));
            return List.of();
        }
    }

    /** The package's folder, whether or not it exists yet. The name is checked first. */
    public Path packageDir(String name) {
        PackageNames.requireSafe(name);
        Path dir = packagesDir.resolve(PackageNames.letterOf(name)).resolve(name).normalize();
        if (!dir.startsWith(packagesDir)) {
            throw new IllegalArgumentException("The package name " + name + " leads outside the repository.");
        }
        return dir;
    }

    public Optional<PackageFolder> find(String name) throws IOException {
        Path dir = packageDir(name);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<LayoutIssue> issues = new ArrayList<>();
        List<RevisionFolder> revisions = revisionsOf(dir, issues);
        for (LayoutIssue issue : issues) {
            if (issue.kind() == LayoutIssue.Kind.UNREADABLE && issue.path().equals(dir)) {
                throw new java.nio.file.AccessDeniedException(dir.toString(), null, issue.message());
            }
        }
        return Optional.of(new PackageFolder(name, PackageNames.letterOf(name), dir, revisions));
    }

    /** One more than the highest revision number of the package; 0 for a new package. */
    public int nextRevisionNumber(String name) throws IOException {
        OptionalInt latest = find(name).map(PackageFolder::latestNumber).orElse(OptionalInt.empty());
        return latest.isPresent() ? latest.getAsInt() + 1 : 0;
    }

    public Path revisionDir(String name, int revision) {
        if (revision < 0) {
            throw new IllegalArgumentException("Revision numbers start at 0.");
        }
        return packageDir(name).resolve(Integer.toString(revision));
    }

    /** Creates the empty folder for the package's next revision and returns it. */
    public Path createNextRevisionDir(String name) throws IOException {
        Path dir = revisionDir(name, nextRevisionNumber(name));
        Files.createDirectories(dir.getParent());
        Files.createDirectory(dir);
        return dir;
    }

    /** Parses a revision folder name; exposed for callers that hold raw names. */
    public static OptionalInt revisionNumber(String folderName) {
        return RevisionNumbers.parse(folderName);
    }
}

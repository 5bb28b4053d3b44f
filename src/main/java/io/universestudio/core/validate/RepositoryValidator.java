package io.universestudio.core.validate;

import io.universestudio.core.concurrent.InOrderWork;
import io.universestudio.core.io.LayoutIssue;
import io.universestudio.core.io.PackageFolder;
import io.universestudio.core.io.RevisionFolder;
import io.universestudio.core.io.RevisionLoadException;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.model.Revision;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Validates a whole repository: every revision (as {@link Validator} does), plus what only shows at the
 * repository level: the folder layout (stray files, letter folders, packages under the wrong letter,
 * non-numeric revisions) and two folders that give the same revision number ({@code 7} and {@code 007}).
 * Every problem's {@code subject} is its path relative to the repository root. Never throws for content.
 */
public final class RepositoryValidator {

    /** Codes the per-revision folder rules would repeat for every revision of a package; the layout scan says them once. */
    private static final Set<String> LAYOUT_CODES = Set.of("PKG-LETTER-FOLDER", "PKG-FOLDER-NAME", "PKG-WRONG-LETTER",
            "REV-NOT-NUMBER");

    private final Validator validator;

    public RepositoryValidator(Validator validator) {
        this.validator = validator;
    }

    public RepositoryValidator() {
        this(new Validator());
    }

    /**
     * Validates every revision; {@code progress} hears each revision's path as it is done, possibly from
     * several worker threads at once.
     */
    public ValidationReport validate(UniverseRepository repository, Consumer<String> progress) {
        List<Problem> out = new ArrayList<>();
        Path root = repository.root();
        List<PackageFolder> packages;
        try {
            for (LayoutIssue issue : repository.layoutIssues()) {
                out.add(layoutProblem(issue).withSubject(relative(root, issue.path())));
            }
            packages = repository.packages();
        } catch (IOException e) {
            out.add(Problem.error("REPO-UNREADABLE").subject(relative(root, repository.packagesDir()))
                    .hint("Check that the folder exists and that you may read it.")
                    .message("The repository's folders could not be read: " + e.getMessage()));
            return new ValidationReport(out);
        }
        List<RevisionFolder> all = new ArrayList<>();
        for (PackageFolder pkg : packages) {
            duplicateNumbers(root, pkg, out);
            all.addAll(pkg.revisions());
        }
        // Revisions are independent and the validator is thread-safe: use every core, each thread taking the
        // next revision as it finishes one (the largest ones sit together), the report in the folders' order.
        List<List<Problem>> perRevision = InOrderWork.map(all, rf -> {
            String subject = relative(root, rf.dir());
            List<Problem> problems = validateRevision(rf.dir(), subject);
            progress.accept(subject);
            return problems;
        });
        perRevision.forEach(out::addAll);
        return new ValidationReport(out);
    }

    public ValidationReport validate(UniverseRepository repository) {
        return validate(repository, s -> { });
    }

    private List<Problem> validateRevision(Path dir, String subject) {
        Revision revision;
        try {
            revision = RevisionReader.read(dir);
        } catch (RevisionLoadException e) {
            return List.of(Problem.error("REPO-UNREADABLE").subject(subject)
                    .hint("Check the folder's permissions.").message(e.getMessage()));
        }
        List<Problem> out = new ArrayList<>();
        for (Problem p : validator.validate(revision).problems()) {
            if (!LAYOUT_CODES.contains(p.code())) {
                out.add(p.withSubject(subject));
            }
        }
        return out;
    }

    private static void duplicateNumbers(Path root, PackageFolder pkg, List<Problem> out) {
        Map<Integer, List<RevisionFolder>> byNumber = new LinkedHashMap<>();
        for (RevisionFolder rf : pkg.revisions()) {
            rf.number().ifPresent(n -> byNumber.computeIfAbsent(n, k -> new ArrayList<>()).add(rf));
        }
        byNumber.forEach((number, folders) -> {
            if (folders.size() > 1) {
                List<String> names = folders.stream().map(RevisionFolder::folderName).toList();
                out.add(Problem.error("REPO-DUPLICATE-REVISION").subject(relative(root, pkg.dir()))
                        .hint("Keep one of " + String.join(", ", names) + " and renumber the others to free numbers.")
                        .message("The revision folders " + String.join(" and ", names) + " of " + pkg.name()
                                + " are all revision " + number + "; the index would hold two entries with the same"
                                + " releaseVersion."));
            }
        });
    }

    private static Problem layoutProblem(LayoutIssue issue) {
        return switch (issue.kind()) {
            case STRAY_FILE -> Problem.error("REPO-STRAY-FILE")
                    .hint("Move or delete the file (hidden files such as .DS_Store count too).")
                    .message(issue.message());
            case BAD_LETTER_FOLDER -> Problem.error("PKG-LETTER-FOLDER")
                    .hint("Packages live in folders named by one capital letter, e.g. K/kafka; its contents were not checked.")
                    .message(issue.message());
            case BAD_PACKAGE_FOLDER -> Problem.error("PKG-FOLDER-NAME")
                    .hint("Rename the folder: at least two lower-case letters, digits or dashes, starting with a letter"
                            + " and not ending with a dash.")
                    .message(issue.message());
            case WRONG_LETTER -> Problem.error("PKG-WRONG-LETTER")
                    .hint("Move the package folder under the capital of its first letter.")
                    .message(issue.message() + " The Universe's index step fails on it.");
            case NON_NUMERIC_REVISION -> Problem.error("REV-NOT-NUMBER")
                    .hint("Rename the folder to the next free revision number (0, 1, 2, ...).")
                    .message(issue.message());
            case LINK_OUTSIDE -> Problem.error("REPO-LINK-OUTSIDE")
                    .hint("Put the folder itself in the repository; links out of it are neither indexed nor served.")
                    .message(issue.message());
            case UNREADABLE -> Problem.error("REPO-UNREADABLE")
                    .hint("Give this user permission to read the folder (e.g. chmod a+rx).")
                    .message(issue.message());
        };
    }

    private static String relative(Path root, Path path) {
        try {
            return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return path.toString();
        }
    }
}

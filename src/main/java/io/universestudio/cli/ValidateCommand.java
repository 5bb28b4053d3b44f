package io.universestudio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.bundle.PackageSources;
import io.universestudio.core.io.RevisionLoadException;
import io.universestudio.core.io.RevisionPaths;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.RepositoryValidator;
import io.universestudio.core.validate.Severity;
import io.universestudio.core.validate.ValidationReport;
import io.universestudio.core.validate.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code universe-studio validate PATH...}: checks revision folders, package folders or whole
 * repositories with the same rules as the window, and prints the problems as text or JSON.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check package revisions or a whole repository against the Universe's rules.",
                "Each PATH is a revision folder (or a file in it, such as its package.json), a package folder or a"
                        + " repository. A PATH that cannot be checked is reported and the others are still checked.",
                "Exit code: 0 no errors, 1 errors found (or warnings with --strict), 2 a PATH could not be checked."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "A revision folder (holding package.json), a package folder, a repository, a package.dcos"
                    + " or a build definition.")
    private List<Path> paths;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "The output format: text (the default) or json.")
    private String format;

    @Option(names = "--min-severity", paramLabel = "error|warning|info", defaultValue = "info",
            description = "Show only problems at least this severe (the default, info, shows all).")
    private String minSeverity;

    @Option(names = "--strict", description = "Count warnings as errors for the exit code.")
    private boolean strict;

    /** A PATH that could not be checked, and why. */
    private record NotChecked(Path path, String reason) {
    }

    /** One revision (or repository-level subject) and its problems, in the order they were checked. */
    private record Checked(String label, List<Problem> problems) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = parseSeverity(minSeverity);
        boolean json = parseFormat(format);
        Validator validator = new Validator();
        List<Checked> results = new ArrayList<>();
        List<NotChecked> notChecked = new ArrayList<>();
        int revisions = 0;
        for (Path path : paths) {
            try {
                revisions += check(path, validator, results);
            } catch (CouldNotRun e) {
                // Say so now and go on with the other paths; the exit code says it at the end.
                err.println("Error: " + e.getMessage());
                err.flush();
                notChecked.add(new NotChecked(path, e.getMessage()));
            }
        }
        List<Problem> all = results.stream().flatMap(c -> c.problems().stream()).toList();
        long errors = all.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = all.stream().filter(p -> p.severity() == Severity.WARNING).count();
        long infos = all.size() - errors - warnings;
        if (json) {
            printJson(out, results, notChecked, threshold, revisions, errors, warnings, infos);
        } else {
            printText(out, results, threshold, revisions, errors, warnings, infos);
            if (!notChecked.isEmpty()) {
                out.printf("%d %s could not be checked: %s.%n", notChecked.size(),
                        notChecked.size() == 1 ? "path" : "paths",
                        String.join(", ", notChecked.stream().map(n -> n.path().toString()).toList()));
            }
        }
        out.flush();
        if (!notChecked.isEmpty()) {
            return StudioCommand.COULD_NOT_RUN;
        }
        return errors > 0 || strict && warnings > 0 ? StudioCommand.INPUT_HAS_ERRORS : StudioCommand.OK;
    }

    /** Validates what {@code path} is; returns the number of revisions checked. */
    private static int check(Path given, Validator validator, List<Checked> results) throws CouldNotRun {
        if (!Files.exists(given)) {
            throw new CouldNotRun(given + " does not exist.");
        }
        // A revision's file stands for its folder, as the window opens it (package.json from a file manager).
        Path path = RevisionPaths.folderOf(given);
        Path p = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            return checkFile(given, p, validator, results);
        }
        Path repoRoot = repositoryRoot(p);
        if (repoRoot != null) {
            return checkRepository(path, repoRoot, validator, results);
        }
        List<Path> revisionDirs = isRevision(p) ? List.of(p) : childRevisions(p);
        if (revisionDirs.isEmpty()) {
            revisionDirs = List.of(p); // report "package.json is missing" rather than nothing
        }
        for (Path dir : revisionDirs) {
            try {
                ValidationReport report = validator.validate(RevisionReader.read(dir));
                String label = dir.equals(p) ? path.toString() : path.resolve(p.relativize(dir)).toString();
                results.add(new Checked(label, report.problems()));
            } catch (RevisionLoadException e) {
                throw new CouldNotRun(e.getMessage());
            }
        }
        return revisionDirs.size();
    }

    /**
     * A package.dcos or a build definition (any file that is not one of a revision's own) is opened into its
     * revision, whose problems follow those of opening it (a refusal to open is that revision's errors).
     */
    private static int checkFile(Path given, Path file, Validator validator, List<Checked> results) throws CouldNotRun {
        PackageSources.Opened opened;
        try {
            opened = PackageSources.open(file);
        } catch (IOException e) {
            throw new CouldNotRun(given + " could not be read: " + e.getMessage());
        }
        List<Problem> problems = new ArrayList<>(opened.problems());
        if (opened.ok()) {
            problems.addAll(validator.validate(opened.revision()).problems());
        }
        results.add(new Checked(given.toString(), problems));
        return 1;
    }

    private static int checkRepository(Path given, Path root, Validator validator, List<Checked> results)
            throws CouldNotRun {
        UniverseRepository repo;
        try {
            repo = UniverseRepository.open(root);
        } catch (IOException e) {
            throw new CouldNotRun(e.getMessage());
        }
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        ValidationReport report = new RepositoryValidator(validator).validate(repo, s -> count.incrementAndGet());
        Map<String, List<Problem>> bySubject = new LinkedHashMap<>();
        report.problems().stream()
                .sorted(Comparator.comparing((Problem q) -> q.subject() == null ? "" : q.subject()))
                .forEach(q -> bySubject.computeIfAbsent(q.subject() == null ? "" : q.subject(),
                        k -> new ArrayList<>()).add(q));
        Path shownRoot = given.toAbsolutePath().normalize().equals(root) ? given : given.resolve(
                given.toAbsolutePath().normalize().relativize(root));
        bySubject.forEach((subject, problems) -> results.add(new Checked(
                subject.isEmpty() ? shownRoot.toString() : shownRoot.resolve(subject).normalize().toString(),
                new ValidationReport(problems).problems())));
        return count.get();
    }

    /** The repository root when {@code p} is one, or is its packages folder. */
    private static Path repositoryRoot(Path p) {
        if (UniverseRepository.isRepository(p)) {
            return p;
        }
        if (p.getFileName() != null && p.getFileName().toString().equals("packages") && p.getParent() != null) {
            Path parent = p.getParent();
            if (UniverseRepository.isRepository(parent)) {
                return parent;
            }
            if (parent.getFileName() != null && parent.getFileName().toString().equals("repo")
                    && parent.getParent() != null && UniverseRepository.isRepository(parent.getParent())) {
                return parent.getParent();
            }
        }
        return null;
    }

    private static boolean isRevision(Path dir) {
        for (RevisionFile f : RevisionFile.values()) {
            if (Files.isRegularFile(dir.resolve(f.fileName()))) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> childRevisions(Path dir) throws CouldNotRun {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(ValidateCommand::isRevision)
                    .sorted(Comparator.comparing((Path c) -> UniverseRepository.revisionNumber(
                            c.getFileName().toString()).orElse(Integer.MAX_VALUE)).thenComparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new CouldNotRun("The folder " + dir + " could not be read: " + e.getMessage());
        }
    }

    private void printText(PrintWriter out, List<Checked> results, Severity threshold, int revisions, long errors,
                           long warnings, long infos) {
        for (Checked c : results) {
            List<Problem> shown = c.problems().stream().filter(p -> p.severity().compareTo(threshold) <= 0).toList();
            if (shown.isEmpty()) {
                continue;
            }
            out.println(c.label());
            for (Problem p : shown) {
                String where = location(p);
                out.printf("  %-7s %s%s %s%n", p.severity().label(), where.isEmpty() ? "" : where + " ", p.code(),
                        p.message());
                if (!p.hint().isEmpty()) {
                    out.println("          hint: " + p.hint());
                }
            }
        }
        out.printf("%d %s, %d %s, %d %s in %d %s.%n", errors, plural(errors, "error"), warnings,
                plural(warnings, "warning"), infos, plural(infos, "info"), revisions, plural(revisions, "revision"));
    }

    private static String location(Problem p) {
        if (p.file() == null) {
            return "";
        }
        return p.file().fileName() + (p.position() == null ? "" : ":" + p.position().line() + ":" + p.position().column());
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }

    private static void printJson(PrintWriter out, List<Checked> results, List<NotChecked> notChecked,
                                  Severity threshold, int revisions, long errors, long warnings, long infos) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode problems = root.putArray("problems");
        for (Checked c : results) {
            for (Problem p : c.problems()) {
                if (p.severity().compareTo(threshold) > 0) {
                    continue;
                }
                ObjectNode o = problems.addObject();
                o.put("severity", p.severity().label());
                o.put("code", p.code());
                o.put("file", p.file() == null ? null : p.file().fileName());
                o.put("pointer", p.pointer());
                if (p.position() != null) {
                    o.put("line", p.position().line());
                    o.put("column", p.position().column());
                } else {
                    o.putNull("line");
                    o.putNull("column");
                }
                o.put("message", p.message());
                o.put("hint", p.hint());
                ArrayNode fixes = o.putArray("fixes");
                p.fixes().forEach(f -> fixes.add(f.label()));
                o.put("revision", c.label());
            }
        }
        ArrayNode skipped = root.putArray("notChecked");
        for (NotChecked n : notChecked) {
            skipped.addObject().put("path", n.path().toString()).put("reason", n.reason());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("revisions", revisions);
        summary.put("errors", errors);
        summary.put("warnings", warnings);
        summary.put("infos", infos);
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Severity parseSeverity(String text) {
        try {
            return Severity.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--min-severity must be error, warning or info, not \"" + text + "\".");
        }
    }

    private boolean parseFormat(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be text or json, not \"" + text + "\".");
        };
    }

    /** The command cannot do its job (a path that is not there, a folder it may not read): exit code 2. */
    private static final class CouldNotRun extends Exception {
        private static final long serialVersionUID = 1L;

        CouldNotRun(String message) {
            super(message);
        }
    }
}

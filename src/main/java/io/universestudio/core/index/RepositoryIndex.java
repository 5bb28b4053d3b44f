package io.universestudio.core.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.concurrent.InOrderWork;
import io.universestudio.core.io.LayoutIssue;
import io.universestudio.core.io.PackageFolder;
import io.universestudio.core.io.PackageNames;
import io.universestudio.core.io.RevisionFolder;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.validate.Problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entries of a repository, built and checked in memory, ready to be written as index files.
 *
 * <p>Every entry is checked against the repository schema of every file it will appear in (v5 for
 * universe.json and DC/OS 1.12+, v4 for 1.10/1.11, v3 for its legacy form in 1.8/1.9). An entry that
 * fails would make Cosmos reject the whole repository (and with it every other repository on the
 * cluster), so it is left out of every file and reported as an error naming the revision.
 */
public final class RepositoryIndex {

    private final List<IndexEntry> entries;
    private final List<Problem> problems;

    private RepositoryIndex(List<IndexEntry> entries, List<Problem> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    public static RepositoryIndex build(UniverseRepository repository, RepoSchemas schemas) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (LayoutIssue issue : repository.layoutIssues()) {
            problems.add(Problem.warning("INDEX-LAYOUT").subject(relative(repository, issue.path().toString()))
                    .message(issue.message() + (leftOut(issue.kind()) ? " It is left out of the index." : "")));
        }
        List<RevisionFolder> folders = new ArrayList<>();
        for (PackageFolder pkg : repository.packages()) {
            pkg.revisions().stream().filter(r -> r.number().isPresent()).forEach(folders::add);
        }
        // Each thread takes the next revision as it finishes one (InOrderWork); the order stays the folders'.
        List<Outcome> outcomes = InOrderWork.map(folders, f -> entryOf(repository, f, schemas));
        List<IndexEntry> entries = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.entry != null) {
                entries.add(o.entry);
            } else {
                problems.add(o.problem);
            }
        }
        entries.sort(Comparator.comparing(IndexEntry::name).thenComparingInt(IndexEntry::releaseVersion)
                .thenComparing(IndexEntry::revisionPath));
        return new RepositoryIndex(entries, problems);
    }

    private static boolean leftOut(LayoutIssue.Kind kind) {
        return kind != LayoutIssue.Kind.WRONG_LETTER && kind != LayoutIssue.Kind.BAD_PACKAGE_FOLDER;
    }

    private record Outcome(IndexEntry entry, Problem problem) {
    }

    private static Outcome entryOf(UniverseRepository repository, RevisionFolder folder, RepoSchemas schemas) {
        String where = relative(repository, folder.dir().toString());
        EntryBuilder.Result built = EntryBuilder.build(folder.dir(),
                UniverseRepository.linkBoundary(repository.packagesDir()), folder.number().getAsInt());
        if (!built.built()) {
            return refused(where, "cannot become an index entry: " + built.refusal() + ".");
        }
        ObjectNode modern = built.entry();
        JsonNode nameNode = modern.get("name");
        String name = nameNode != null && nameNode.isTextual() ? nameNode.textValue() : null;
        if (!PackageNames.isValid(name)) {
            // The per-package files are named after it, so it must be a safe file name.
            return refused(where, "has the package name " + (name == null ? "(none)" : "\"" + name + "\"")
                    + ", which is not a valid package name (lower-case letters, digits and dashes).");
        }
        String min = minDcosReleaseVersion(modern);
        Check check = check(modern, schemas);
        if (!check.reasons().isEmpty()) {
            return new Outcome(null, Problem.error("INDEX-ENTRY-REFUSED").subject(where)
                    .hint("Fix the package and index again; until then this revision is not served.")
                    .message(name + " revision " + folder.number().getAsInt() + " was left out of the index: "
                            + UNREADABLE + " " + String.join("; ", check.reasons())));
        }
        ObjectNode legacy = check.legacy();
        return new Outcome(IndexEntry.of(name, folder.number().getAsInt(), min, where, modern, legacy), null);
    }

    /** Why an entry must not be served, said once for every refusal. */
    public static final String UNREADABLE = "Cosmos could not read it, and one unreadable entry makes DC/OS reject"
            + " the whole repository.";

    /** The outcome of checking one entry: why it cannot be served (empty if it can) and its legacy form. */
    public record Check(List<String> reasons, ObjectNode legacy) {
    }

    /**
     * Checks an entry against the schema of every file it would appear in: v5 (universe.json, DC/OS
     * 1.12+), v4 if served to 1.10/1.11, and v3 for its legacy form if served to 1.8/1.9.
     */
    public static Check check(ObjectNode modern, RepoSchemas schemas) {
        String min = minDcosReleaseVersion(modern);
        // The modern form is checked against its definition once; which file versions allow its
        // packagingVersion is then a lookup (see RepoSchemas.entryErrors).
        List<String> modernErrors = schemas.definitionErrors(withoutOwnTemplate(modern));
        List<String> why = new ArrayList<>(describe(RepoVersion.V5,
                "universe.json and the files for DC/OS 1.12 and later", schemas.entryErrors(RepoVersion.V5, modern, modernErrors)));
        if (DcosRelease.V1_11.serves(min)) {
            why.addAll(describe(RepoVersion.V4, "the files for DC/OS 1.10 and 1.11",
                    schemas.entryErrors(RepoVersion.V4, modern, modernErrors)));
        }
        ObjectNode legacy = null;
        if (DcosRelease.V1_9.serves(min)) {
            legacy = LegacyForm.of(modern);
            why.addAll(describe(RepoVersion.V3, "the files for DC/OS 1.8 and 1.9 (downgraded to 3.0)",
                    schemas.entryErrors(RepoVersion.V3, withoutOwnTemplate(legacy))));
        }
        return new Check(why, legacy);
    }

    /**
     * The entry as validated: a template we encoded ourselves ({@link Base64Text}, the JDK's padded
     * standard base64 of at least one byte) matches the base64 pattern by construction, so a stand-in
     * is checked instead of scanning megabytes of base64 once per form. Every other field is the same.
     */
    private static ObjectNode withoutOwnTemplate(ObjectNode entry) {
        JsonNode marathon = entry.get("marathon");
        if (marathon == null || marathon.size() != 1 || !(marathon.get("v2AppMustacheTemplate") instanceof Base64Text)) {
            return entry;
        }
        ObjectNode copy = entry.objectNode();
        copy.setAll(entry);
        copy.putObject("marathon").put("v2AppMustacheTemplate", "e30=");
        return copy;
    }

    private static String minDcosReleaseVersion(ObjectNode entry) {
        JsonNode minNode = entry.get("minDcosReleaseVersion");
        return minNode == null || minNode.isNull() ? null : minNode.asText();
    }

    private static List<String> describe(RepoVersion version, String files, List<String> errors) {
        return errors.isEmpty() ? List.of()
                : List.of("in " + files + " (" + version.label() + "): " + String.join(", ", errors));
    }

    private static Outcome refused(String where, String why) {
        return new Outcome(null, Problem.error("INDEX-REVISION-UNREADABLE").subject(where)
                .hint("Open the revision in Universe Studio to see and fix the problem.")
                .message("The revision " + where + " " + why));
    }

    private static String relative(UniverseRepository repository, String path) {
        String root = repository.root().toString();
        String p = path.startsWith(root) ? path.substring(root.length()) : path;
        return p.replace('\\', '/').replaceFirst("^/", "");
    }

    /** Accepted entries, sorted by name, then releaseVersion. */
    public List<IndexEntry> entries() {
        return entries;
    }

    /** What was left out, and why. */
    public List<Problem> problems() {
        return problems;
    }

    public List<IndexEntry> servedTo(DcosRelease release) {
        return entries.stream().filter(e -> e.servedTo(release)).toList();
    }

    /** The names of the packages with at least one entry served to {@code release}, sorted. */
    public List<String> namesServedTo(DcosRelease release) {
        return servedTo(release).stream().map(IndexEntry::name).distinct().toList();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public String toString() {
        return "RepositoryIndex[" + entries.size() + " entries, " + problems.size() + " problems]";
    }

}

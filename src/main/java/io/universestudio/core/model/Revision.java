package io.universestudio.core.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of one package revision: its JSON documents, its template text, where it came
 * from, the other files its folder held, and the package files its folder held but that could not be
 * read ({@link FileIssue}). Every edit makes a new Revision; nothing mutates one.
 */
public final class Revision {

    private final Map<RevisionFile, SourceText> texts;
    private final Map<RevisionFile, JsonDocument> documents;
    private final RevisionOrigin origin;
    private final List<String> otherFiles;
    private final List<FileIssue> fileIssues;

    private Revision(Map<RevisionFile, SourceText> texts, Map<RevisionFile, JsonDocument> documents,
                     RevisionOrigin origin, List<String> otherFiles, List<FileIssue> fileIssues) {
        this.texts = Collections.unmodifiableMap(texts);
        this.documents = Collections.unmodifiableMap(documents);
        this.origin = Objects.requireNonNull(origin);
        this.otherFiles = List.copyOf(otherFiles);
        this.fileIssues = List.copyOf(fileIssues);
    }

    /** A revision with no files at all. */
    public static Revision empty(RevisionOrigin origin) {
        return new Revision(new EnumMap<>(RevisionFile.class), new EnumMap<>(RevisionFile.class), origin, List.of(),
                List.of());
    }

    /** Builds a revision from file texts (files not in the map are absent). */
    public static Revision of(Map<RevisionFile, SourceText> files, RevisionOrigin origin, List<String> otherFiles) {
        return of(files, origin, otherFiles, List.of());
    }

    /** Builds a revision from file texts and the package files that could not be read. */
    public static Revision of(Map<RevisionFile, SourceText> files, RevisionOrigin origin, List<String> otherFiles,
                              List<FileIssue> fileIssues) {
        Map<RevisionFile, SourceText> texts = new EnumMap<>(RevisionFile.class);
        Map<RevisionFile, JsonDocument> docs = new EnumMap<>(RevisionFile.class);
        files.forEach((file, source) -> {
            texts.put(file, source);
            if (file.isJson()) {
                docs.put(file, JsonDocument.of(file, source));
            }
        });
        return new Revision(texts, docs, origin, otherFiles, fileIssues);
    }

    public RevisionOrigin origin() {
        return origin;
    }

    /** Files in the revision folder that are not package files (kept, never written or deleted). */
    public List<String> otherFiles() {
        return otherFiles;
    }

    /** Package files the folder held but that were not read (a folder in their place, too large, ...). */
    public List<FileIssue> fileIssues() {
        return fileIssues;
    }

    /** Why {@code file} was not read from the folder, if it was not. */
    public Optional<FileIssue> fileIssue(RevisionFile file) {
        return fileIssues.stream().filter(i -> i.file() == file).findFirst();
    }

    public boolean has(RevisionFile file) {
        return texts.containsKey(file);
    }

    public Optional<SourceText> source(RevisionFile file) {
        return Optional.ofNullable(texts.get(file));
    }

    public Optional<String> text(RevisionFile file) {
        return source(file).map(SourceText::text);
    }

    public Optional<JsonDocument> document(RevisionFile file) {
        return Optional.ofNullable(documents.get(file));
    }

    public Optional<JsonDocument> packageJson() {
        return document(RevisionFile.PACKAGE);
    }

    public Optional<JsonDocument> config() {
        return document(RevisionFile.CONFIG);
    }

    public Optional<JsonDocument> resource() {
        return document(RevisionFile.RESOURCE);
    }

    public Optional<JsonDocument> command() {
        return document(RevisionFile.COMMAND);
    }

    public Optional<String> template() {
        return text(RevisionFile.TEMPLATE);
    }

    /** The packagingVersion when package.json parses and names a known one. */
    public Optional<PackagingVersion> packagingVersion() {
        return packageString("packagingVersion").flatMap(PackagingVersion::parse);
    }

    public Optional<String> name() {
        return packageString("name");
    }

    public Optional<String> version() {
        return packageString("version");
    }

    private Optional<String> packageString(String field) {
        return packageJson().flatMap(JsonDocument::object)
                .map(o -> o.get(field))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText);
    }

    /**
     * This revision with {@code file} holding {@code text} (added if it was absent). A file that could not be
     * read is then the given text: its issue is dropped.
     */
    public Revision withText(RevisionFile file, String text) {
        SourceText current = texts.get(file);
        SourceText next = current == null ? SourceText.of(text) : current.withText(text);
        if (next == current) {
            return this;
        }
        Map<RevisionFile, SourceText> t = new EnumMap<>(RevisionFile.class);
        t.putAll(texts);
        t.put(file, next);
        Map<RevisionFile, JsonDocument> d = new EnumMap<>(RevisionFile.class);
        d.putAll(documents);
        if (file.isJson()) {
            d.put(file, JsonDocument.of(file, next));
        }
        return new Revision(t, d, origin, otherFiles,
                fileIssues.stream().filter(i -> i.file() != file).toList());
    }

    /** This revision with the JSON {@code file} holding {@code tree}, written in the Universe's style. */
    public Revision withTree(RevisionFile file, JsonNode tree) {
        return withText(file, io.universestudio.core.json.JsonText.pretty(tree));
    }

    /** This revision without {@code file}. */
    public Revision without(RevisionFile file) {
        if (!texts.containsKey(file)) {
            return this;
        }
        Map<RevisionFile, SourceText> t = new EnumMap<>(RevisionFile.class);
        t.putAll(texts);
        t.remove(file);
        Map<RevisionFile, JsonDocument> d = new EnumMap<>(RevisionFile.class);
        d.putAll(documents);
        d.remove(file);
        return new Revision(t, d, origin, otherFiles, fileIssues);
    }

    /** The same content, said to come from {@code newOrigin} (after Save As, or when publishing). */
    public Revision withOrigin(RevisionOrigin newOrigin) {
        return new Revision(texts, documents, newOrigin, otherFiles, fileIssues);
    }

    /** True when both revisions hold the same files with the same bytes (origin aside). */
    public boolean sameContentAs(Revision other) {
        if (!texts.keySet().equals(other.texts.keySet())) {
            return false;
        }
        return texts.entrySet().stream().allMatch(e -> e.getValue().sameContentAs(other.texts.get(e.getKey())));
    }
}

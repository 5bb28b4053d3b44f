package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.io.AtomicFiles;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves a revision back in the form it was opened from ({@link PackageLocation}): a folder file by file;
 * a package.dcos as a new bundle beside the old one (its name carries the MD5, and the old file is never
 * overwritten); a build definition as the definition plus the files its references name, inline parts
 * staying inline. Only files whose bytes change are written, each atomically, referenced files before
 * the definition.
 */
public final class PackageSaver {

    /** The order parts take when a definition did not have them yet. */
    private static final List<String> PART_ORDER = List.of("resource", PackageMetadata.MARATHON, "config", "command");

    private final String studioVersion;
    private final BundleLimits limits;

    /** @param studioVersion the Universe Studio version recorded in a new bundle's manifest.json */
    public PackageSaver(String studioVersion, BundleLimits limits) {
        this.studioVersion = studioVersion;
        this.limits = limits;
    }

    /**
     * What saving did.
     *
     * @param location where the revision now lives (a new bundle has a new name); null when not saved
     * @param problems why it was not saved, and notes either way
     */
    public record Saved(PackageLocation location, List<Problem> problems) {
        public boolean saved() {
            return location != null;
        }

        public List<Problem> errors() {
            return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
        }
    }

    /** @throws IOException when writing fails (what was already there stays as it was) */
    public Saved save(Revision revision, PackageLocation at) throws IOException {
        if (at instanceof PackageLocation.Folder folder) {
            RevisionWriter.write(revision, folder.path());
            return new Saved(folder, List.of());
        }
        if (at instanceof PackageLocation.Bundle bundle) {
            return saveBundle(revision, bundle);
        }
        return saveDefinition(revision, (PackageLocation.Definition) at);
    }

    private Saved saveBundle(Revision revision, PackageLocation.Bundle bundle) throws IOException {
        BundleBuilder.Outcome outcome = new BundleBuilder(studioVersion, limits).build(revision, bundle.path().getParent());
        if (outcome.written()) {
            return new Saved(new PackageLocation.Bundle(outcome.file()), outcome.problems());
        }
        if (outcome.identical() != null) {
            // Nothing changed since that bundle was built: it is already saved.
            return new Saved(new PackageLocation.Bundle(outcome.identical()), outcome.problems().stream()
                    .filter(p -> p.severity() != Severity.ERROR).toList());
        }
        return new Saved(null, outcome.problems());
    }

    private Saved saveDefinition(Revision revision, PackageLocation.Definition at) throws IOException {
        Path file = at.path();
        String label = file.getFileName().toString();
        List<Problem> problems = new ArrayList<>();
        BundleJson.Parsed original = BundleJson.parse(Files.readAllBytes(file));
        ObjectNode before = original.ok() && original.tree().isObject() ? (ObjectNode) original.tree()
                : JsonNodeFactory.instance.objectNode();
        BundleJson.Parsed pkg = BundleJson.parse(revision.source(RevisionFile.PACKAGE).map(s -> s.bytes())
                .orElse(new byte[0]));
        if (!pkg.ok() || !pkg.tree().isObject()) {
            return new Saved(null, List.of(Problem.error("BUNDLE-FILE-NOT-JSON").subject("package.json")
                    .hint("Fix package.json, or save the revision as a folder.")
                    .message("package.json " + (pkg.ok() ? "is not a JSON object" : "does not parse (" + pkg.error() + ")")
                            + ", so its fields cannot go into " + label + ".")));
        }
        ObjectNode definition = JsonNodeFactory.instance.objectNode();
        pkg.tree().properties().forEach(e -> {
            if (!e.getKey().equals(PackageMetadata.SELECTED)) {
                definition.set(e.getKey(), e.getValue());
            }
        });
        if (pkg.tree().has(PackageMetadata.SELECTED)) {
            problems.add(Problem.info("BUNDLE-FIELD-LEFT-OUT").subject("package.json").at("/" + PackageMetadata.SELECTED)
                    .hint("Nothing to do.")
                    .message("\"selected\" was left out of " + label + ": build definitions do not have it."));
        }
        Map<Path, byte[]> referenced = new LinkedHashMap<>();
        Map<RevisionFile, Path> references = new EnumMap<>(RevisionFile.class);
        for (String key : partOrder(before)) {
            RevisionFile part = PackageMetadata.KEYS.entrySet().stream().filter(e -> e.getValue().equals(key))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            byte[] bytes = revision.source(part).map(s -> s.bytes()).orElse(null);
            if (bytes == null) {
                continue;
            }
            Path reference = at.references().get(part);
            if (reference != null) {
                referenced.put(reference, bytes);
                references.put(part, reference);
                put(definition, part, referenceText(before, part, file.getParent(), reference));
            } else if (part == RevisionFile.TEMPLATE) {
                if (bytes.length == 0) {
                    problems.add(PackageMetadata.emptyTemplate(RevisionFile.TEMPLATE.fileName()));
                } else {
                    put(definition, part, Base64.getEncoder().encodeToString(bytes));
                }
            } else {
                BundleJson.Parsed json = BundleJson.parse(bytes);
                if (json.ok()) {
                    definition.set(key, json.tree());
                } else {
                    problems.add(Problem.error("BUNDLE-FILE-NOT-JSON").subject(part.fileName())
                            .hint("Fix " + part.fileName() + ", or save the revision as a folder.")
                            .message(part.fileName() + " does not parse (" + json.error() + "), so it cannot be put"
                                    + " inline in " + label + "."));
                }
            }
        }
        if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
            return new Saved(null, problems);
        }
        for (Map.Entry<Path, byte[]> e : referenced.entrySet()) {
            writeIfChanged(e.getKey(), e.getValue());
        }
        writeIfChanged(file, BundleJson.pretty(definition));
        return new Saved(new PackageLocation.Definition(file, references), problems);
    }

    /** The definition's parts in the order it had them, then those it did not have, in the usual order. */
    private static List<String> partOrder(ObjectNode before) {
        List<String> order = new ArrayList<>();
        before.fieldNames().forEachRemaining(k -> {
            if (PackageMetadata.KEYS.containsValue(k)) {
                order.add(k);
            }
        });
        PART_ORDER.stream().filter(k -> !order.contains(k)).forEach(order::add);
        return order;
    }

    /** The reference as the definition wrote it, when it still names that file; else one relative to it. */
    private static String referenceText(ObjectNode before, RevisionFile part, Path folder, Path reference) {
        BuildDefinitions.Place place = BuildDefinitions.Place.of(part).orElseThrow();
        JsonNode written = before.at(place.pointer);
        if (written.isTextual() && written.textValue().startsWith("@")) {
            String name = written.textValue().substring(1);
            Path p = Path.of(name);
            if ((p.isAbsolute() ? p : folder.resolve(p)).normalize().equals(reference)) {
                return written.textValue();
            }
        }
        return "@" + folder.relativize(reference).toString().replace('\\', '/');
    }

    private static void put(ObjectNode definition, RevisionFile part, String value) {
        if (part == RevisionFile.TEMPLATE) {
            definition.putObject(PackageMetadata.MARATHON).put(PackageMetadata.TEMPLATE, value);
        } else {
            definition.put(PackageMetadata.KEYS.get(part), value);
        }
    }

    private static void writeIfChanged(Path target, byte[] bytes) throws IOException {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        AtomicFiles.write(target, bytes);
    }
}

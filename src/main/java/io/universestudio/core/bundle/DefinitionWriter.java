package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.BundleRules;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the build definition {@code dcos registry build} takes (what {@code dcos registry migrate}
 * writes): {@code <dir>/<name>-<version>.json}, with {@code @} references to copies of the revision's
 * files in the folder {@code <dir>/<name>-<version>/} beside it (config.json, resource.json,
 * marathon.json.mustache, their bytes unchanged), or everything inline. The definition is
 * checked as {@code bundle build} would check it before anything is written; nothing is overwritten.
 */
public final class DefinitionWriter {

    private DefinitionWriter() {
    }

    /**
     * What writing a definition did.
     *
     * @param definition the definition written; null when nothing was written
     * @param copies     the referenced files written beside it
     * @param problems   errors that stopped it, and the revision's registry notes either way
     */
    public record Outcome(Path definition, List<Path> copies, List<Problem> problems) {
        public boolean written() {
            return definition != null;
        }

        public List<Problem> errors() {
            return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
        }
    }

    /**
     * Writes the definition of {@code revision} into {@code outputDir}.
     *
     * @param inline everything inline instead of references to copied files
     * @throws IOException when the output folder cannot be written
     */
    public static Outcome write(Revision revision, Path outputDir, boolean inline) throws IOException {
        List<Problem> problems = new ArrayList<>();
        PackageMetadata.Result metadata = PackageMetadata.of(revision);
        problems.addAll(metadata.problems());
        if (!metadata.ok()) {
            return new Outcome(null, List.of(), problems);
        }
        new BundleRules().check(revision).stream()
                .filter(p -> p.code().startsWith(BundleRules.REGISTRY_PREFIX)).forEach(problems::add);
        Optional<Problem> unsafe = BundleBuilder.fileNameProblem(metadata.json());
        if (unsafe.isPresent()) {
            problems.add(unsafe.get());
            return new Outcome(null, List.of(), problems);
        }
        String base = metadata.name().orElseThrow() + "-" + metadata.packageVersion().orElseThrow();
        Path dir = outputDir.toAbsolutePath().normalize();
        ObjectNode definition = metadata.json().deepCopy();
        Map<Path, byte[]> copies = new LinkedHashMap<>();
        if (!inline) {
            for (BuildDefinitions.Place place : BuildDefinitions.Place.values()) {
                if (definition.at(place.pointer).isMissingNode()) {
                    continue;
                }
                String copyName = base + "/" + place.file.fileName();
                copies.put(dir.resolve(copyName), revision.source(place.file).orElseThrow().bytes());
                if (place == BuildDefinitions.Place.TEMPLATE) {
                    ((ObjectNode) definition.get(PackageMetadata.MARATHON)).put(PackageMetadata.TEMPLATE, "@" + copyName);
                } else {
                    definition.put(place.pointer.substring(1), "@" + copyName);
                }
            }
        }
        problems.addAll(SchemaMessages.problems("BUNDLE-DEF-SCHEMA", base + ".json",
                "build definition schema of packaging " + metadata.version().text(),
                BundleSchemas.get().definitionErrors(metadata.version(), definition)));
        Path target = dir.resolve(base + ".json");
        List<Path> all = new ArrayList<>(copies.keySet());
        all.add(target);
        for (Path p : all) {
            if (Files.exists(p)) {
                problems.add(exists(p));
            }
        }
        if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
            return new Outcome(null, List.of(), problems);
        }
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> copy : copies.entrySet()) {
                NewFiles.write(copy.getKey(), copy.getValue());
                written.add(copy.getKey());
            }
            // The definition last: once it is there, every file it names is too.
            NewFiles.write(target, BundleJson.pretty(definition));
        } catch (IOException e) {
            for (Path p : written) {
                Files.deleteIfExists(p);
            }
            if (e instanceof FileAlreadyExistsException exists) {
                problems.add(exists(Path.of(exists.getFile())));
                return new Outcome(null, List.of(), problems);
            }
            throw e;
        }
        return new Outcome(target, List.copyOf(written), problems);
    }

    private static Problem exists(Path p) {
        return Problem.error("BUNDLE-EXISTS").subject(p.getFileName().toString())
                .hint("Move it away, or choose another output folder.")
                .message(p + " already exists; a build definition and its files are never overwritten, so nothing"
                        + " was written.");
    }
}

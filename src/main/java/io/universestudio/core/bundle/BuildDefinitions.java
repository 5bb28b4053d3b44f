package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import io.universestudio.core.index.Base64Shape;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Build definitions (package-dcos.md section 1, "Build definitions with local references"): metadata.json
 * where {@code config}, {@code resource} and {@code marathon.v2AppMustacheTemplate} may be strings starting
 * with {@code @} naming a file, relative to the definition's folder or absolute. Resolving one checks the
 * definition first (a reference must start with {@code @}), reads each referenced file (the JSON ones
 * parsed, the template as base64 of its bytes), and checks the result against the metadata schema. No
 * other value is resolved. Reading one for editing only needs its shape and its files.
 */
public final class BuildDefinitions {

    /** The three places that may hold a local reference. */
    enum Place {
        CONFIG(RevisionFile.CONFIG, "/config", "config"),
        RESOURCE(RevisionFile.RESOURCE, "/resource", "resource"),
        TEMPLATE(RevisionFile.TEMPLATE, "/marathon/v2AppMustacheTemplate", "marathon.v2AppMustacheTemplate");

        final RevisionFile file;
        final String pointer;
        final String shown;

        Place(RevisionFile file, String pointer, String shown) {
            this.file = file;
            this.pointer = pointer;
            this.shown = shown;
        }

        boolean covers(String at) {
            return at.equals(pointer) || at.startsWith(pointer + "/");
        }

        static Optional<Place> of(RevisionFile file) {
            return Arrays.stream(values()).filter(p -> p.file == file).findFirst();
        }
    }

    private BuildDefinitions() {
    }

    /**
     * A definition turned into metadata.json, or the problems that stopped it.
     *
     * @param metadata   the resolved metadata.json; null when there are errors
     * @param files      each part as a revision folder would hold it: a referenced file's exact bytes, or an
     *                   inline value written out (package.json from the other fields)
     * @param references the files each reference named, absolute
     */
    public record Resolved(ObjectNode metadata, PackagingVersion version, Map<RevisionFile, byte[]> files,
                           Map<RevisionFile, Path> references, List<Problem> problems) {
        public boolean ok() {
            return metadata != null;
        }

        static Resolved failed(List<Problem> problems) {
            return new Resolved(null, null, Map.of(), Map.of(), List.copyOf(problems));
        }
    }

    /**
     * A definition read for editing: its files as a revision folder would hold them, whatever the schemas
     * say, or why it cannot be read at all (not one JSON object, a reference of the wrong shape, a
     * referenced file that is not there).
     *
     * @param definition the definition as parsed; null when it could not be read
     */
    public record Parts(ObjectNode definition, Map<RevisionFile, byte[]> files, Map<RevisionFile, Path> references,
                        List<Problem> problems) {
        public boolean ok() {
            return definition != null;
        }

        static Parts failed(List<Problem> problems) {
            return new Parts(null, Map.of(), Map.of(), List.copyOf(problems));
        }
    }

    /**
     * Resolves the definition in {@code definitionFile}, as {@code bundle build} does.
     *
     * @throws IOException when the definition itself cannot be read
     */
    public static Resolved resolve(Path definitionFile, BundleLimits limits) throws IOException {
        Path file = definitionFile.toAbsolutePath().normalize();
        String label = file.getFileName().toString();
        Parsed parsed = parse(file, limits);
        if (parsed.problem() != null) {
            return Resolved.failed(List.of(parsed.problem()));
        }
        ObjectNode definition = parsed.definition();
        Optional<Problem> versionProblem = PackagingVersions.problem(definition, label);
        if (versionProblem.isPresent()) {
            return Resolved.failed(List.of(versionProblem.get()));
        }
        PackagingVersion version = PackagingVersions.of(definition).orElseThrow();
        List<Problem> problems = new ArrayList<>(referenceShapes(definition, label));
        // Values at the three places are checked above (references) or after resolution (inline values,
        // against the metadata schema, which names the exact field).
        List<Error> findings = BundleSchemas.get().definitionErrors(version, definition).stream()
                .filter(e -> Arrays.stream(Place.values()).noneMatch(p -> p.covers(SchemaMessages.pointer(e))))
                .toList();
        problems.addAll(SchemaMessages.problems("BUNDLE-DEF-SCHEMA", label,
                "build definition schema of packaging " + version.text(), findings));
        if (!problems.isEmpty()) {
            return Resolved.failed(problems);
        }
        Parts parts = readParts(definition, file.getParent(), label, limits);
        if (!parts.ok()) {
            return Resolved.failed(parts.problems());
        }
        ObjectNode metadata = definition.deepCopy();
        for (Place place : Place.values()) {
            Path reference = parts.references().get(place.file);
            if (reference == null) {
                continue;
            }
            byte[] bytes = parts.files().get(place.file);
            if (place == Place.TEMPLATE) {
                if (bytes.length == 0) {
                    problems.add(PackageMetadata.emptyTemplate(reference.getFileName().toString()));
                } else {
                    ((ObjectNode) metadata.get(PackageMetadata.MARATHON)).put(PackageMetadata.TEMPLATE,
                            Base64.getEncoder().encodeToString(bytes));
                }
                continue;
            }
            BundleJson.Parsed json = BundleJson.parse(bytes);
            if (!json.ok()) {
                problems.add(Problem.error("BUNDLE-REF-NOT-JSON").subject(label).at(place.pointer)
                        .hint("Fix " + reference.getFileName() + ", then build again.")
                        .message(label + ": " + place.shown + " refers to " + definition.at(place.pointer).textValue()
                                + ", which is not valid JSON: " + json.error() + "."));
            } else {
                metadata.set(place.pointer.substring(1), json.tree());
            }
        }
        if (!problems.isEmpty()) {
            return Resolved.failed(problems);
        }
        List<Problem> schema = PackageMetadata.schemaProblems(metadata, version, label + " once resolved",
                Severity.ERROR);
        if (!schema.isEmpty()) {
            return Resolved.failed(schema);
        }
        return new Resolved(metadata, version, parts.files(), parts.references(), List.of());
    }

    /**
     * Reads the definition in {@code definitionFile} for editing: every referenced file's exact bytes and
     * every inline value written out, without the schema checks that building applies.
     *
     * @throws IOException when the definition itself cannot be read
     */
    public static Parts read(Path definitionFile, BundleLimits limits) throws IOException {
        Path file = definitionFile.toAbsolutePath().normalize();
        String label = file.getFileName().toString();
        Parsed parsed = parse(file, limits);
        if (parsed.problem() != null) {
            return Parts.failed(List.of(parsed.problem()));
        }
        List<Problem> shapes = referenceShapes(parsed.definition(), label);
        return shapes.isEmpty() ? readParts(parsed.definition(), file.getParent(), label, limits) : Parts.failed(shapes);
    }

    private record Parsed(ObjectNode definition, Problem problem) {
    }

    private static Parsed parse(Path file, BundleLimits limits) throws IOException {
        String label = file.getFileName().toString();
        if (Files.size(file) > limits.maxFileBytes()) {
            return new Parsed(null, tooLarge(label, file, limits));
        }
        BundleJson.Parsed parsed = BundleJson.parse(Files.readAllBytes(file));
        if (!parsed.ok() || !parsed.tree().isObject()) {
            return new Parsed(null, Problem.error("BUNDLE-DEF-NOT-JSON").subject(label)
                    .hint("A build definition is one JSON object, shaped like metadata.json.")
                    .message(label + " is not a build definition: " + (parsed.ok() ? "it is not a JSON object"
                            : parsed.error()) + "."));
        }
        return new Parsed((ObjectNode) parsed.tree(), null);
    }

    /** Strings at the three places must be references ("@file") or, for the template, base64. */
    private static List<Problem> referenceShapes(ObjectNode definition, String label) {
        List<Problem> out = new ArrayList<>();
        JsonNode marathon = definition.get(PackageMetadata.MARATHON);
        if (marathon != null && marathon.isTextual()) {
            out.add(Problem.error("BUNDLE-DEF-REFERENCE").subject(label).at("/marathon")
                    .hint("Write \"marathon\": {\"v2AppMustacheTemplate\": \"" + marathon.textValue() + "\"}.")
                    .message(label + ": \"marathon\" is the string " + SchemaMessages.shown(marathon)
                            + "; the template reference goes inside it, as marathon.v2AppMustacheTemplate."));
        }
        for (Place place : Place.values()) {
            JsonNode value = definition.at(place.pointer);
            if (!value.isTextual()) {
                continue;
            }
            String text = value.textValue();
            if (text.startsWith("@")) {
                if (text.substring(1).isBlank()) {
                    out.add(Problem.error("BUNDLE-DEF-REFERENCE").subject(label).at(place.pointer)
                            .hint("Write the file after the @, e.g. \"@" + place.file.fileName() + "\".")
                            .message(label + ": " + place.shown + " is \"@\" and names no file."));
                }
            } else if (!(place == Place.TEMPLATE && Base64Shape.matches(text))) {
                out.add(Problem.error("BUNDLE-DEF-REFERENCE").subject(label).at(place.pointer)
                        .hint("Write \"@" + text + "\" to read the file, or put the value itself here.")
                        .message(label + ": " + place.shown + " is the string " + SchemaMessages.shown(value)
                                + ", which is not a local reference: a reference starts with @."));
            }
        }
        return out;
    }

    /** Each part's bytes (a referenced file as it is, an inline value written out); references resolved. */
    private static Parts readParts(ObjectNode definition, Path folder, String label, BundleLimits limits) {
        Map<RevisionFile, byte[]> files = new EnumMap<>(RevisionFile.class);
        Map<RevisionFile, Path> references = new EnumMap<>(RevisionFile.class);
        List<Problem> problems = new ArrayList<>();
        for (Place place : Place.values()) {
            JsonNode value = definition.at(place.pointer);
            if (value.isMissingNode()) {
                continue;
            }
            if (!value.isTextual() || !value.textValue().startsWith("@")) {
                files.put(place.file, place == Place.TEMPLATE ? inlineTemplate(value) : BundleJson.pretty(value));
                continue;
            }
            String reference = value.textValue();
            Optional<Path> target = target(folder, reference.substring(1));
            if (target.isEmpty()) {
                problems.add(missing(label, place, reference, "it is not a valid file name here"));
                continue;
            }
            Path path = target.get();
            try {
                if (!Files.isRegularFile(path)) {
                    problems.add(missing(label, place, reference, Files.isDirectory(path) ? path + " is a folder"
                            : path + " does not exist"));
                } else if (Files.size(path) > limits.maxFileBytes()) {
                    problems.add(tooLarge(label, path, limits));
                } else {
                    files.put(place.file, Files.readAllBytes(path));
                    references.put(place.file, path);
                }
            } catch (IOException e) {
                problems.add(missing(label, place, reference, path + " could not be read (" + e.getMessage() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            return Parts.failed(problems);
        }
        ObjectNode packageJson = JsonNodeFactory.instance.objectNode();
        definition.properties().forEach(e -> {
            if (!PackageMetadata.KEYS.containsValue(e.getKey())) {
                packageJson.set(e.getKey(), e.getValue());
            }
        });
        files.put(RevisionFile.PACKAGE, BundleJson.pretty(packageJson));
        JsonNode command = definition.get("command");
        if (command != null) {
            files.put(RevisionFile.COMMAND, BundleJson.pretty(command));
        }
        return new Parts(definition, files, references, List.of());
    }

    /** An inline template's bytes; a value that is not base64 text is kept as its JSON text, so nothing is lost. */
    private static byte[] inlineTemplate(JsonNode value) {
        byte[] decoded = value.isTextual() ? PackageMetadata.decode(value.textValue()) : null;
        return decoded != null ? decoded : value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The file a reference names: absolute as written, otherwise relative to the definition's folder. */
    private static Optional<Path> target(Path folder, String name) {
        try {
            Path p = Path.of(name);
            return Optional.of((p.isAbsolute() ? p : folder.resolve(p)).normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Problem missing(String label, Place place, String reference, String why) {
        return Problem.error("BUNDLE-REF-MISSING").subject(label).at(place.pointer)
                .hint("Paths after @ are relative to the build definition's folder; put the file there or fix the path.")
                .message(label + ": " + place.shown + " refers to " + reference + ", but " + why + ".");
    }

    static Problem tooLarge(String label, Path path, BundleLimits limits) {
        return Problem.error("BUNDLE-TOO-LARGE").subject(label)
                .hint("Package files are far smaller; check that the right file is named.")
                .message(path + " is larger than " + limits.shownSize() + ", more than any package file needs;"
                        + " it was not read.");
    }
}

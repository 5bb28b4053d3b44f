package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;

import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A revision as the {@code metadata.json} of a package.dcos and back (package-dcos.md section 1): the
 * fields of package.json in their order, then {@code resource} and {@code config} inline, the template as
 * {@code marathon.v2AppMustacheTemplate} (standard base64 of its exact bytes) and, for 3.0 only,
 * {@code command}. {@code selected} is left out: the metadata schema does not have it.
 */
public final class PackageMetadata {

    /** The one package.json field the metadata schema does not allow. */
    static final String SELECTED = "selected";
    static final String MARATHON = "marathon";
    static final String TEMPLATE = "v2AppMustacheTemplate";

    /** Where each revision file goes in metadata.json (the template one level down, in "marathon"). */
    static final Map<RevisionFile, String> KEYS = Map.of(RevisionFile.RESOURCE, "resource",
            RevisionFile.CONFIG, "config", RevisionFile.COMMAND, "command", RevisionFile.TEMPLATE, MARATHON);

    private PackageMetadata() {
    }

    /**
     * A metadata.json, or why none could be made.
     *
     * @param json     the metadata, null when there are errors
     * @param problems errors that stop the build, and infos worth telling (a field left out)
     */
    public record Result(ObjectNode json, PackagingVersion version, List<Problem> problems) {
        public boolean ok() {
            return json != null;
        }

        public Optional<String> name() {
            return text("name");
        }

        public Optional<String> packageVersion() {
            return text("version");
        }

        private Optional<String> text(String field) {
            return json == null ? Optional.empty() : Optional.ofNullable(json.get(field)).filter(JsonNode::isTextual)
                    .map(JsonNode::textValue);
        }

        static Result failed(List<Problem> problems) {
            return new Result(null, null, List.copyOf(problems));
        }
    }

    /** The metadata.json of a revision held in memory (its files' exact bytes), checked against the schema. */
    public static Result of(Revision revision) {
        Map<RevisionFile, byte[]> files = new EnumMap<>(RevisionFile.class);
        for (RevisionFile f : RevisionFile.values()) {
            revision.source(f).ifPresent(s -> files.put(f, s.bytes()));
        }
        return of(files);
    }

    /** The metadata.json of a revision given as the bytes of each file present. */
    public static Result of(Map<RevisionFile, byte[]> files) {
        List<Problem> problems = new ArrayList<>();
        byte[] packageBytes = files.get(RevisionFile.PACKAGE);
        if (packageBytes == null) {
            return Result.failed(List.of(Problem.error("BUNDLE-FILE-NOT-JSON").subject("package.json")
                    .hint("Open the folder that holds package.json.")
                    .message("The revision has no package.json, so there is nothing to bundle.")));
        }
        BundleJson.Parsed pkg = BundleJson.parse(packageBytes);
        if (!pkg.ok() || !pkg.tree().isObject()) {
            return Result.failed(List.of(notJson(RevisionFile.PACKAGE, pkg)));
        }
        ObjectNode packageJson = (ObjectNode) pkg.tree();
        Optional<Problem> versionProblem = PackagingVersions.problem(packageJson, "package.json");
        if (versionProblem.isPresent()) {
            return Result.failed(List.of(versionProblem.get()));
        }
        PackagingVersion version = PackagingVersions.of(packageJson).orElseThrow();
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        packageJson.properties().forEach(e -> {
            if (!e.getKey().equals(SELECTED)) {
                metadata.set(e.getKey(), e.getValue());
            }
        });
        if (packageJson.has(SELECTED)) {
            problems.add(Problem.info("BUNDLE-FIELD-LEFT-OUT").subject("package.json").at("/" + SELECTED)
                    .hint("Nothing to do: Cosmos gives a package added from a bundle no place in the selected list.")
                    .message("\"selected\" was left out of metadata.json: the metadata schema does not have it."));
        }
        for (RevisionFile file : new RevisionFile[] {RevisionFile.RESOURCE, RevisionFile.CONFIG, RevisionFile.COMMAND}) {
            byte[] bytes = files.get(file);
            if (bytes == null) {
                continue;
            }
            BundleJson.Parsed parsed = BundleJson.parse(bytes);
            if (!parsed.ok()) {
                problems.add(notJson(file, parsed));
            } else {
                metadata.set(KEYS.get(file), parsed.tree());
            }
        }
        byte[] template = files.get(RevisionFile.TEMPLATE);
        if (template != null) {
            if (template.length == 0) {
                problems.add(emptyTemplate("marathon.json.mustache"));
            } else {
                metadata.putObject(MARATHON).put(TEMPLATE, Base64.getEncoder().encodeToString(template));
            }
        }
        // The template key goes after resource, as in the Universe's own entries: move config and command last.
        reorder(metadata);
        problems.addAll(schemaProblems(metadata, version, "metadata.json", Severity.ERROR));
        boolean failed = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        return failed ? Result.failed(problems) : new Result(metadata, version, List.copyOf(problems));
    }

    /** resource, marathon, config, command: the order of the Universe's repository entries. */
    private static void reorder(ObjectNode metadata) {
        for (String key : new String[] {"resource", MARATHON, "config", "command"}) {
            JsonNode value = metadata.remove(key);
            if (value != null) {
                metadata.set(key, value);
            }
        }
    }

    static Problem emptyTemplate(String what) {
        return Problem.error("BUNDLE-EMPTY-TEMPLATE").subject(what)
                .hint("Write the Marathon app template, or delete the empty file.")
                .message(what + " is empty; a package.dcos holds the template as base64, which cannot be empty.");
    }

    private static Problem notJson(RevisionFile file, BundleJson.Parsed parsed) {
        String why = parsed.ok() ? "it is not a JSON object" : parsed.error();
        return Problem.error("BUNDLE-FILE-NOT-JSON").subject(file.fileName())
                .hint("Fix " + file.fileName() + " (the validator shows where), then build again.")
                .message(file.fileName() + " cannot go into metadata.json: " + why + ".");
    }

    /**
     * Problems of a metadata.json against the metadata schema of its packaging version.
     *
     * @param document how the metadata is named in messages ("metadata.json", "x.json once resolved")
     */
    static List<Problem> schemaProblems(ObjectNode metadata, PackagingVersion version, String document,
                                        Severity severity) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : SchemaMessages.problems("BUNDLE-METADATA-SCHEMA", document,
                "metadata schema of packaging " + version.text(), BundleSchemas.get().metadataErrors(version, metadata))) {
            out.add(severity == Severity.ERROR ? p : new Problem(severity, p.code(), p.file(), p.pointer(),
                    p.position(), p.subject(), p.message(), p.hint()));
        }
        return out;
    }

    /**
     * The files of a revision folder holding {@code metadata}: package.json from every other field,
     * config.json, resource.json and command.json written in the Universe's style, and the template's
     * exact bytes decoded from base64.
     */
    public static RevisionFiles toFiles(ObjectNode metadata) {
        Map<RevisionFile, byte[]> files = new EnumMap<>(RevisionFile.class);
        List<Problem> problems = new ArrayList<>();
        ObjectNode packageJson = JsonNodeFactory.instance.objectNode();
        metadata.properties().forEach(e -> {
            if (!KEYS.containsValue(e.getKey())) {
                packageJson.set(e.getKey(), e.getValue());
            }
        });
        files.put(RevisionFile.PACKAGE, BundleJson.pretty(packageJson));
        for (RevisionFile file : new RevisionFile[] {RevisionFile.CONFIG, RevisionFile.RESOURCE, RevisionFile.COMMAND}) {
            JsonNode value = metadata.get(KEYS.get(file));
            if (value != null) {
                files.put(file, BundleJson.pretty(value));
            }
        }
        JsonNode marathon = metadata.get(MARATHON);
        if (marathon != null) {
            JsonNode base64 = marathon.get(TEMPLATE);
            byte[] template = base64 != null && base64.isTextual() ? decode(base64.textValue()) : null;
            if (template == null) {
                problems.add(Problem.error("BUNDLE-TEMPLATE-NOT-BASE64").subject("metadata.json")
                        .at("/" + MARATHON + "/" + TEMPLATE)
                        .hint("Rebuild the bundle from its revision folder or build definition.")
                        .message("metadata.json's marathon." + TEMPLATE + " is not the base64 text of a template,"
                                + " so marathon.json.mustache cannot be written."));
            } else {
                files.put(RevisionFile.TEMPLATE, template);
            }
        }
        return new RevisionFiles(files, List.copyOf(problems));
    }

    /** Strict standard base64 (no line breaks, padded), or null. */
    static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The files of a revision folder, or why some could not be written. */
    public record RevisionFiles(Map<RevisionFile, byte[]> files, List<Problem> problems) {
        public boolean ok() {
            return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
        }
    }
}

package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.io.RevisionLoadException;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.Revision;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds a package.dcos (version 1) from a revision folder, a revision in memory, or a build definition:
 * {@code <dir>/<name>-<version>-<md5 of the zip>.dcos}. Everything is checked before anything is written;
 * an existing file is never overwritten.
 */
public final class BundleBuilder {

    /** What name and version must look like to be part of a file name (stricter than search semantics). */
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9-]*[a-z0-9]");
    private static final Pattern SAFE_VERSION = Pattern.compile("[-a-zA-Z0-9.]+");

    private final String studioVersion;
    private final BundleLimits limits;

    /** @param studioVersion the Universe Studio version recorded in manifest.json */
    public BundleBuilder(String studioVersion, BundleLimits limits) {
        this.studioVersion = studioVersion;
        this.limits = limits;
    }

    /**
     * What a build did.
     *
     * @param file      the package.dcos written; null when nothing was written
     * @param problems  the errors that stopped it, and infos worth telling either way
     * @param identical when refused because the file exists with exactly the bytes built: that file
     */
    public record Outcome(Path file, List<Problem> problems, Path identical) {
        public boolean written() {
            return file != null;
        }

        public List<Problem> errors() {
            return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
        }

        static Outcome refused(List<Problem> problems) {
            return new Outcome(null, List.copyOf(problems), null);
        }
    }

    /**
     * Builds from {@code input}: a revision folder (or its package.json) or a build definition.
     *
     * @throws IOException when the input cannot be read or the output folder cannot be written
     */
    public Outcome build(Path input, Path outputDir) throws IOException {
        PackageForm form = PackageForm.of(input);
        switch (form) {
            case REVISION_FOLDER -> {
                try {
                    return build(RevisionReader.read(PackageForm.revisionFolder(input)), outputDir);
                } catch (RevisionLoadException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
            case BUILD_DEFINITION -> {
                BuildDefinitions.Resolved resolved = BuildDefinitions.resolve(input, limits);
                return resolved.ok() ? write(resolved.metadata(), outputDir, resolved.problems())
                        : Outcome.refused(resolved.problems());
            }
            default -> {
                return Outcome.refused(List.of(Problem.error("BUNDLE-DEF-NOT-JSON").subject(input.getFileName().toString())
                        .hint("Extract it with: universe-studio bundle extract " + input)
                        .message(input.getFileName() + " is already a zip (a package.dcos?), not a revision folder or"
                                + " a build definition.")));
            }
        }
    }

    /** Builds from a revision held in memory (its files' exact bytes). */
    public Outcome build(Revision revision, Path outputDir) throws IOException {
        PackageMetadata.Result metadata = PackageMetadata.of(revision);
        return metadata.ok() ? write(metadata.json(), outputDir, metadata.problems())
                : Outcome.refused(metadata.problems());
    }

    private Outcome write(ObjectNode metadata, Path outputDir, List<Problem> notes) throws IOException {
        Optional<Problem> unsafe = fileNameProblem(metadata);
        if (unsafe.isPresent()) {
            return Outcome.refused(List.of(unsafe.get()));
        }
        String name = metadata.path("name").asText();
        String version = metadata.path("version").asText();
        byte[] zip = BundleZip.zip(metadata, studioVersion);
        Path target = outputDir.toAbsolutePath().normalize()
                .resolve(name + "-" + version + "-" + BundleZip.md5(zip) + ".dcos");
        List<Problem> problems = new ArrayList<>(notes);
        try {
            if (!Files.exists(target)) {
                NewFiles.write(target, zip);
                return new Outcome(target, List.copyOf(problems), null);
            }
        } catch (FileAlreadyExistsException e) {
            // appeared meanwhile: refused below like any existing file
        }
        boolean same = Files.isRegularFile(target) && Files.size(target) == zip.length
                && Arrays.equals(Files.readAllBytes(target), zip);
        problems.add(exists(target, same));
        return new Outcome(null, List.copyOf(problems), same ? target : null);
    }

    /**
     * Why name and version cannot be part of a file name, if so: the schemas' patterns, read with search
     * semantics, let a final line break through.
     */
    static Optional<Problem> fileNameProblem(ObjectNode metadata) {
        String name = metadata.path("name").asText();
        String version = metadata.path("version").asText();
        if (SAFE_NAME.matcher(name).matches() && SAFE_VERSION.matcher(version).matches()) {
            return Optional.empty();
        }
        return Optional.of(Problem.error("BUNDLE-METADATA-SCHEMA").subject("metadata.json")
                .hint("Remove line breaks and other characters from name and version.")
                .message("name " + SchemaMessages.shown(metadata.get("name")) + " and version "
                        + SchemaMessages.shown(metadata.get("version"))
                        + " must be plain letters, digits, dots and dashes to name the file."));
    }

    private static Problem exists(Path target, boolean same) {
        return Problem.error("BUNDLE-EXISTS").subject(target.getFileName().toString())
                .hint(same ? "Nothing to do: use the existing file." : "Move the existing file away, or choose another"
                        + " output folder.")
                .message(target + " already exists" + (same ? " with exactly these bytes (this same build)" : "")
                        + "; a package.dcos is never overwritten, so nothing was written.");
    }
}

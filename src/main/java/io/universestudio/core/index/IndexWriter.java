package io.universestudio.core.index;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import io.universestudio.core.io.StagingFolder;

import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a {@link RepositoryIndex} as the Universe generator's files (universe-format.md 4.1):
 * {@code universe.json}, {@code repo-empty-v3.json}, {@code repo-up-to-<X>.json} per DC/OS release,
 * {@code <X>/package/<name>.json}, and a {@code .content_type} sidecar for each top-level file.
 *
 * <p>Everything is written into a staging folder inside the output folder first; only when all files
 * are complete are they moved into place, and per-package files of packages that are gone are removed.
 * So a failure while writing leaves the previous index untouched, and re-running into a folder that
 * already holds an index works (the Universe's script refuses to). The staging folder is locked while
 * in use; staging folders of writers that died (no process holds their lock) are removed first.
 */
public final class IndexWriter {

    static final String UNIVERSE = "universe.json";
    static final String EMPTY = "repo-empty-v3.json";
    static final String STAGING_PREFIX = ".staging-";
    private static final byte[] OPEN = "{\"packages\": [".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEPARATOR = ", ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "]}".getBytes(StandardCharsets.US_ASCII);

    private IndexWriter() {
    }

    public static IndexResult write(RepositoryIndex index, Path outDir) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Files.createDirectories(out);
        StagingFolder.removeStale(out, STAGING_PREFIX);
        try (StagingFolder stagingFolder = StagingFolder.create(out, STAGING_PREFIX)) {
            Path staging = stagingFolder.path();
            Map<String, Integer> counts = new LinkedHashMap<>();
            List<Path> written = new ArrayList<>();
            writeRepo(staging, UNIVERSE, index.entries(), false, RepoVersion.V5, written);
            counts.put(UNIVERSE, index.entries().size());
            writeRepo(staging, EMPTY, List.of(), false, RepoVersion.V3, written);
            counts.put(EMPTY, 0);
            for (DcosRelease release : DcosRelease.values()) {
                List<IndexEntry> served = index.servedTo(release);
                writeRepo(staging, release.fileName(), served, release.legacy(), release.repoVersion(), written);
                counts.put(release.fileName(), served.size());
                Map<String, List<IndexEntry>> byName = new LinkedHashMap<>();
                served.forEach(e -> byName.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e));
                for (Map.Entry<String, List<IndexEntry>> pkg : byName.entrySet()) {
                    writeRepo(staging, release.label() + "/package/" + pkg.getKey() + ".json", pkg.getValue(),
                            release.legacy(), null, written);
                }
            }
            moveIntoPlace(staging, out, written);
            return new IndexResult(out, counts, written.size(), index.problems());
        }
    }

    private static void writeRepo(Path staging, String relative, List<IndexEntry> entries, boolean legacy,
                                  RepoVersion contentType, List<Path> written) throws IOException {
        Path file = staging.resolve(relative);
        Files.createDirectories(file.getParent());
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            os.write(OPEN);
            for (int i = 0; i < entries.size(); i++) {
                if (i > 0) {
                    os.write(SEPARATOR);
                }
                os.write(legacy ? entries.get(i).legacyJson() : entries.get(i).modernJson());
            }
            os.write(CLOSE);
        }
        written.add(staging.relativize(file));
        if (contentType != null) {
            String sidecar = relative.substring(0, relative.length() - ".json".length()) + ".content_type";
            Files.writeString(staging.resolve(sidecar), contentType.mediaType(), StandardCharsets.US_ASCII);
            written.add(staging.relativize(staging.resolve(sidecar)));
        }
    }

    private static void moveIntoPlace(Path staging, Path out, List<Path> written) throws IOException {
        Set<Path> produced = new LinkedHashSet<>(written);
        for (Path rel : written) {
            Path target = out.resolve(rel.toString());
            Files.createDirectories(target.getParent());
            try {
                Files.move(staging.resolve(rel), target, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging.resolve(rel), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // A package removed since the last run must not stay in the per-package files.
        for (DcosRelease release : DcosRelease.values()) {
            Path dir = out.resolve(release.label()).resolve("package");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Path rel = out.relativize(f);
                    if (f.getFileName().toString().endsWith(".json") && !produced.contains(Path.of(rel.toString()))) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }

}

package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every corpus revision with packaging version 3.0-5.0: built into a package.dcos and extracted again,
 * the template comes back byte for byte and every JSON file JSON-equal (package.json less "selected",
 * which metadata.json does not have); its build definition, with references or inline, builds the very
 * same package.dcos.
 */
class BundleRoundTripCorpusTest {

    private static final Set<String> BUNDLED_VERSIONS = Set.of("3.0", "4.0", "5.0");

    private final BundleBuilder builder = new BundleBuilder("corpus", BundleLimits.DEFAULT);
    private final BundleExtractor extractor = new BundleExtractor(BundleLimits.DEFAULT);

    @Test
    void everyRevisionFrom30To50RoundTrips(@TempDir Path temp) throws Exception {
        List<String> failures = new ArrayList<>();
        int revisions = 0;
        int templates = 0;
        long start = System.nanoTime();
        for (Path dir : Shared.corpusRevisions()) {
            JsonNode pkg = BundleFixtures.json(dir.resolve("package.json"));
            if (!BUNDLED_VERSIONS.contains(pkg.path("packagingVersion").asText())) {
                continue;
            }
            revisions++;
            templates += Files.exists(dir.resolve("marathon.json.mustache")) ? 1 : 0;
            Path work = temp.resolve("r" + revisions);
            try {
                roundTrip(dir, work, failures);
            } finally {
                deleteTree(work);
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Round-tripped %d corpus revisions (3.0-5.0; %d with a template) through package.dcos and"
                + " build definitions in %d ms%n", revisions, templates, ms);
        assertThat(failures).isEmpty();
        assertThat(revisions).isGreaterThan(900);
    }

    private void roundTrip(Path dir, Path work, List<String> failures) throws IOException {
        String name = Shared.corpus().resolve("packages").relativize(dir).toString();
        BundleBuilder.Outcome built = builder.build(dir, work.resolve("bundle"));
        if (!built.written()) {
            failures.add(name + ": not built: " + built.problems());
            return;
        }
        BundleExtractor.Outcome extracted = extractor.extract(built.file(), work.resolve("extracted"), work, false);
        if (!extracted.written() || !extracted.problems().isEmpty()) {
            failures.add(name + ": not extracted cleanly: " + extracted.problems());
            return;
        }
        for (RevisionFile f : RevisionFile.values()) {
            Path original = dir.resolve(f.fileName());
            Path copy = extracted.folder().resolve(f.fileName());
            if (Files.exists(original) != Files.exists(copy)) {
                failures.add(name + ": " + f.fileName() + (Files.exists(copy) ? " appeared" : " was lost"));
            } else if (!Files.exists(original)) {
                continue;
            } else if (f == RevisionFile.TEMPLATE) {
                if (Files.mismatch(original, copy) != -1) {
                    failures.add(name + ": the template differs");
                }
            } else {
                JsonNode before = BundleFixtures.json(original);
                if (f == RevisionFile.PACKAGE) {
                    ((ObjectNode) before).remove(PackageMetadata.SELECTED);
                }
                if (!before.equals(BundleFixtures.json(copy))) {
                    failures.add(name + ": " + f.fileName() + " is not JSON-equal");
                }
            }
        }
        Revision revision = RevisionReader.read(dir);
        for (boolean inline : new boolean[] {false, true}) {
            Path defDir = work.resolve(inline ? "inline" : "references");
            DefinitionWriter.Outcome definition = DefinitionWriter.write(revision, defDir, inline);
            if (!definition.written()) {
                failures.add(name + ": no definition (inline " + inline + "): " + definition.problems());
                continue;
            }
            BundleBuilder.Outcome rebuilt = builder.build(definition.definition(), defDir.resolve("bundle"));
            if (!rebuilt.written()) {
                failures.add(name + ": definition not built (inline " + inline + "): " + rebuilt.problems());
            } else if (!java.util.Arrays.equals(BundleFixtures.entries(rebuilt.file()).get("metadata.json"),
                    BundleFixtures.entries(built.file()).get("metadata.json"))) {
                failures.add(name + ": the definition (inline " + inline + ") builds another metadata.json");
            } else if (!rebuilt.file().getFileName().equals(built.file().getFileName())
                    || Files.mismatch(rebuilt.file(), built.file()) != -1) {
                failures.add(name + ": the definition (inline " + inline + ") builds other zip bytes");
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package io.universestudio.core.io;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every corpus revision reads, and writes back byte for byte. */
class RoundTripCorpusTest {

    @Test
    void everyRevisionRoundTripsByteForByte(@TempDir Path temp) throws Exception {
        List<Path> revisions = Shared.corpusRevisions();
        assertThat(revisions).hasSizeGreaterThan(1000);
        List<String> mismatches = new ArrayList<>();
        int files = 0;
        for (Path dir : revisions) {
            Revision r = RevisionReader.read(dir);
            Path out = temp.resolve(Shared.corpus().resolve("packages").relativize(dir).toString());
            RevisionWriter.write(r, out);
            for (RevisionFile f : RevisionFile.values()) {
                Path original = dir.resolve(f.fileName());
                Path copy = out.resolve(f.fileName());
                if (Files.exists(original)) {
                    files++;
                    if (!Files.exists(copy) || Files.mismatch(original, copy) != -1) {
                        mismatches.add(original.toString());
                    }
                } else if (Files.exists(copy)) {
                    mismatches.add("extra " + copy);
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(files).isGreaterThan(4000);
    }

    @Test
    void everyJsonFileOfTheCorpusParses() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Path dir : Shared.corpusRevisions()) {
            Revision r = RevisionReader.read(dir);
            for (RevisionFile f : RevisionFile.values()) {
                r.document(f).filter(d -> !d.parses()).ifPresent(d -> failures.add(dir + "/" + f.fileName()
                        + ": " + d.syntaxProblems()));
            }
            assertThat(r.name()).as(dir.toString()).isPresent();
            assertThat(r.origin().ref()).as(dir.toString()).isNotNull();
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void readingTheWholeCorpusIsFast() throws Exception {
        List<Path> revisions = Shared.corpusRevisions();
        for (Path dir : revisions) {
            RevisionReader.read(dir); // warm up the JIT and the file cache
        }
        long start = System.nanoTime();
        int duplicates = 0;
        for (Path dir : revisions) {
            Revision r = RevisionReader.read(dir);
            for (RevisionFile f : RevisionFile.values()) {
                duplicates += r.document(f).map(d -> d.duplicateKeys().size()).orElse(0);
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Read %d corpus revisions in %d ms (%d duplicate keys found)%n", revisions.size(), ms, duplicates);
        // The corpus has 13 files with a duplicate key (universe-format.md, section 5.3).
        assertThat(duplicates).isGreaterThanOrEqualTo(13);
    }
}

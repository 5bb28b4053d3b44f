package io.universestudio.core.authoring;

import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.Samples;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Prints how long the authoring operations take (mvn -Pbench test); asserts no times. */
class AuthoringBenchmark {

    @TempDir
    Path dir;

    @Test
    void figures() throws Exception {
        List<Revision> old = new ArrayList<>();
        for (Path p : Shared.corpusRevisions()) {
            Revision r = RevisionReader.read(p);
            if (Migration.applies(r)) {
                old.add(r);
            }
        }
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int changed = 0;
            for (Revision r : old) {
                changed += Migration.toV4(r).migrated() ? 1 : 0;
            }
            long t1 = System.nanoTime();
            System.out.printf("migrate %d 2.0/3.0 corpus revisions: %.1f ms (%d migrated)%n", old.size(), (t1 - t0) / 1e6, changed);
        }

        long t2 = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            for (String s : Samples.NAMES) {
                PackageGenerator.generate(new NewPackageRequest("pkg-" + i, PackagingVersion.V4_0, "m@example.com", s));
            }
        }
        System.out.printf("generate 300 packages from samples: %.1f ms%n", (System.nanoTime() - t2) / 1e6);

        UniverseRepository repo = UniverseRepository.openOrCreate(dir.resolve("u"));
        Revision big = RevisionReader.read(Shared.revision("D/datastax-dse/700"));
        RevisionWriter.write(big, repo.revisionDir("datastax-dse", 700));
        for (int round = 0; round < 3; round++) {
            long t3 = System.nanoTime();
            NewRevision.Result r = NewRevision.fromLatest(repo, "datastax-dse", AppRenderer.NONE);
            System.out.printf("new revision of datastax-dse (148 KB config) with diff: %.1f ms -> %d%n",
                    (System.nanoTime() - t3) / 1e6, r.number());
        }
    }
}

package io.universestudio.core.io;

import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SamplesTest {

    @Test
    void theBundledSampleHasEveryFileAndParses() {
        Revision sample = Samples.load(Samples.DEFAULT);
        assertThat(sample.name()).hasValue("hello-web");
        assertThat(sample.packagingVersion()).hasValue(PackagingVersion.V4_0);
        for (RevisionFile f : new RevisionFile[] {RevisionFile.PACKAGE, RevisionFile.CONFIG, RevisionFile.RESOURCE}) {
            assertThat(sample.document(f).orElseThrow().parses()).as(f.fileName()).isTrue();
        }
        assertThat(sample.template()).hasValueSatisfying(t -> t.contains("{{service.name}}"));
        assertThat(sample.origin().folder()).isNull();
    }
}

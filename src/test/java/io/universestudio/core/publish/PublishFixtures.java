package io.universestudio.core.publish;

import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The author's package folder (the sample package written to disk) and progress recording. */
final class PublishFixtures {

    private PublishFixtures() {
    }

    /** Writes the sample package into {@code folder} and reads it back, as the app opens a package. */
    static Revision authorPackage(Path folder) throws Exception {
        RevisionWriter.write(Samples.load(Samples.DEFAULT), folder);
        return RevisionReader.read(folder);
    }

    /** The same package with another version string. */
    static Revision withVersion(Revision revision, String version) {
        String pkg = revision.text(RevisionFile.PACKAGE).orElseThrow();
        return revision.withText(RevisionFile.PACKAGE,
                pkg.replaceFirst("\"version\": \"[^\"]*\"", "\"version\": \"" + version + "\""));
    }

    /** Records the steps reported; can cancel when a given step starts. */
    static final class Recorder implements PublishProgress {
        final List<PublishStep> steps = new ArrayList<>();
        private final PublishStep cancelAt;
        private final Runnable onStep;
        private final PublishStep runAt;

        Recorder() {
            this(null, null, null);
        }

        Recorder(PublishStep cancelAt, PublishStep runAt, Runnable onStep) {
            this.cancelAt = cancelAt;
            this.runAt = runAt;
            this.onStep = onStep;
        }

        @Override
        public void step(PublishStep step, String detail) {
            steps.add(step);
            if (step == runAt && onStep != null) {
                onStep.run();
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelAt != null && steps.contains(cancelAt);
        }
    }
}

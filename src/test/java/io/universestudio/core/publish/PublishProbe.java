package io.universestudio.core.publish;

import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.io.RevisionReader;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link ConcurrentPublishTest}: publishes revision folders one after another into
 * a local Universe, printing each step and result on a line of its own.
 * Arguments: {@code publish REPO REVISION...}, or {@code pause-at-indexing REPO REVISION} to stop for good
 * once the revision is moved in and the index rebuild begins (the test kills it there).
 */
public final class PublishProbe {

    private PublishProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean pause = args[0].equals("pause-at-indexing");
        LocalUniversePublisher publisher = new LocalUniversePublisher(Path.of(args[1]), new IndexGenerator());
        for (int i = 2; i < args.length; i++) {
            PublishResult result = publisher.publish(RevisionReader.read(Path.of(args[i])), (step, detail) -> {
                System.out.println("STEP " + step + " " + detail);
                System.out.flush();
                if (pause && step == PublishStep.INDEXING) {
                    sleepForever();
                }
            });
            System.out.println("RESULT " + result.status() + " " + result.revision() + " " + result.message());
            System.out.flush();
        }
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE); // the test kills this process here, with SIGKILL
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.universestudio.core.publish;

import io.universestudio.core.model.Revision;

/**
 * Publishes a package revision to one target. Every publish checks the revision first and refuses on
 * errors; writes nothing if the target's latest revision has the same content; and leaves the target
 * as it was when any step fails. The author's own folder is only read.
 */
public interface Publisher {

    /** A short description of the target for people ("local Universe /home/a/universe"). */
    String target();

    /** Never throws for expected failures: they come back as a {@link PublishResult} saying why. */
    PublishResult publish(Revision revision, PublishProgress progress);
}

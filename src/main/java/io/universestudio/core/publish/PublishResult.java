package io.universestudio.core.publish;

import io.universestudio.core.validate.Problem;

import java.util.List;
import java.util.Optional;

/**
 * How a publish ended, in words a person can act on.
 *
 * @param revision the revision number written (or the existing one, when UNCHANGED); -1 if none
 * @param location where it went: the revision folder, or the remote and branch
 * @param commit   the commit id for git targets, else null
 * @param problems the validation or index problems that made the publish refuse
 */
public record PublishResult(Status status, String packageName, String version, int revision, String location,
                            String commit, String message, List<Problem> problems) {

    public enum Status {
        /** Written (and pushed) as a new revision. */
        PUBLISHED,
        /** The latest revision already has exactly this content; nothing was added. */
        UNCHANGED,
        /** The package has errors; nothing was written. */
        REFUSED,
        /** A step failed; the repository (and remote) are as they were. */
        FAILED,
        /** Stopped on request before anything became visible. */
        CANCELLED
    }

    public PublishResult {
        problems = List.copyOf(problems);
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    public Optional<String> commitIfAny() {
        return Optional.ofNullable(commit);
    }

    static PublishResult refused(String name, String version, String message, List<Problem> problems) {
        return new PublishResult(Status.REFUSED, name, version, -1, null, null, message, problems);
    }

    static PublishResult failed(String name, String version, String location, String message) {
        return new PublishResult(Status.FAILED, name, version, -1, location, null, message, List.of());
    }

    static PublishResult cancelled(String name, String version) {
        return new PublishResult(Status.CANCELLED, name, version, -1, null, null,
                "Publishing was cancelled; nothing was changed.", List.of());
    }
}

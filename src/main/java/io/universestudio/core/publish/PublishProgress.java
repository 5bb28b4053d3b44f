package io.universestudio.core.publish;

/**
 * Where a publish reports its steps and asks whether to stop. Called on the publishing thread; a UI
 * hands the report to its own thread. Cancellation is honoured between steps, up to the point where
 * the change becomes visible (the move into the repository, the push); after that the publish finishes.
 */
public interface PublishProgress {

    void step(PublishStep step, String detail);

    default boolean isCancelled() {
        return false;
    }

    /** Reports nothing and never cancels. */
    static PublishProgress silent() {
        return (step, detail) -> { };
    }
}

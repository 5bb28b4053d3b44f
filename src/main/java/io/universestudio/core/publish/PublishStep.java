package io.universestudio.core.publish;

/** The steps of a publish, in order, with how far along each one is (for a progress bar). */
public enum PublishStep {
    VALIDATING("Checking the package", 0.05),
    PREPARING("Getting the repository ready", 0.15),
    WAITING("Waiting for another publish to this repository", 0.20),
    WRITING("Writing the revision", 0.45),
    INDEXING("Rebuilding the repository index", 0.65),
    COMMITTING("Committing", 0.70),
    PUSHING("Pushing", 0.80),
    ROLLING_BACK("Putting the repository back as it was", 0.90),
    DONE("Done", 1.0);

    private final String label;
    private final double fraction;

    PublishStep(String label, double fraction) {
        this.label = label;
        this.fraction = fraction;
    }

    public String label() {
        return label;
    }

    /** How much of the whole publish is done when this step starts, from 0 to 1. */
    public double fraction() {
        return fraction;
    }
}

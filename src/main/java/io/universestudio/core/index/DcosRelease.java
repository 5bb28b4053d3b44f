package io.universestudio.core.index;

import io.universestudio.core.model.LooseVersion;

import java.util.Arrays;
import java.util.Optional;

/**
 * The DC/OS releases the Universe's generator writes a repository file for (universe-format.md 4.4),
 * oldest first. Releases before 1.10 get the downgraded, quote-escaped form of each entry.
 */
public enum DcosRelease {
    V1_8("1.8", RepoVersion.V3),
    V1_9("1.9", RepoVersion.V3),
    V1_10("1.10", RepoVersion.V4),
    V1_11("1.11", RepoVersion.V4),
    V1_12("1.12", RepoVersion.V5),
    V1_13("1.13", RepoVersion.V5),
    V2_0("2.0", RepoVersion.V5);

    /** The release assumed when a client does not say (the Universe server does the same). */
    public static final DcosRelease LATEST = V2_0;

    private final String label;
    private final RepoVersion repoVersion;

    DcosRelease(String label, RepoVersion repoVersion) {
        this.label = label;
        this.repoVersion = repoVersion;
    }

    public String label() {
        return label;
    }

    /** The repository format of this release's file, which also names its media type. */
    public RepoVersion repoVersion() {
        return repoVersion;
    }

    /** {@code repo-up-to-1.10.json} */
    public String fileName() {
        return "repo-up-to-" + label + ".json";
    }

    /** Releases before 1.10 need 4.0/5.0 entries downgraded to 3.0 and quotes escaped in config. */
    public boolean legacy() {
        return repoVersion == RepoVersion.V3;
    }

    /** Whether a package with this minDcosReleaseVersion (null: none) is served to this release. */
    public boolean serves(String minDcosReleaseVersion) {
        return LooseVersion.compare(minDcosReleaseVersion == null ? "0.0" : minDcosReleaseVersion, label) <= 0;
    }

    public static Optional<DcosRelease> byLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
    }
}

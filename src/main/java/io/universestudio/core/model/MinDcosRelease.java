package io.universestudio.core.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.regex.Pattern;

/** package.json's {@code minDcosReleaseVersion}: reading it, and the minimum that packaging 5.0 needs. */
public final class MinDcosRelease {

    /** The first DC/OS release whose Universe index file holds packaging 5.0 (universe-format.md §1.3, §3.4). */
    public static final String FOR_PACKAGING_V5 = "1.12";

    /** The schema's pattern for the field. */
    private static final Pattern VALID = Pattern.compile("^(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))*$");

    private MinDcosRelease() {
    }

    /**
     * The field of a package.json object when it is a valid version string; empty when it is missing or
     * invalid (an invalid one is PKG-MIN-DCOS-PATTERN's business, not something to compare).
     */
    public static Optional<String> of(JsonNode packageJson) {
        return Optional.ofNullable(packageJson).map(p -> p.get("minDcosReleaseVersion"))
                .filter(JsonNode::isTextual).map(JsonNode::asText).filter(v -> VALID.matcher(v).find());
    }
}

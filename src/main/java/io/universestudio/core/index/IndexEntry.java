package io.universestudio.core.index;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;

/**
 * One accepted revision in the index: the entry as served to DC/OS 1.10 and later (and in
 * universe.json) and, when it is served to 1.8/1.9 at all, its legacy form, each already written as
 * Python-style JSON so every file that holds the entry reuses the same bytes.
 *
 * @param revisionPath where it came from, relative to the repository (e.g. {@code packages/K/kafka/12})
 */
public record IndexEntry(String name, int releaseVersion, String minDcosReleaseVersion, String revisionPath,
                         ObjectNode modern, ObjectNode legacy, byte[] modernJson, byte[] legacyJson) {

    static IndexEntry of(String name, int releaseVersion, String minDcos, String revisionPath, ObjectNode modern,
                         ObjectNode legacy) {
        return new IndexEntry(name, releaseVersion, minDcos, revisionPath, modern, legacy,
                ascii(modern), legacy == null ? null : ascii(legacy));
    }

    private static byte[] ascii(ObjectNode node) {
        return PythonJson.write(node).getBytes(StandardCharsets.US_ASCII);
    }

    public boolean servedTo(DcosRelease release) {
        return release.serves(minDcosReleaseVersion);
    }

    /** The entry's JSON in the file for {@code release}. */
    byte[] jsonFor(DcosRelease release) {
        return release.legacy() ? legacyJson : modernJson;
    }

    /** The entry as it appears in the file for {@code release}. */
    public ObjectNode formFor(DcosRelease release) {
        return release.legacy() ? legacy : modern;
    }
}

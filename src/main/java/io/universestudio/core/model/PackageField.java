package io.universestudio.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The fields of package.json and the packagingVersion that introduced each (universe-format.md 2.3, the
 * Universe's package schema): the one table the package form, the rules, rendering, migration and the
 * new-package generator read. A field, once allowed, stays allowed in every later version.
 *
 * @param key      the key in package.json
 * @param kind     what its value is
 * @param required whether every version requires it
 * @param since    the first packagingVersion that allows it
 */
public record PackageField(String key, Kind kind, boolean required, PackagingVersion since) {

    /** What a field holds. */
    public enum Kind { PACKAGING_VERSION, TEXT, MULTILINE, BOOLEAN, TIMESTAMP, TAGS, VERSION_LIST, LICENSES, MANAGER }

    /** Every field, in the order the form shows them. */
    public static final List<PackageField> ALL = List.of(
            new PackageField("packagingVersion", Kind.PACKAGING_VERSION, true, PackagingVersion.V2_0),
            new PackageField("name", Kind.TEXT, true, PackagingVersion.V2_0),
            new PackageField("version", Kind.TEXT, true, PackagingVersion.V2_0),
            new PackageField("maintainer", Kind.TEXT, true, PackagingVersion.V2_0),
            new PackageField("description", Kind.MULTILINE, true, PackagingVersion.V2_0),
            new PackageField("tags", Kind.TAGS, true, PackagingVersion.V2_0),
            new PackageField("scm", Kind.TEXT, false, PackagingVersion.V2_0),
            new PackageField("website", Kind.TEXT, false, PackagingVersion.V2_0),
            new PackageField("framework", Kind.BOOLEAN, false, PackagingVersion.V2_0),
            new PackageField("selected", Kind.BOOLEAN, false, PackagingVersion.V2_0),
            new PackageField("preInstallNotes", Kind.MULTILINE, false, PackagingVersion.V2_0),
            new PackageField("postInstallNotes", Kind.MULTILINE, false, PackagingVersion.V2_0),
            new PackageField("postUninstallNotes", Kind.MULTILINE, false, PackagingVersion.V2_0),
            new PackageField("licenses", Kind.LICENSES, false, PackagingVersion.V2_0),
            new PackageField("minDcosReleaseVersion", Kind.TEXT, false, PackagingVersion.V3_0),
            new PackageField("hasKnownIssues", Kind.BOOLEAN, false, PackagingVersion.V3_0),
            new PackageField("lastUpdated", Kind.TIMESTAMP, false, PackagingVersion.V3_0),
            new PackageField("upgradesFrom", Kind.VERSION_LIST, false, PackagingVersion.V4_0),
            new PackageField("downgradesTo", Kind.VERSION_LIST, false, PackagingVersion.V4_0),
            new PackageField("manager", Kind.MANAGER, false, PackagingVersion.V5_0));

    /**
     * Cosmos's package model per packagingVersion ({@code V2Package} to {@code V5Package}): the fields in the
     * order Cosmos encodes them, package.json's interleaved with the generator's {@code releaseVersion} and the
     * revision's other files ({@code marathon}, {@code resource}, {@code config}, {@code command}). Only the
     * order is new here: the package.json keys are exactly the {@link #fieldsOf} the version (a test holds them
     * to that).
     */
    private static final List<List<String>> COSMOS_ORDER = List.of(
            List.of("packagingVersion", "name", "version", "releaseVersion", "maintainer", "description", "marathon",
                    "tags", "selected", "scm", "website", "framework", "preInstallNotes", "postInstallNotes",
                    "postUninstallNotes", "licenses", "resource", "config", "command"),
            List.of("packagingVersion", "name", "version", "releaseVersion", "maintainer", "description", "tags",
                    "selected", "scm", "website", "framework", "preInstallNotes", "postInstallNotes",
                    "postUninstallNotes", "licenses", "minDcosReleaseVersion", "marathon", "resource", "config", "command",
                    "lastUpdated", "hasKnownIssues"),
            List.of("packagingVersion", "name", "version", "releaseVersion", "maintainer", "description", "tags",
                    "selected", "scm", "website", "framework", "preInstallNotes", "postInstallNotes",
                    "postUninstallNotes", "licenses", "minDcosReleaseVersion", "marathon", "resource", "config",
                    "lastUpdated", "hasKnownIssues", "upgradesFrom", "downgradesTo"),
            List.of("packagingVersion", "name", "version", "releaseVersion", "maintainer", "description", "tags",
                    "selected", "scm", "website", "framework", "preInstallNotes", "postInstallNotes",
                    "postUninstallNotes", "licenses", "minDcosReleaseVersion", "marathon", "resource", "config",
                    "upgradesFrom", "downgradesTo", "manager", "lastUpdated", "hasKnownIssues"));

    public static Optional<PackageField> byKey(String key) {
        return ALL.stream().filter(f -> f.key.equals(key)).findFirst();
    }

    /** The fields {@code version} allows, in the form's order. */
    public static List<PackageField> fieldsOf(PackagingVersion version) {
        return ALL.stream().filter(f -> f.allowedIn(version)).toList();
    }

    /** Whether package.json of {@code version} may have {@code key}; unknown keys are not allowed. */
    public static boolean allows(PackagingVersion version, String key) {
        return byKey(key).map(f -> f.allowedIn(version)).orElse(false);
    }

    /** Cosmos's package model of {@code version}, in its order (see {@link #COSMOS_ORDER}). */
    public static List<String> cosmosOrder(PackagingVersion version) {
        return COSMOS_ORDER.get(version.ordinal());
    }

    /** True when {@code version} allows this field; an unknown version (null) allows everything. */
    public boolean allowedIn(PackagingVersion version) {
        return version == null || version.compareTo(since) >= 0;
    }

    public String pointer() {
        return "/" + key;
    }
}

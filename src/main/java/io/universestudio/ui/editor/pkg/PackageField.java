package io.universestudio.ui.editor.pkg;

import io.universestudio.core.model.PackagingVersion;

import java.util.List;
import java.util.Optional;

/**
 * One field of package.json as the form shows it: its key, the kind of editor, whether every version
 * requires it, and the first packagingVersion that allows it (format spec section 2.3).
 */
public record PackageField(String key, Kind kind, boolean required, PackagingVersion since) {

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

    public static Optional<PackageField> byKey(String key) {
        return ALL.stream().filter(f -> f.key.equals(key)).findFirst();
    }

    /** True when {@code version} allows this field; an unknown version allows everything. */
    public boolean allowedIn(PackagingVersion version) {
        return version == null || version.compareTo(since) >= 0;
    }

    public String pointer() {
        return "/" + key;
    }
}

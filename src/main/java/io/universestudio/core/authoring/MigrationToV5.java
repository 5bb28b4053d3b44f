package io.universestudio.core.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.model.LooseVersion;
import io.universestudio.core.model.MinDcosRelease;
import io.universestudio.core.model.PackageField;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Moves a 4.0 package to packaging 5.0, as one pure function like {@link Migration#toV4}: the window applies
 * the result as an undoable edit and lists what changed. 5.0 is 4.0 plus the optional {@code manager}
 * (universe-format.md §2.3), but the Universe serves 5.0 entries only in its DC/OS 1.12+ index files (§1.3,
 * §3.4), so:
 * <ul>
 *   <li>{@code packagingVersion} becomes 5.0;</li>
 *   <li>{@code minDcosReleaseVersion} below 1.12, missing or unreadable becomes 1.12: the revision is then no
 *       longer offered to DC/OS 1.11 and older, which the summary says;</li>
 *   <li>a command.json (forbidden since 4.0, so already a problem) is removed;</li>
 *   <li>package.json fields 5.0 does not allow are removed; {@code upgradesFrom}/{@code downgradesTo} are
 *       added, empty, if missing (the schema does not need them, the update rules do);</li>
 *   <li>{@code manager} is not invented: the summary explains what it is, for the author to fill in if the
 *       package has one.</li>
 * </ul>
 * See docs/adr/0123.
 */
public final class MigrationToV5 {

    /** What {@code manager} is, in the words the window shows beside the action. */
    public static final String MANAGER_HINT = "5.0 adds one optional field, manager: the name of another package"
            + " (a package manager service, such as beta-mke for Kubernetes clusters) to which Cosmos hands"
            + " install, update and uninstall of this package. Most packages have none; upgrade only if yours"
            + " is run by such a manager.";

    private MigrationToV5() {
    }

    /** True when {@link #migrate} would change something: a readable 4.0 package. */
    public static boolean applies(Revision revision) {
        return revision.packagingVersion().filter(v -> v == PackagingVersion.V4_0).isPresent()
                && revision.packageJson().flatMap(d -> d.object()).isPresent();
    }

    public static Migration.Result migrate(Revision revision) {
        if (!applies(revision)) {
            String why = revision.packagingVersion()
                    .map(v -> v == PackagingVersion.V5_0
                            ? "The package is already packaging 5.0; there is nothing to migrate."
                            : "The package is packaging " + v.text() + ": migrate it to 4.0 first.")
                    .orElse("package.json does not declare packaging 4.0 in a readable form; fix it first.");
            return new Migration.Result(revision, false, List.of(), List.of(why));
        }
        List<String> changes = new ArrayList<>();
        List<String> attention = new ArrayList<>();
        ObjectNode pkg = revision.packageJson().flatMap(d -> d.object()).orElseThrow().deepCopy();
        Revision out = revision;

        pkg.put("packagingVersion", PackagingVersion.V5_0.text());
        changes.add("packagingVersion 4.0 becomes 5.0.");

        raiseMinDcos(pkg, changes);
        removeFieldsV5Forbids(pkg, changes);
        if (revision.has(RevisionFile.COMMAND)) {
            out = out.without(RevisionFile.COMMAND);
            changes.add("command.json removed: 4.0 and 5.0 forbid it. A CLI goes in resource.json under"
                    + " cli.binaries.");
        }
        List<String> added = new ArrayList<>();
        for (String list : List.of("upgradesFrom", "downgradesTo")) {
            if (!pkg.has(list)) {
                pkg.putArray(list);
                added.add(list);
            }
        }
        if (!added.isEmpty()) {
            changes.add(String.join(" and ", added) + " added, empty: no installed version can be updated in"
                    + " place to this one or back until you list some.");
        }
        if (!pkg.has("manager")) {
            attention.add(MANAGER_HINT + " Set it in the package form (Manager) if the package has one.");
        }
        return new Migration.Result(out.withTree(RevisionFile.PACKAGE, pkg), true, changes, attention);
    }

    private static void raiseMinDcos(ObjectNode pkg, List<String> changes) {
        JsonNode min = pkg.get("minDcosReleaseVersion");
        Optional<String> readable = MinDcosRelease.of(pkg);
        if (readable.isPresent() && !LooseVersion.of(readable.get()).lessThan(MinDcosRelease.FOR_PACKAGING_V5)) {
            return;
        }
        String before = min == null ? "(none)" : min.isTextual() ? min.asText() : min.toString();
        pkg.put("minDcosReleaseVersion", MinDcosRelease.FOR_PACKAGING_V5);
        changes.add("minDcosReleaseVersion " + before + " becomes " + MinDcosRelease.FOR_PACKAGING_V5 + ": the Universe offers"
                + " 5.0 packages only to DC/OS 1.12 and later, so clusters on older DC/OS no longer see this"
                + " revision.");
    }

    private static void removeFieldsV5Forbids(ObjectNode pkg, List<String> changes) {
        List<String> removed = new ArrayList<>();
        Iterator<String> names = pkg.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!PackageField.allows(PackagingVersion.V5_0, name)) {
                removed.add(name);
            }
        }
        removed.forEach(pkg::remove);
        if (!removed.isEmpty()) {
            changes.add("Removed from package.json, which 5.0 does not allow: " + String.join(", ", removed) + ".");
        }
    }
}

package io.universestudio.core.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.model.LooseVersion;
import io.universestudio.core.model.PackageField;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Moves a 2.0 or 3.0 package to packaging 4.0, as one pure function: the window applies the result as an
 * undoable edit and shows the summary. What it does (universe-format.md §1.3, §2.3, §2.6):
 * <ul>
 *   <li>{@code packagingVersion} becomes 4.0;</li>
 *   <li>command.json (a pip-installed Python CLI) is removed, because 4.0 forbids it; pip requirements
 *       have no 4.0 equivalent, so the summary lists them and explains what to do;</li>
 *   <li>a binary CLI in resource.json {@code cli} is kept and becomes the package's CLI, which needs
 *       {@code minDcosReleaseVersion} of at least 1.8 once command.json is gone;</li>
 *   <li>package.json fields the 4.0 schema does not allow are removed; a 2.0 version with characters 4.0
 *       forbids is rewritten;</li>
 *   <li>{@code upgradesFrom}/{@code downgradesTo} are added, empty (no in-place update), as 3.0 had none.</li>
 * </ul>
 * See docs/adr/0072.
 */
public final class Migration {

    /** The migrated revision and a plain-language account of every change, with what needs the author. */
    public record Result(Revision revision, boolean migrated, List<String> changes, List<String> needsAttention) {
        public Result {
            changes = List.copyOf(changes);
            needsAttention = List.copyOf(needsAttention);
        }

        /** Changes and then the points that need attention, one per line. */
        public String summary() {
            List<String> lines = new ArrayList<>(changes);
            needsAttention.forEach(n -> lines.add("Needs attention: " + n));
            return String.join("\n", lines);
        }
    }

    /** The DC/OS release from which a binary CLI in resource.json works without command.json. */
    static final String MIN_DCOS_FOR_BINARY_CLI = "1.8";

    private static final Pattern V4_VERSION = Pattern.compile("^[-a-zA-Z0-9.]+$");
    private static final Pattern NOT_VERSION_CHARS = Pattern.compile("[^-a-zA-Z0-9.]+");

    private Migration() {
    }

    /** True when {@link #toV4} would change something: a readable 2.0 or 3.0 package. */
    public static boolean applies(Revision revision) {
        Optional<PackagingVersion> pv = revision.packagingVersion();
        return pv.isPresent() && (pv.get() == PackagingVersion.V2_0 || pv.get() == PackagingVersion.V3_0)
                && revision.packageJson().flatMap(d -> d.object()).isPresent();
    }

    public static Result toV4(Revision revision) {
        if (!applies(revision)) {
            String why = revision.packagingVersion()
                    .map(v -> "The package is already packaging " + v.text() + "; there is nothing to migrate.")
                    .orElse("package.json does not declare packaging 2.0 or 3.0 in a readable form; fix it first.");
            return new Result(revision, false, List.of(), List.of(why));
        }
        List<String> changes = new ArrayList<>();
        List<String> attention = new ArrayList<>();
        PackagingVersion from = revision.packagingVersion().orElseThrow();
        ObjectNode pkg = revision.packageJson().flatMap(d -> d.object()).orElseThrow().deepCopy();
        Revision out = revision;

        pkg.put("packagingVersion", PackagingVersion.V4_0.text());
        changes.add("packagingVersion " + from.text() + " becomes 4.0.");

        removeFieldsV4Forbids(pkg, changes);
        fixVersion(pkg, changes);

        boolean binaryCli = revision.resource().flatMap(d -> d.object()).map(r -> r.has("cli")).orElse(false);
        if (revision.has(RevisionFile.COMMAND)) {
            out = out.without(RevisionFile.COMMAND);
            List<String> pip = pipLines(revision);
            String requirements = pip.isEmpty() ? "" : " (" + String.join(", ", pip) + ")";
            if (binaryCli) {
                changes.add("command.json" + requirements + " removed: 4.0 forbids it. The binary CLI in"
                        + " resource.json `cli` stays and is now the package's only CLI.");
            } else {
                changes.add("command.json" + requirements + " removed: 4.0 forbids it.");
                attention.add("command.json installed a Python CLI with pip. There is no direct 4.0 equivalent:"
                        + " 4.0 only knows prebuilt CLI binaries, listed in resource.json under cli.binaries"
                        + " (a URL, kind and sha256 hash for linux, darwin and/or windows). Build the CLI as"
                        + " binaries and add them there, or the package has no CLI from this revision on.");
            }
        }
        if (binaryCli) {
            String min = pkg.path("minDcosReleaseVersion").asText("");
            if (min.isEmpty() || LooseVersion.of(min).lessThan(MIN_DCOS_FOR_BINARY_CLI)) {
                pkg.put("minDcosReleaseVersion", MIN_DCOS_FOR_BINARY_CLI);
                changes.add("minDcosReleaseVersion " + (min.isEmpty() ? "(none)" : min) + " becomes "
                        + MIN_DCOS_FOR_BINARY_CLI + ": without command.json a CLI in resource.json works only"
                        + " from DC/OS 1.8 on.");
            }
        }
        if (!pkg.has("upgradesFrom")) {
            pkg.putArray("upgradesFrom");
        }
        if (!pkg.has("downgradesTo")) {
            pkg.putArray("downgradesTo");
        }
        changes.add("upgradesFrom and downgradesTo added, empty: as before, no installed version can be"
                + " updated in place to this one.");
        attention.add("List in upgradesFrom the installed versions that may update to this one (or \"*\" for"
                + " any), and in downgradesTo those it may go back to.");
        return new Result(out.withTree(RevisionFile.PACKAGE, pkg), true, changes, attention);
    }

    private static void removeFieldsV4Forbids(ObjectNode pkg, List<String> changes) {
        List<String> removed = new ArrayList<>();
        Iterator<String> names = pkg.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!PackageField.allows(PackagingVersion.V4_0, name)) {
                removed.add(name);
            }
        }
        removed.forEach(pkg::remove);
        if (!removed.isEmpty()) {
            changes.add("Removed from package.json, which 4.0 does not allow: " + String.join(", ", removed) + ".");
        }
    }

    /** 2.0 allowed any version string; 4.0 allows letters, digits, dots and hyphens only. */
    private static void fixVersion(ObjectNode pkg, List<String> changes) {
        JsonNode version = pkg.get("version");
        if (version == null || !version.isTextual() || V4_VERSION.matcher(version.asText()).find()) {
            return;
        }
        String fixed = NOT_VERSION_CHARS.matcher(version.asText().strip()).replaceAll("-");
        fixed = fixed.replaceAll("^-+|-+$", "");
        if (fixed.isEmpty()) {
            fixed = "0.0.1";
        }
        pkg.put("version", fixed);
        changes.add("version \"" + version.asText() + "\" becomes \"" + fixed
                + "\": 4.0 allows only letters, digits, dots and hyphens.");
    }

    private static List<String> pipLines(Revision revision) {
        List<String> out = new ArrayList<>();
        revision.command().flatMap(d -> d.object()).map(o -> o.path("pip")).filter(JsonNode::isArray)
                .ifPresent(a -> a.forEach(line -> out.add(line.asText())));
        return out;
    }
}

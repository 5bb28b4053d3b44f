package io.universestudio.core.validate;

import io.universestudio.core.model.LooseVersion;
import io.universestudio.core.model.MinDcosRelease;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rules that tie packagingVersion, minDcosReleaseVersion and the CLI together: a binary CLI needs DC/OS
 * 1.8 or a command.json (validate step); 5.0 packages need DC/OS 1.12 (index step); anything above
 * DC/OS 2.0 is never served.
 */
final class CompatibilityRules implements Rule {

    /**
     * minDcosReleaseVersion when package.json has it as a valid version string. An invalid one is
     * PKG-MIN-DCOS-PATTERN's business; comparing it would only add confusing follow-up problems.
     */
    static Optional<String> minDcos(Revision revision) {
        return revision.packageJson().flatMap(d -> d.object()).flatMap(MinDcosRelease::of);
    }

    private static boolean hasMinDcos(Revision revision) {
        return revision.packageJson().flatMap(d -> d.object()).map(o -> o.has("minDcosReleaseVersion")).orElse(false);
    }

    /** True when the Universe server offers the revision to no DC/OS version (min above 2.0), so its index step skips it. */
    static boolean neverServed(Revision revision) {
        return minDcos(revision).map(m -> LooseVersion.of("2.0").lessThan(m)).orElse(false);
    }

    @Override
    public List<Problem> check(Revision revision) {
        List<Problem> out = new ArrayList<>();
        var pkg = revision.packageJson().flatMap(d -> d.object()).orElse(null);
        if (pkg == null) {
            return out;
        }
        var doc = revision.packageJson().get();
        Optional<String> min = minDcos(revision);
        String effective = min.orElse("1.0");
        boolean hasCli = revision.resource().flatMap(d -> d.object()).map(r -> r.has("cli")).orElse(false);
        if (hasMinDcos(revision) && min.isEmpty()) {
            return out; // an unreadable version: reported by the schema check
        }
        if (hasCli && !revision.has(RevisionFile.COMMAND) && LooseVersion.of(effective).lessThan("1.8")) {
            out.add(Problem.error("PKG-CLI-MIN-DCOS").in(RevisionFile.PACKAGE).at("/minDcosReleaseVersion")
                    .at(doc.locations().nearest("/minDcosReleaseVersion"))
                    .hint("Set \"minDcosReleaseVersion\" to \"1.8\" or later in package.json.")
                    .message("resource.json has a \"cli\", which DC/OS supports from 1.8, but minDcosReleaseVersion is "
                            + min.map(m -> "\"" + m + "\"").orElse("not set") + "."));
        }
        Optional<PackagingVersion> pv = revision.packagingVersion();
        if (pv.isPresent() && pv.get() == PackagingVersion.V5_0 && LooseVersion.of(min.orElse("0.0")).lessThan(MinDcosRelease.FOR_PACKAGING_V5)) {
            out.add(Problem.error("PKG-V5-MIN-DCOS").in(RevisionFile.PACKAGE).at("/minDcosReleaseVersion")
                    .at(doc.locations().nearest("/minDcosReleaseVersion"))
                    .hint("Set \"minDcosReleaseVersion\" to \"1.12\" or later, or use packagingVersion 4.0.")
                    .message("packagingVersion 5.0 needs DC/OS 1.12 or later, but minDcosReleaseVersion is "
                            + min.map(m -> "\"" + m + "\"").orElse("not set")
                            + "; the Universe's index step fails for older DC/OS versions."));
        }
        if (neverServed(revision)) {
            out.add(Problem.info("PKG-NEVER-SERVED").in(RevisionFile.PACKAGE).at("/minDcosReleaseVersion")
                    .at(doc.locations().nearest("/minDcosReleaseVersion"))
                    .hint("Fine for hiding a revision on purpose; otherwise lower minDcosReleaseVersion to 2.0 or less.")
                    .message("minDcosReleaseVersion \"" + min.get() + "\" is above 2.0, so the Universe server never"
                            + " offers this revision to any DC/OS cluster."));
        }
        return out;
    }
}

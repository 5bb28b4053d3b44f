package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.validate.Problem;

import java.util.Optional;

/** Which packaging versions a package.dcos or a build definition may have: 3.0, 4.0 and 5.0, never 2.0. */
final class PackagingVersions {

    /** Where 2.0 revisions are told to go. */
    static final String MIGRATION = "Open it in the Universe Studio window, choose Tools > Migrate to packaging 4.0,"
            + " save, and build again.";

    private PackagingVersions() {
    }

    /** The declared version when it is one a bundle may have. */
    static Optional<PackagingVersion> of(JsonNode document) {
        JsonNode pv = document.get("packagingVersion");
        return pv != null && pv.isTextual() ? PackagingVersion.parse(pv.textValue())
                .filter(BundleSchemas.VERSIONS::contains) : Optional.empty();
    }

    /** Why {@code document} (named {@code what} in the message) cannot be bundled for its version, if so. */
    static Optional<Problem> problem(JsonNode document, String what) {
        if (of(document).isPresent()) {
            return Optional.empty();
        }
        JsonNode pv = document.get("packagingVersion");
        Problem.Builder b = Problem.error("BUNDLE-PACKAGING-VERSION").subject(what).at("/packagingVersion");
        if (pv != null && pv.isTextual() && pv.textValue().equals(PackagingVersion.V2_0.text())) {
            return Optional.of(b.hint(MIGRATION).message("Packaging version 2.0 cannot become a package.dcos:"
                    + " Cosmos and the DC/OS CLI took only 3.0, 4.0 and 5.0 in one. Migrate the revision to 4.0 first."));
        }
        String found = pv == null ? "has no packagingVersion" : "has packagingVersion " + pv;
        return Optional.of(b.hint("Set \"packagingVersion\" to \"3.0\", \"4.0\" or \"5.0\" (a string).")
                .message(what + " " + found + "; a package.dcos takes \"3.0\", \"4.0\" or \"5.0\"."));
    }
}

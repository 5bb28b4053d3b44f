package io.universestudio.core.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.LooseVersion;
import io.universestudio.core.model.MinDcosRelease;
import io.universestudio.core.model.PackageField;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Makes a new, unsaved package from a bundled sample: the sample's name is replaced by the chosen one
 * (in package.json texts and the default service name), the maintainer is set, and the fields are fitted
 * to the chosen packaging version so that the result validates cleanly.
 */
public final class PackageGenerator {

    private PackageGenerator() {
    }

    /**
     * @throws IllegalArgumentException when {@link NewPackageRequest#problems()} is not empty (the wizard
     *                                  shows those problems and does not call this until they are fixed)
     */
    public static Revision generate(NewPackageRequest request) {
        if (!request.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", request.problems()));
        }
        Revision sample = Samples.load(request.sample());
        String sampleName = sample.name().orElseThrow(() ->
                new IllegalStateException("The bundled sample " + request.sample() + " has no name"));

        ObjectNode pkg = sample.packageJson().flatMap(d -> d.object()).orElseThrow().deepCopy();
        renameInTexts(pkg, sampleName, request.name());
        pkg.put("name", request.name());
        pkg.put("maintainer", request.maintainer());
        fitToPackagingVersion(pkg, request.packagingVersion());

        Revision out = sample.withTree(RevisionFile.PACKAGE, pkg);
        ObjectNode config = sample.config().flatMap(d -> d.object()).orElse(null);
        if (config != null && config.at("/properties/service/properties/name").isObject()) {
            ObjectNode copy = config.deepCopy();
            ((ObjectNode) copy.at("/properties/service/properties/name")).put("default", request.name());
            out = out.withTree(RevisionFile.CONFIG, copy);
        }
        return out;
    }

    /** Sets packagingVersion and drops or adds the fields that version forbids or needs. */
    static void fitToPackagingVersion(ObjectNode pkg, PackagingVersion version) {
        pkg.put("packagingVersion", version.text());
        // Every version's schema has additionalProperties false: a field of a later version must go.
        PackageField.ALL.stream().filter(f -> !f.allowedIn(version)).forEach(f -> pkg.remove(f.key()));
        for (String list : List.of("upgradesFrom", "downgradesTo")) {
            if (PackageField.allows(version, list) && !pkg.has(list)) {
                pkg.putArray(list);
            }
        }
        if (version == PackagingVersion.V5_0) {
            String min = pkg.path("minDcosReleaseVersion").asText("0");
            if (LooseVersion.of(min).lessThan(MinDcosRelease.FOR_PACKAGING_V5)) {
                pkg.put("minDcosReleaseVersion", MinDcosRelease.FOR_PACKAGING_V5);
            }
        }
    }

    private static void renameInTexts(ObjectNode pkg, String from, String to) {
        Iterator<Map.Entry<String, JsonNode>> fields = pkg.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isTextual() && field.getValue().asText().contains(from)) {
                field.setValue(TextNode.valueOf(field.getValue().asText().replace(from, to)));
            }
        }
    }
}

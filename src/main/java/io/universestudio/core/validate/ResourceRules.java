package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * resource.json: an object (the Universe's index step requires it), valid against the v2 schema for 2.0
 * and v3 otherwise, CLI download addresses that are http(s) (index step), images served over https.
 */
final class ResourceRules implements Rule {

    @Override
    public List<Problem> check(Revision revision) {
        JsonDocument doc = revision.resource().orElse(null);
        if (doc == null || doc.tree().isEmpty()) {
            return List.of();
        }
        JsonNode tree = doc.tree().get();
        if (!tree.isObject()) {
            return List.of(Problem.error("RES-NOT-OBJECT").in(RevisionFile.RESOURCE).at("")
                    .at(doc.locations().nearest(""))
                    .hint("Write an object such as { \"images\": { ... }, \"assets\": { ... } }, or delete the file.")
                    .message("resource.json must hold a JSON object, but it holds " + Describe.value(tree)
                            + "; the Universe's index step rejects it."));
        }
        PackagingVersion version = revision.packagingVersion().orElse(PackagingVersion.V4_0);
        List<Problem> out = new ArrayList<>(SchemaFindings.check(UniverseSchemas.get().resourceJson(version), doc,
                tree, new Vocabulary(version)));
        cliUrls(doc, tree, CompatibilityRules.neverServed(revision), out);
        images(doc, tree, out);
        return out;
    }

    private static void cliUrls(JsonDocument doc, JsonNode tree, boolean neverServed, List<Problem> out) {
        JsonNode binaries = tree.path("cli").path("binaries");
        for (Iterator<Map.Entry<String, JsonNode>> os = binaries.fields(); os.hasNext(); ) {
            Map.Entry<String, JsonNode> platform = os.next();
            for (Iterator<Map.Entry<String, JsonNode>> arch = platform.getValue().fields(); arch.hasNext(); ) {
                Map.Entry<String, JsonNode> binary = arch.next();
                JsonNode url = binary.getValue().path("url");
                if (url.isTextual() && !url.asText().matches("(?s)^https?://.*")) {
                    String pointer = "/cli/binaries/" + JsonPointers.child("", platform.getKey()).substring(1) + "/"
                            + JsonPointers.child("", binary.getKey()).substring(1) + "/url";
                    // A revision served to no DC/OS version escapes the index step's check: warn only.
                    out.add((neverServed ? Problem.warning("RES-CLI-URL") : Problem.error("RES-CLI-URL"))
                            .in(RevisionFile.RESOURCE).at(pointer)
                            .at(doc.locations().nearest(pointer))
                            .hint("Host the CLI binary on a web server and give its http:// or https:// address.")
                            .message("cli > binaries > " + platform.getKey() + " > " + binary.getKey() + " > url: "
                                    + Describe.value(url) + " must start with http:// or https://; the Universe's"
                                    + " index step rejects other addresses" + (neverServed
                                    ? " once the revision is offered to a DC/OS version." : ".")));
                }
            }
        }
    }

    private static void images(JsonDocument doc, JsonNode tree, List<Problem> out) {
        JsonNode images = tree.path("images");
        for (Iterator<Map.Entry<String, JsonNode>> it = images.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String pointer = JsonPointers.child("/images", e.getKey());
            if (e.getValue().isArray()) {
                for (int i = 0; i < e.getValue().size(); i++) {
                    image(doc, e.getValue().get(i), JsonPointers.child(pointer, i), out);
                }
            } else {
                image(doc, e.getValue(), pointer, out);
            }
        }
    }

    private static void image(JsonDocument doc, JsonNode url, String pointer, List<Problem> out) {
        if (url.isTextual() && !url.asText().startsWith("https://")) {
            out.add(Problem.warning("RES-IMAGE-NOT-HTTPS").in(RevisionFile.RESOURCE).at(pointer)
                    .at(doc.locations().nearest(pointer))
                    .hint("Serve the image over https:// (the DC/OS UI is served over https and browsers block"
                            + " or flag plain http images).")
                    .message(SchemaFindings.plainBreadcrumb(pointer) + ": " + Describe.value(url)
                            + (url.asText().contains("://") ? " is not an https:// address."
                            : " is a local path; DC/OS shows only images with an https:// address.")));
        }
    }

    private record Vocabulary(PackagingVersion version) implements SchemaVocabulary {
        @Override
        public String prefix() {
            return "RES";
        }

        @Override
        public String breadcrumb(String pointer) {
            return SchemaFindings.plainBreadcrumb(pointer);
        }

        @Override
        public String versionSuffix() {
            return " (packagingVersion " + version.text() + ")";
        }

        @Override
        public String unexpectedField(String pointer, String field) {
            return "/cli".equals(pointer) && !version.allowsCli()
                    ? "\"cli\" is not allowed in resource.json with packagingVersion 2.0; it needs 3.0 or later."
                    : null;
        }

        @Override
        public String fieldHint(String pointer, String fallback) {
            return "/cli".equals(pointer) && !version.allowsCli()
                    ? "Raise packagingVersion to 3.0 or later, or remove \"cli\"." : fallback;
        }
    }
}

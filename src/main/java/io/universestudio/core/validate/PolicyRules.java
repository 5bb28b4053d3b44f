package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Universe's review policy, which its CI does not check: a license, and the "preview" note on a
 * package's first release.
 */
final class PolicyRules implements Rule {

    static final String PREVIEW_SENTENCE = "This DC/OS Service is currently in preview.";

    @Override
    public List<Problem> check(Revision revision) {
        List<Problem> out = new ArrayList<>();
        JsonDocument doc = revision.packageJson().orElse(null);
        ObjectNode pkg = doc == null ? null : doc.object().orElse(null);
        if (pkg == null) {
            return out;
        }
        JsonNode licenses = pkg.get("licenses");
        if (licenses == null || licenses.isArray() && licenses.isEmpty()) {
            out.add(Problem.warning("PKG-LICENSE-MISSING").in(RevisionFile.PACKAGE).at("/licenses")
                    .at(doc.locations().nearest("/licenses"))
                    .hint("Add \"licenses\": [{\"name\": \"Apache License Version 2.0\", \"url\": \"https://...\"}].")
                    .fix(new Fix("Add a license entry (Apache License 2.0; change it if yours differs)",
                            RevisionFile.PACKAGE, new Fix.SetJson("/licenses", apacheLicense())))
                    .message("package.json names no license; the Universe's reviewers require one."));
        }
        if (isFirstRelease(revision)) {
            JsonNode notes = pkg.get("preInstallNotes");
            boolean hasPreview = notes != null && notes.isTextual()
                    && notes.asText().toLowerCase(Locale.ROOT).contains("preview");
            if (!hasPreview) {
                out.add(Problem.info("PKG-PREVIEW-NOTE").in(RevisionFile.PACKAGE).at("/preInstallNotes")
                        .at(doc.locations().nearest("/preInstallNotes"))
                        .hint("Start \"preInstallNotes\" with: " + PREVIEW_SENTENCE)
                        .fix(new Fix("Start preInstallNotes with \"" + PREVIEW_SENTENCE + "\"", RevisionFile.PACKAGE,
                                new Fix.SetJson("/preInstallNotes", TextNode.valueOf(notes != null && notes.isTextual()
                                        && !notes.asText().isBlank() ? PREVIEW_SENTENCE + " " + notes.asText()
                                        : PREVIEW_SENTENCE))))
                        .message("This is the package's first release; the Universe asks first releases to say in"
                                + " preInstallNotes that the service is in preview."));
            }
        }
        return out;
    }

    /** The license most Universe packages name, with the address of its text. */
    private static JsonNode apacheLicense() {
        ArrayNode licenses = JsonNodeFactory.instance.arrayNode();
        licenses.addObject().put("name", "Apache License Version 2.0")
                .put("url", "https://www.apache.org/licenses/LICENSE-2.0");
        return licenses;
    }

    /** Revision 0 in a repository, or a package that has never been saved. */
    private static boolean isFirstRelease(Revision revision) {
        var ref = revision.origin().ref();
        if (ref == null) {
            return revision.origin().folder() == null;
        }
        return ref.number().isPresent() && ref.number().getAsInt() == 0;
    }
}

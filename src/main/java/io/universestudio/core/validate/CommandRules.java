package io.universestudio.core.validate;

import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.util.List;

/** command.json: only for packagingVersion 2.0 and 3.0, and then {@code {"pip": [strings]}}. */
final class CommandRules implements Rule {

    @Override
    public List<Problem> check(Revision revision) {
        JsonDocument doc = revision.command().orElse(null);
        if (doc == null) {
            return List.of();
        }
        PackagingVersion version = revision.packagingVersion().orElse(null);
        if (version != null && !version.allowsCommand()) {
            return List.of(Problem.error("CMD-NOT-ALLOWED").in(RevisionFile.COMMAND).at("")
                    .at(doc.locations().nearest(""))
                    .hint("Delete command.json and ship the CLI as binaries under \"cli\" in resource.json.")
                    .message("command.json is not allowed with packagingVersion " + version.text()
                            + "; only 2.0 and 3.0 packages may have it."));
        }
        return doc.tree().map(tree -> SchemaFindings.check(UniverseSchemas.get().commandJson(), doc, tree,
                new SchemaVocabulary() {
                    @Override
                    public String prefix() {
                        return "CMD";
                    }

                    @Override
                    public String breadcrumb(String pointer) {
                        return SchemaFindings.plainBreadcrumb(pointer);
                    }

                    @Override
                    public String fieldHint(String pointer, String fallback) {
                        return "Write {\"pip\": [\"<requirement line>\", ...]}, one pip requirement per string.";
                    }
                })).orElse(List.of());
    }
}

package io.universestudio.core.template;

import java.util.List;

/**
 * The template changes that follow an option rename, for the user to accept or not: the edits, the
 * template as it would be, and tags that refer to the option but could not be rewritten safely (e.g. a
 * name relative to a section when the option moved to another parent).
 */
public record RenamePreview(List<TextEdit> edits, String newText, List<TemplateTag> needsManualChange) {

    public RenamePreview {
        edits = List.copyOf(edits);
        needsManualChange = List.copyOf(needsManualChange);
    }

    public boolean changesAnything() {
        return !edits.isEmpty();
    }
}

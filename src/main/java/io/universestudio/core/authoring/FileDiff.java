package io.universestudio.core.authoring;

import java.util.List;

/**
 * How one file (or the rendered app) differs between two revisions.
 *
 * @param title        what was compared, e.g. {@code package.json} or {@code marathon app (rendered)}
 * @param changes      the structured JSON changes; empty when identical or when either side is not JSON
 * @param structured   true when both sides were JSON and {@code changes} is meaningful
 * @param unified      a unified text diff (empty string when the texts are equal)
 */
public record FileDiff(String title, List<JsonChange> changes, boolean structured, String unified) {

    public FileDiff {
        changes = List.copyOf(changes);
    }

    public boolean identical() {
        return unified.isEmpty();
    }
}

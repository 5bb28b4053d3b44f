package io.universestudio.core.authoring;

import io.universestudio.core.model.Revision;

import java.util.Optional;

/**
 * Renders a revision's Marathon app with its defaults, for comparing two revisions. The real renderer
 * (core.render) is plugged in by the caller; {@link #NONE} leaves the rendered app out of a diff.
 */
@FunctionalInterface
public interface AppRenderer {

    AppRenderer NONE = revision -> Optional.empty();

    /** The rendered app as text, or empty when the revision cannot be rendered. */
    Optional<String> render(Revision revision);
}

package io.universestudio.ui.session;

import io.universestudio.core.model.Revision;
import io.universestudio.core.validate.Fix;

import java.util.function.UnaryOperator;

/**
 * A small named change that turns one revision into the next ("Set version", "Edit config.json").
 *
 * @param description what the change does, shown in the Undo menu item
 * @param mergeKey    edits with the same key that follow each other closely become one undo step
 *                    (typing in one field or one file); null never merges
 */
public record Edit(String description, String mergeKey, UnaryOperator<Revision> change) {

    public static Edit of(String description, UnaryOperator<Revision> change) {
        return new Edit(description, null, change);
    }

    /**
     * A problem's mechanical fix as one step, named by its label. It changes nothing when the file's text
     * moved on since the problem was found (the fix no longer fits; validation offers a fresh one).
     */
    public static Edit of(Fix fix) {
        return of(fix.label(), r -> fix.applyTo(r).orElse(r));
    }
}

package io.universestudio.ui.session;

import io.universestudio.core.model.Revision;

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
}

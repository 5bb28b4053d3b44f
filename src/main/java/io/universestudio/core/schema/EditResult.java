package io.universestudio.core.schema;

import java.util.Optional;

/**
 * What an edit of the options gave: the new schema and the option to select afterwards (where the
 * edited option now is), or, when the edit was refused, the unchanged schema and a plain reason.
 */
public record EditResult(ConfigSchema schema, OptionPath selection, String refusalMessage) {

    static EditResult done(ConfigSchema schema, OptionPath selection) {
        return new EditResult(schema, selection, null);
    }

    static EditResult refused(ConfigSchema unchanged, OptionPath selection, String message) {
        return new EditResult(unchanged, selection, message);
    }

    public boolean applied() {
        return refusalMessage == null;
    }

    public Optional<String> refusal() {
        return Optional.ofNullable(refusalMessage);
    }
}

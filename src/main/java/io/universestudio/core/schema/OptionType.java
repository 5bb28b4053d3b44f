package io.universestudio.core.schema;

import java.util.Locale;
import java.util.Optional;

/** The JSON Schema draft-04 simple types an option can declare. */
public enum OptionType {
    STRING, INTEGER, NUMBER, BOOLEAN, OBJECT, ARRAY, NULL;

    /** The keyword value: {@code "string"}, {@code "integer"}, ... */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OptionType> parse(String text) {
        for (OptionType t : values()) {
            if (t.jsonName().equals(text)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

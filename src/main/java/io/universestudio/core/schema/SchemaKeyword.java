package io.universestudio.core.schema;

import java.util.Optional;

/**
 * The keywords the options editor represents, in the order a new keyword is placed among existing ones.
 * Every other keyword of an option is kept as it is and shown as an "other keyword".
 */
public enum SchemaKeyword {
    DESCRIPTION("description"),
    TYPE("type"),
    DEFAULT("default"),
    ENUM("enum"),
    MINIMUM("minimum"),
    MAXIMUM("maximum"),
    PATTERN("pattern"),
    FORMAT("format"),
    MEDIA("media"),
    PROPERTIES("properties"),
    REQUIRED("required"),
    ADDITIONAL_PROPERTIES("additionalProperties");

    private final String json;

    SchemaKeyword(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<SchemaKeyword> byName(String json) {
        for (SchemaKeyword k : values()) {
            if (k.json.equals(json)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}

package io.universestudio.core.schema;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * What typed text became: a JSON value, nothing (an empty optional field), or a plain problem
 * ("Expecting a number here, e.g. 4") with the text kept so nothing typed is lost.
 */
public record FieldInput(String text, JsonNode value, String problem) {

    static FieldInput value(String text, JsonNode value) {
        return new FieldInput(text, value, null);
    }

    static FieldInput empty(String text) {
        return new FieldInput(text, null, null);
    }

    static FieldInput invalid(String text, String problem) {
        return new FieldInput(text, null, problem);
    }

    public Optional<JsonNode> parsed() {
        return Optional.ofNullable(value);
    }

    public Optional<String> problemMessage() {
        return Optional.ofNullable(problem);
    }
}

package io.universestudio.core.authoring;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One difference between two JSON trees, at a JSON pointer. {@code before} is null for an addition,
 * {@code after} null for a removal.
 */
public record JsonChange(Kind kind, String pointer, JsonNode before, JsonNode after) {

    public enum Kind { ADDED, REMOVED, CHANGED }
}

package io.universestudio.ui.preview;

import com.fasterxml.jackson.databind.JsonNode;

/** One what-if option the small form shows: where it is in the options, and its value now. */
public record OptionLeaf(String pointer, JsonNode value, boolean changed) {

    /** The value as the form's text field shows it (strings without quotes). */
    public String text() {
        return value == null || value.isNull() ? "" : value.isTextual() ? value.asText() : value.toString();
    }
}

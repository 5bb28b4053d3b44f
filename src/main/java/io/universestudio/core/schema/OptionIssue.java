package io.universestudio.core.schema;

/** Something wrong with one keyword of one option, in plain words, for a decoration in the property editor. */
public record OptionIssue(OptionPath path, String keyword, String message) {
}

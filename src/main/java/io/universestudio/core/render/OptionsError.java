package io.universestudio.core.render;

/**
 * One reason the merged options do not satisfy config.json.
 *
 * @param instancePointer JSON pointer into the options ({@code /service/name})
 * @param schemaPointer   JSON pointer into config.json of the failing keyword's schema
 * @param keyword         the JSON Schema keyword ({@code required}, {@code type}, {@code format}, ...)
 * @param message         the validator's message
 */
public record OptionsError(String instancePointer, String schemaPointer, String keyword, String message) {
}

package io.universestudio.core.render;

/** Why a render failed, named as Cosmos names the error (its {@code type} in the error body). */
public enum RenderFailureKind {
    /** The revision has no marathon.json.mustache: a CLI-only package, nothing to render (HTTP 400). */
    SERVICE_MARATHON_TEMPLATE_NOT_FOUND("ServiceMarathonTemplateNotFound"),
    /** User options were given but the package has no config.json to validate them (HTTP 400). */
    OPTIONS_NOT_ALLOWED("OptionsNotAllowed"),
    /** The merged options do not satisfy config.json (HTTP 400). */
    JSON_SCHEMA_MISMATCH("JsonSchemaMismatch"),
    /** The rendered text is not strict JSON (HTTP 400). */
    JSON_PARSING_ERROR("JsonParsingError"),
    /** The rendered text is JSON but not an object (HTTP 400). */
    MARATHON_TEMPLATE_MUST_BE_JSON_OBJECT("MarathonTemplateMustBeJsonObject"),
    /** {@code labels} is not a map of strings to strings (HTTP 400). */
    JSON_DECODING_ERROR("JsonDecodingError"),
    /** mustache.java cannot compile the template (Cosmos answers HTTP 500 {@code unhandled_exception}). */
    TEMPLATE_COMPILE_ERROR("unhandled_exception"),
    /** mustache.java failed while rendering (Cosmos answers HTTP 500 {@code unhandled_exception}). */
    TEMPLATE_RUNTIME_ERROR("unhandled_exception"),
    /** package.json or config.json cannot be read, so Cosmos would never have received the package. */
    INVALID_PACKAGE("InvalidPackage"),
    /**
     * The render went over its {@link RenderBudget} (time, text written or section nesting); Cosmos would run
     * out of memory or time on it, so it answers HTTP 500 at best.
     */
    RENDER_BUDGET_EXCEEDED("unhandled_exception"),
    /** The caller stopped the render (see {@link RenderBudget#stoppedWhen}); there is no result to show. */
    RENDER_STOPPED("unhandled_exception");

    private final String cosmosType;

    RenderFailureKind(String cosmosType) {
        this.cosmosType = cosmosType;
    }

    /** The error {@code type} Cosmos returns for this failure. */
    public String cosmosType() {
        return cosmosType;
    }
}

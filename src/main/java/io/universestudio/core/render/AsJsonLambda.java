package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mustachejava.TemplateFunction;

/**
 * Cosmos 0.6.3's {@code {{#asJson}}NAME{{/asJson}}}: the raw text of the string option stored under the
 * literal top-level key NAME, or {@code null} when it is missing or not a string. mustache.java compiles
 * what it returns as a template, so tags inside the option's text are rendered too, as in Cosmos.
 */
final class AsJsonLambda implements TemplateFunction {

    static final String NAME = "asJson";

    private final JsonNode scope;

    AsJsonLambda(JsonNode scope) {
        this.scope = scope;
    }

    @Override
    public String apply(String body) {
        JsonNode value = scope.get(body);
        return value != null && value.isTextual() ? value.textValue() : "null";
    }
}

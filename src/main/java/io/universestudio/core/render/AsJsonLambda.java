package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mustachejava.TemplateFunction;

/**
 * Cosmos 0.6.3's {@code {{#asJson}}NAME{{/asJson}}}: the raw text of the string option stored under the
 * literal top-level key NAME, or {@code null} when it is missing or not a string. mustache.java compiles
 * what it returns as a template, so tags inside the option's text are rendered too, as in Cosmos; the
 * render's meter sees that text first, so an option that nests sections too deeply is refused before it
 * is compiled.
 */
final class AsJsonLambda implements TemplateFunction {

    static final String NAME = "asJson";

    private final JsonNode scope;
    private final RenderMeter meter;

    AsJsonLambda(JsonNode scope, RenderMeter meter) {
        this.scope = scope;
        this.meter = meter;
    }

    @Override
    public String apply(String body) {
        JsonNode value = body == null ? null : scope.get(body);
        String text = value != null && value.isTextual() ? value.textValue() : "null";
        meter.admitFragment(text);
        return text;
    }
}

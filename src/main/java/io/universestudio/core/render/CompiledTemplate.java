package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mustachejava.Mustache;
import io.universestudio.core.template.TemplateStructure;

import java.util.List;
import java.util.Map;

/** A template compiled once, run for many scopes (from several threads at once). */
final class CompiledTemplate {

    private final TemplateStructure tags;
    private final Mustache mustache;
    /** Where each copied stretch of template text sits, found once per template (see {@link SourceMap}). */
    private final Map<TrackingWriter.Literal, Integer> literalPlaces = new java.util.concurrent.ConcurrentHashMap<>();

    CompiledTemplate(TemplateStructure tags, Mustache mustache) {
        this.tags = tags;
        this.mustache = mustache;
    }

    TemplateStructure tags() {
        return tags;
    }

    /** The rendered text and which tag wrote what. Throws mustache.java's exception on a runtime failure. */
    Output run(JsonNode scope) {
        ScopeValues values = new ScopeValues();
        Map<String, Object> root = values.convertRoot(scope);
        root.put(AsJsonLambda.NAME, new AsJsonLambda(scope));
        TrackingWriter writer = new TrackingWriter(values);
        mustache.execute(writer, List.of(root));
        return new Output(writer.text(), List.copyOf(writer.regions()), List.copyOf(writer.literals()), literalPlaces);
    }

    /**
     * Only the rendered text (the same text {@link #run} gives), without tracking which tag wrote what:
     * for lints that render many variations and look closer only at the ones that fail.
     */
    String text(JsonNode scope) {
        ScopeValues values = new ScopeValues();
        Map<String, Object> root = values.convertRoot(scope);
        root.put(AsJsonLambda.NAME, new AsJsonLambda(scope));
        java.io.StringWriter writer = new java.io.StringWriter();
        mustache.execute(writer, List.of(root));
        return writer.toString();
    }

    record Output(String text, List<RenderedRegion> regions, List<TrackingWriter.Literal> literals,
                  Map<TrackingWriter.Literal, Integer> literalPlaces) {
    }
}

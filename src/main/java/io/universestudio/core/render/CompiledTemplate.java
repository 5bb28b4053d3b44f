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

    /**
     * The rendered text and which tag wrote what. Throws mustache.java's exception on a runtime failure and
     * {@link RenderBudgetExceeded} (possibly wrapped in it) when the render goes over its budget.
     */
    Output run(JsonNode scope, RenderBudget budget) {
        RenderMeter meter = new RenderMeter(budget);
        ScopeValues values = new ScopeValues();
        Map<String, Object> root = values.convertRoot(scope);
        root.put(AsJsonLambda.NAME, new AsJsonLambda(scope, meter));
        TrackingWriter writer = new TrackingWriter(values, meter);
        mustache.execute(writer, List.of(root));
        return new Output(writer.text(), List.copyOf(writer.regions()), List.copyOf(writer.literals()), literalPlaces);
    }

    /**
     * Only the rendered text (the same text {@link #run} gives), without tracking which tag wrote what:
     * for lints that render many variations and look closer only at the ones that fail. {@code converted}: the
     * scope's lists and maps converted before ({@link ScopeValues#containersBelow}), or an empty map.
     */
    String text(JsonNode scope, Map<JsonNode, Object> converted, RenderBudget budget) {
        RenderMeter meter = new RenderMeter(budget);
        ScopeValues values = new ScopeValues(converted);
        Map<String, Object> root = values.convertRoot(scope);
        root.put(AsJsonLambda.NAME, new AsJsonLambda(scope, meter));
        MeteredWriter writer = new MeteredWriter(meter);
        mustache.execute(writer, List.of(root));
        return writer.text();
    }

    record Output(String text, List<RenderedRegion> regions, List<TrackingWriter.Literal> literals,
                  Map<TrackingWriter.Literal, Integer> literalPlaces) {
    }
}

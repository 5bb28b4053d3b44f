package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonLocations;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.json.TextRange;
import io.universestudio.core.template.TemplateTag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * From rendered values back to where they came from: for each value of the rendered app (by JSON pointer
 * in the output), the template tags that wrote into it, and for each tag the option (or resource entry)
 * it printed. The preview uses it to jump from a value to the template and to the option behind it.
 */
public final class SourceMap {

    /**
     * One tag's contribution to one rendered value.
     *
     * @param outputPointer JSON pointer of the innermost rendered value holding the text the tag wrote
     * @param region        the tag and the stretch of rendered text it wrote
     * @param configPointer where config.json declares the option ({@code /properties/service/properties/name}),
     *                      null when the value did not come from a declared option
     * @param resourcePointer where resource.json holds the value ({@code /assets/uris/jre}), null when it
     *                        did not come from the resource
     */
    public record Entry(String outputPointer, RenderedRegion region, String configPointer, String resourcePointer) {

        public TemplateTag tag() {
            return region.tag();
        }

        /** The scope pointer of the value the tag printed ({@code /service/name}), or null. */
        public String scopePointer() {
            return region.scopePointer();
        }
    }

    private final List<Entry> entries;
    private final List<RenderedRegion> regions;
    private final TemplateOrigin origin;
    private final JsonLocations output;
    private final Map<String, List<Entry>> byPointer = new LinkedHashMap<>();

    private SourceMap(List<Entry> entries, List<RenderedRegion> regions, TemplateOrigin origin, JsonLocations output) {
        this.entries = Collections.unmodifiableList(entries);
        this.regions = Collections.unmodifiableList(regions);
        this.origin = origin;
        this.output = output;
        for (Entry e : entries) {
            byPointer.computeIfAbsent(e.outputPointer(), k -> new ArrayList<>()).add(e);
        }
    }

    static SourceMap build(CompiledTemplate.Output rendered, JsonNode tree, JsonLocations output, String template,
                           JsonNode config, JsonNode resource) {
        List<RenderedRegion> regions = rendered.regions();
        int textLength = rendered.text().length();
        int[] owner = new int[textLength + 1];
        java.util.Arrays.fill(owner, -1);
        List<Map.Entry<String, TextRange>> values = new ArrayList<>();
        collect(tree, "", output, values);
        // Paint the biggest values first so each offset ends up owned by the innermost value.
        values.sort(Comparator.comparingInt((Map.Entry<String, TextRange> e) -> e.getValue().length()).reversed());
        for (int i = 0; i < values.size(); i++) {
            TextRange r = values.get(i).getValue();
            java.util.Arrays.fill(owner, r.startOffset(), Math.min(textLength, r.endOffset()), i);
        }
        List<Entry> out = new ArrayList<>();
        for (RenderedRegion region : regions) {
            if (!region.tag().isValue()) {
                continue;
            }
            int at = Math.min(region.outputStart(), textLength);
            int idx = owner[at];
            if (idx < 0) {
                continue;
            }
            String pointer = values.get(idx).getKey();
            String scope = region.scopePointer();
            String fromResource = resourcePointer(resource, scope);
            out.add(new Entry(pointer, region, fromResource != null ? null : configPointer(config, scope), fromResource));
        }
        return new SourceMap(out, regions, TemplateOrigin.of(rendered, template), output);
    }

    /**
     * Where in the template the rendered text at {@code outputOffset} came from: the tag that printed it,
     * or the template text it was copied from.
     */
    public java.util.OptionalInt templateOffsetAt(int outputOffset) {
        return origin.templateOffsetAt(outputOffset);
    }

    /** Where in the template the rendered value at {@code outputPointer} starts (literal text or a tag). */
    public java.util.OptionalInt templateOffsetOf(String outputPointer) {
        return output.value(outputPointer).map(r -> templateOffsetAt(r.startOffset()))
                .orElse(java.util.OptionalInt.empty());
    }

    /** Where in the rendered text the value at {@code outputPointer} sits. */
    public Optional<TextRange> outputRangeOf(String outputPointer) {
        return output.value(outputPointer);
    }

    private static void collect(JsonNode node, String pointer, JsonLocations output,
                                List<Map.Entry<String, TextRange>> into) {
        output.value(pointer).ifPresent(r -> into.add(Map.entry(pointer, r)));
        if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), JsonPointers.child(pointer, e.getKey()), output, into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), JsonPointers.child(pointer, i), output, into);
            }
        }
    }

    /** Every tag's contribution, in rendering order. */
    public List<Entry> entries() {
        return entries;
    }

    /** Every stretch of rendered text a tag (value or section) wrote, in the order they finished. */
    public List<RenderedRegion> regions() {
        return regions;
    }

    /** The tags that wrote into the rendered value at {@code outputPointer} (empty for literal template text). */
    public List<Entry> at(String outputPointer) {
        return byPointer.getOrDefault(outputPointer, List.of());
    }

    /** The innermost region (a value, else a section body) that wrote the rendered text at {@code offset}. */
    public Optional<RenderedRegion> regionAt(int offset) {
        return regionAt(regions, offset);
    }

    static Optional<RenderedRegion> regionAt(List<RenderedRegion> regions, int offset) {
        RenderedRegion best = null;
        for (RenderedRegion r : regions) {
            if (r.contains(offset) && (best == null || r.length() < best.length())) {
                best = r;
            }
        }
        if (best == null) {
            // Literal text after a tag: the last tag that finished before this place is the likely culprit.
            for (RenderedRegion r : regions) {
                if (r.outputEnd() <= offset && (best == null || r.outputEnd() > best.outputEnd()
                        || (r.outputEnd() == best.outputEnd() && r.length() < best.length()))) {
                    best = r;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The schema pointer in config.json of the deepest declaration on the way to {@code scopePointer}
     * ({@code /properties/service/properties/name}), or null when not even its top-level key is declared.
     */
    static String configPointer(JsonNode config, String scopePointer) {
        if (config == null || scopePointer == null || scopePointer.isEmpty()) {
            return null;
        }
        StringBuilder schemaPointer = new StringBuilder();
        JsonNode schema = config;
        for (String token : JsonPointers.tokens(scopePointer)) {
            JsonNode props = schema.get("properties");
            if (props != null && props.has(token)) {
                schema = props.get(token);
                schemaPointer.append(JsonPointers.child("/properties", token));
            } else if (schema.has("items") && token.chars().allMatch(Character::isDigit)) {
                schema = schema.get("items");
                schemaPointer.append("/items");
            } else {
                // Values below what config.json declares (e.g. keys of an untyped item) lead to the nearest declaration.
                break;
            }
        }
        return schemaPointer.length() == 0 ? null : schemaPointer.toString();
    }

    /** Where the package resource holds the value, when it does: resource values win over options of the same path. */
    private static String resourcePointer(JsonNode resource, String scopePointer) {
        if (resource == null || scopePointer == null || !scopePointer.startsWith("/resource/")) {
            return null;
        }
        String inResource = scopePointer.substring("/resource".length());
        return resource.at(inResource).isMissingNode() ? null : inResource;
    }
}

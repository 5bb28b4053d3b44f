package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.template.TemplateTag;
import io.universestudio.core.validate.Fix;
import io.universestudio.core.validate.Spelling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Did you mean {{service.cpus}}?" for a template name nothing defines: the closest name config.json (or
 * the resource, for {@code resource.} names) does define, and the fix that writes it in every tag that used
 * the undefined one.
 */
final class ClosestName {

    private static final int MAX_DEPTH = 16;
    /**
     * Last parts too common to tell options apart: {@code security.ssl.enabled} is not a typo of
     * {@code security.kerberos.enabled}. A name without dots ({@code {{enabled}}}) may still find its option.
     */
    private static final Set<String> GENERIC = Set.of("enabled", "enable", "name", "value", "type", "port", "host",
            "hostname", "user", "username", "password", "size", "path", "url", "uri", "id", "key", "mode",
            "version", "image", "role", "secret", "cpus", "mem", "memory", "disk", "instances", "count", "timeout");

    private ClosestName() {
    }

    /**
     * The defined name closest to {@code name}: a likely typo of a whole dotted name, else the one name whose
     * last part is the same ({@code cpus} for {@code service.cpus}); null when nothing is close.
     *
     * @param enclosing the schema of the section the tag sits in, whose properties are names there too
     */
    static String suggest(String name, JsonNode config, JsonNode resource, JsonNode enclosing) {
        Set<String> candidates = new LinkedHashSet<>();
        if (name.startsWith("resource.")) {
            names(resource, "resource", candidates, 0);
        } else {
            properties(config, "", candidates, 0);
            if (enclosing != null) {
                JsonNode own = enclosing.has("items") ? enclosing.get("items") : enclosing;
                own.path("properties").fieldNames().forEachRemaining(candidates::add);
            }
        }
        candidates.remove(name);
        String typo = Spelling.closest(name, candidates);
        if (typo != null) {
            return typo;
        }
        String last = lastPart(name).toLowerCase(Locale.ROOT);
        if (name.contains(".") && GENERIC.contains(last)) {
            return null;
        }
        List<String> sameLast = candidates.stream().filter(c -> lastPart(c).toLowerCase(Locale.ROOT).equals(last)).toList();
        return sameLast.size() == 1 ? sameLast.get(0) : null;
    }

    /** Renames {@code name} to {@code suggestion} in the given tags (and the closing tags of sections). */
    static Fix renameFix(String template, List<TemplateTag> tags, String name, String suggestion) {
        List<Fix.Range> ranges = new ArrayList<>();
        for (TemplateTag tag : tags) {
            addName(template, tag.startOffset(), tag.endOffset(), name, suggestion, ranges);
            if (tag.isSection() && tag.closeStart() >= 0) {
                addName(template, tag.closeStart(), tag.closeEnd(), name, suggestion, ranges);
            }
        }
        if (ranges.isEmpty()) {
            return null;
        }
        TemplateTag first = tags.get(0);
        String shown = first.withName(suggestion).display();
        return new Fix("Use " + shown, RevisionFile.TEMPLATE, new Fix.ReplaceText(ranges));
    }

    private static void addName(String template, int from, int to, String name, String suggestion, List<Fix.Range> out) {
        int at = template.indexOf(name, from);
        if (at >= 0 && at + name.length() <= to) {
            out.add(new Fix.Range(at, at + name.length(), name, suggestion));
        }
    }

    private static void properties(JsonNode schema, String prefix, Set<String> out, int depth) {
        JsonNode props = schema == null ? null : schema.get("properties");
        if (props == null || !props.isObject() || depth > MAX_DEPTH) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : props.properties()) {
            String dotted = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            out.add(dotted);
            properties(e.getValue(), dotted, out, depth + 1);
        }
    }

    private static void names(JsonNode value, String prefix, Set<String> out, int depth) {
        if (value == null || !value.isObject() || depth > MAX_DEPTH) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            String dotted = prefix + "." + e.getKey();
            out.add(dotted);
            names(e.getValue(), dotted, out, depth + 1);
        }
    }

    private static String lastPart(String dotted) {
        int dot = dotted.lastIndexOf('.');
        return dot < 0 ? dotted : dotted.substring(dot + 1);
    }
}

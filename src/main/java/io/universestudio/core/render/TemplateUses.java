package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.template.TemplateStructure;
import io.universestudio.core.template.TemplateTag;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What each tag of a template refers to, worked out from config.json and the package resource without
 * rendering: mustache's lookup (innermost section outwards, dotted names) played on the schemas. The
 * template lints use it; it errs on the side of "could be defined" wherever a schema does not say.
 */
final class TemplateUses {

    /** What a name refers to. */
    enum Target {
        /** A property config.json declares ({@link Use#schema}, {@link Use#schemaPointer}). */
        OPTION,
        /** A value of the package resource. */
        RESOURCE,
        /** The {@code asJson} lambda. */
        LAMBDA,
        /** Something a schema leaves open (no properties declared), or {@code {{.}}}: cannot tell. */
        OPEN,
        /** Nothing in config.json, the resource or an enclosing section declares it. */
        UNDEFINED
    }

    /**
     * One tag and what it refers to.
     *
     * @param insideString  whether the tag sits inside a JSON string of the template text
     * @param enclosing     the schema of the innermost enclosing normal section's value, if it is an option
     */
    record Use(TemplateTag tag, Target target, JsonNode schema, String schemaPointer, JsonNode resourceValue,
               boolean insideString, JsonNode enclosing) {
    }

    /** A section's scope during the walk. */
    private record Scope(Kind kind, JsonNode schema, String schemaPointer) {
        enum Kind { ROOT, SCHEMA, OPEN, SCALAR, TRANSPARENT }
    }

    private final JsonNode config;
    private final JsonNode resource;
    private final boolean configDeclaresResource;

    TemplateUses(JsonNode config, JsonNode resource) {
        this.config = config;
        this.resource = resource;
        this.configDeclaresResource = config != null && config.path("properties").has("resource");
    }

    List<Use> analyse(String template, TemplateStructure tags) {
        boolean[] inString = stringStates(template, tags);
        List<Use> out = new ArrayList<>();
        Deque<Scope> scopes = new ArrayDeque<>();
        Deque<JsonNode> enclosing = new ArrayDeque<>();
        scopes.push(new Scope(Scope.Kind.ROOT, config, ""));
        List<TemplateTag> all = tags.tags();
        for (int i = 0; i < all.size(); i++) {
            TemplateTag tag = all.get(i);
            switch (tag.kind()) {
                case VARIABLE, UNESCAPED, SECTION, INVERTED -> {
                    Use use = resolve(tag, scopes, inString[i], enclosing.peek());
                    out.add(use);
                    if (tag.kind() == TemplateTag.Kind.SECTION) {
                        scopes.push(sectionScope(use));
                        enclosing.push(use.target() == Target.OPTION ? use.schema() : MissingNode.getInstance());
                    } else if (tag.kind() == TemplateTag.Kind.INVERTED) {
                        scopes.push(new Scope(Scope.Kind.TRANSPARENT, null, null));
                        enclosing.push(enclosing.isEmpty() ? MissingNode.getInstance() : enclosing.peek());
                    }
                }
                case PARENT, BLOCK, CHECK -> {
                    // mustache.java's blocks end with {{/x}} like sections but look nothing up.
                    scopes.push(new Scope(Scope.Kind.TRANSPARENT, null, null));
                    enclosing.push(enclosing.isEmpty() ? MissingNode.getInstance() : enclosing.peek());
                }
                case CLOSE -> {
                    if (scopes.size() > 1) {
                        scopes.pop();
                        enclosing.pop();
                    }
                }
                default -> {
                    // Comments, delimiters, partials and pragmas refer to no value.
                }
            }
        }
        return out;
    }

    private Scope sectionScope(Use use) {
        return switch (use.target()) {
            case OPTION -> {
                JsonNode s = use.schema();
                String type = s.path("type").asText("");
                if (type.equals("array") || s.has("items")) {
                    JsonNode items = s.get("items");
                    if (items == null || !items.isObject()) {
                        yield new Scope(Scope.Kind.OPEN, null, null);
                    }
                    if (items.has("properties")) {
                        yield new Scope(Scope.Kind.SCHEMA, items, use.schemaPointer() + "/items");
                    }
                    String itemType = items.path("type").asText("");
                    yield itemType.isEmpty() || itemType.equals("object") ? new Scope(Scope.Kind.OPEN, null, null)
                            : new Scope(Scope.Kind.SCALAR, null, null);
                }
                if (s.has("properties")) {
                    yield new Scope(Scope.Kind.SCHEMA, s, use.schemaPointer());
                }
                yield type.isEmpty() || type.equals("object") ? new Scope(Scope.Kind.OPEN, null, null)
                        : new Scope(Scope.Kind.SCALAR, null, null);
            }
            case RESOURCE -> use.resourceValue() != null && !use.resourceValue().isObject()
                    && !use.resourceValue().isArray() ? new Scope(Scope.Kind.SCALAR, null, null)
                    : new Scope(Scope.Kind.OPEN, null, null);
            default -> new Scope(Scope.Kind.OPEN, null, null);
        };
    }

    private Use resolve(TemplateTag tag, Deque<Scope> scopes, boolean insideString, JsonNode enclosing) {
        String name = tag.name();
        if (name.equals(".")) {
            return use(tag, Target.OPEN, null, null, null, insideString, enclosing);
        }
        String[] segments = name.split("\\.", -1);
        for (Scope scope : scopes) {
            switch (scope.kind()) {
                case TRANSPARENT, SCALAR:
                    continue;
                case OPEN:
                    return use(tag, Target.OPEN, null, null, null, insideString, enclosing);
                default:
                    break;
            }
            if (scope.kind() == Scope.Kind.ROOT) {
                if (name.equals(AsJsonLambda.NAME)) {
                    return use(tag, Target.LAMBDA, null, null, null, insideString, enclosing);
                }
                if (segments[0].equals("resource")) {
                    JsonNode value = resourceValue(segments);
                    if (value != null) {
                        return use(tag, Target.RESOURCE, null, null, value, insideString, enclosing);
                    }
                    if (!configDeclaresResource) {
                        return use(tag, Target.UNDEFINED, null, null, null, insideString, enclosing);
                    }
                }
            }
            JsonNode props = declared(scope.schema());
            if (props == null) {
                return use(tag, Target.OPEN, null, null, null, insideString, enclosing);
            }
            if (props.has(name) && segments.length > 1) {
                return use(tag, Target.OPTION, props.get(name), JsonPointers.child(scope.schemaPointer() + "/properties", name),
                        null, insideString, enclosing);
            }
            if (!props.has(segments[0])) {
                continue;
            }
            JsonNode schema = props.get(segments[0]);
            String pointer = JsonPointers.child(scope.schemaPointer() + "/properties", segments[0]);
            for (int s = 1; s < segments.length; s++) {
                String seg = segments[s];
                if (seg.equals(ScopeOnlyObjectHandler.IS_EMPTY) && s == segments.length - 1
                        && (schema.path("type").asText("").equals("array") || schema.has("items"))) {
                    return use(tag, Target.OPTION, schema, pointer, null, insideString, enclosing);
                }
                JsonNode p = declared(schema);
                if (p == null) {
                    return use(tag, Target.OPEN, null, null, null, insideString, enclosing);
                }
                if (!p.has(seg)) {
                    return use(tag, Target.UNDEFINED, null, null, null, insideString, enclosing);
                }
                schema = p.get(seg);
                pointer = JsonPointers.child(pointer + "/properties", seg);
            }
            return use(tag, Target.OPTION, schema, pointer, null, insideString, enclosing);
        }
        return use(tag, Target.UNDEFINED, null, null, null, insideString, enclosing);
    }

    /**
     * The properties a schema declares: its own, then those of its {@code allOf}/{@code anyOf}/{@code oneOf}
     * members and of schema {@code dependencies} (real configs declare options there); null when none.
     */
    static ObjectNode declared(JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return null;
        }
        JsonNode own = schema.get("properties");
        ObjectNode out = own != null && own.isObject() ? (ObjectNode) own : null;
        List<JsonNode> more = new ArrayList<>();
        for (String combiner : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(combiner).forEach(more::add);
        }
        JsonNode deps = schema.get("dependencies");
        if (deps != null && deps.isObject()) {
            deps.forEach(d -> {
                if (d.isObject()) {
                    more.add(d);
                }
            });
        }
        if (more.isEmpty()) {
            return out;
        }
        // A new node holding references: the schema itself is never modified.
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        if (out != null) {
            merged.setAll(out);
        }
        out = merged;
        for (JsonNode sub : more) {
            ObjectNode extra = declared(sub);
            if (extra == null) {
                continue;
            }
            for (var e : extra.properties()) {
                if (!out.has(e.getKey())) {
                    out.set(e.getKey(), e.getValue());
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    private JsonNode resourceValue(String[] segments) {
        JsonNode node = resource;
        for (int s = 1; s < segments.length && node != null; s++) {
            node = node.isObject() ? node.get(segments[s]) : null;
        }
        return node;
    }

    private static Use use(TemplateTag tag, Target target, JsonNode schema, String pointer, JsonNode resourceValue,
                           boolean insideString, JsonNode enclosing) {
        return new Use(tag, target, schema, pointer, resourceValue, insideString, enclosing);
    }

    /** For each tag, whether the template text around it is inside a JSON string (tags themselves skipped). */
    static boolean[] stringStates(String template, TemplateStructure tags) {
        List<TemplateTag> all = tags.tags();
        boolean[] states = new boolean[all.size()];
        boolean inString = false;
        int pos = 0;
        for (int i = 0; i < all.size(); i++) {
            TemplateTag tag = all.get(i);
            for (int c = pos; c < tag.startOffset() && c < template.length(); c++) {
                char ch = template.charAt(c);
                if (ch == '"' && !escaped(template, c, pos)) {
                    inString = !inString;
                } else if (ch == '\n' && inString) {
                    inString = false;
                }
            }
            states[i] = inString;
            pos = Math.max(pos, tag.endOffset());
        }
        return states;
    }

    private static boolean escaped(String text, int at, int floor) {
        int backslashes = 0;
        for (int i = at - 1; i >= floor && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}

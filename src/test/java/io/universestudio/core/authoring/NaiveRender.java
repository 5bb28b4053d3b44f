package io.universestudio.core.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.Revision;

import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * A stand-in for core.render until that branch lands: defaults from config.json, resource.json merged in
 * as {@code resource}, and a plain mustache.java render with HTML escaping off. Not Cosmos (no JSON
 * escaping of strings, no array printing), but enough to see that a template makes a JSON object.
 */
final class NaiveRender implements AppRenderer {

    private static final ObjectMapper MAPPER = JsonText.mapper();

    @Override
    public Optional<String> render(Revision revision) {
        Optional<String> template = revision.template();
        if (template.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode scope = defaults(revision.config().flatMap(d -> d.object()).orElse(MAPPER.createObjectNode()));
        revision.resource().flatMap(d -> d.object()).ifPresent(r -> scope.set("resource", r));
        DefaultMustacheFactory factory = new DefaultMustacheFactory() {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        Mustache mustache = factory.compile(new StringReader(template.get()), "marathon.json.mustache");
        StringWriter out = new StringWriter();
        mustache.execute(out, MAPPER.convertValue(scope, Map.class));
        return Optional.of(out.toString());
    }

    /** The object built from every {@code default} under {@code properties}, recursively. */
    static ObjectNode defaults(JsonNode schema) {
        ObjectNode out = MAPPER.createObjectNode();
        JsonNode props = schema.path("properties");
        Iterator<Map.Entry<String, JsonNode>> it = props.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode prop = e.getValue();
            if (prop.has("default")) {
                out.set(e.getKey(), prop.get("default"));
            } else if (prop.path("properties").isObject()) {
                out.set(e.getKey(), defaults(prop));
            }
        }
        return out;
    }

    /** Renders and parses strictly; the tree, or an exception saying why it is not JSON. */
    JsonNode renderToJson(Revision revision) throws Exception {
        return MAPPER.readTree(render(revision).orElseThrow());
    }
}

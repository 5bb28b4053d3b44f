package io.universestudio.core.render;

import io.universestudio.core.json.Draft4;
import io.universestudio.core.validate.OfflineSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.path.PathType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates merged options against config.json the way Cosmos does: draft-04 whatever {@code $schema}
 * says (Universe's usual {@code http://json-schema.org/schema#} means draft-04 to Cosmos's library),
 * {@code format} enforced, and every whole number turned into an integer first, so {@code 80.0} passes
 * {@code "type": "integer"} as it does in Cosmos. Nothing outside the config is resolved (see
 * {@link OfflineSchema}). Compiled schemas are cached by config text.
 */
final class OptionsValidator {

    /** Compiled schemas are large; a few cover live editing (ADR 0159). */
    private static final int MAX_CACHED = 16;

    /**
     * Made at the first validation, on the thread that checks or renders: the draft-04 dialect's set-up took
     * the window's start about 9 ms on the FX thread, where the renderer is made (ADR 0161).
     */
    private SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    List<OptionsError> validate(JsonNode config, String configText, JsonNode options) {
        Schema schema = schemas.get(configText);
        if (schema == null) {
            schema = registry().getSchema(OfflineSchema.copyOf((ObjectNode) config));
            if (schemas.size() >= MAX_CACHED) {
                schemas.clear();
            }
            schemas.put(configText, schema);
        }
        List<OptionsError> out = new ArrayList<>();
        for (Error e : schema.validate(integersAsCosmosSeesThem(options))) {
            String schemaPointer = e.getSchemaLocation() == null ? "" : String.valueOf(e.getSchemaLocation().getFragment());
            out.add(new OptionsError(pointer(e.getInstanceLocation()), schemaPointer, e.getKeyword(), e.getMessage()));
        }
        return out;
    }

    private synchronized SchemaRegistry registry() {
        if (registry == null) {
            registry = Draft4.registry(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_POINTER)
                    .build());
        }
        return registry;
    }

    private static String pointer(Object path) {
        String p = path == null ? "" : path.toString();
        return p.equals("/") ? "" : p;
    }

    /** Cosmos turns whole numbers into BigInteger nodes before validating. */
    static JsonNode integersAsCosmosSeesThem(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(e -> out.set(e.getKey(), integersAsCosmosSeesThem(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(integersAsCosmosSeesThem(n)));
            return out;
        }
        if (node.isFloatingPointNumber()) {
            BigDecimal d = node.decimalValue();
            BigDecimal stripped = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
            if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() < 400) {
                return JsonNodeFactory.instance.numberNode(stripped.toBigIntegerExact());
            }
        }
        return node;
    }
}

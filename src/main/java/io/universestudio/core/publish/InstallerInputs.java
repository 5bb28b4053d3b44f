package io.universestudio.core.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The options of a config.json that have no default, so the installer types them (a license key, a
 * password), each with a stand-in value of its declared kind. Rendering with the stand-ins tells whether
 * such options are the only reason the defaults alone do not give an installable app.
 */
final class InstallerInputs {

    private static final int MAX_DEPTH = 16;
    /** Values to try against a string option's pattern, from the plainest; real patterns take one of these. */
    private static final List<String> TEXT_TRIES = List.of("x", "a", "example", "x-1", "1", "a1", "abc123", "1.0",
            "user@example.com", "https://example.com", "example.com", "123456789012", "abcdefghijklmnop", "yes", "true");

    /**
     * One option without a default.
     *
     * @param path      its dotted name ({@code service.license_key})
     * @param tokens    its path in the options
     * @param required  whether its object's {@code required} lists it
     * @param standIn   a value of its declared kind, or null when none can be made up (a pattern too odd)
     */
    record Input(String path, List<String> tokens, boolean required, JsonNode standIn) {
    }

    private InstallerInputs() {
    }

    /** Every option without a default that Cosmos's defaults leave out (under no default of an enclosing object). */
    static List<Input> of(JsonNode config) {
        List<Input> out = new ArrayList<>();
        collect(config, List.of(), out, 0);
        return out;
    }

    /** The options object that gives each of {@code inputs} its stand-in. */
    static ObjectNode options(List<Input> inputs) {
        ObjectNode options = JsonNodeFactory.instance.objectNode();
        for (Input input : inputs) {
            ObjectNode at = options;
            for (String token : input.tokens().subList(0, input.tokens().size() - 1)) {
                at = at.get(token) instanceof ObjectNode o ? o : at.putObject(token);
            }
            at.set(input.tokens().get(input.tokens().size() - 1), input.standIn().deepCopy());
        }
        return options;
    }

    private static void collect(JsonNode schema, List<String> at, List<Input> out, int depth) {
        JsonNode props = schema == null ? null : schema.get("properties");
        if (props == null || !props.isObject() || depth > MAX_DEPTH) {
            return;
        }
        JsonNode required = schema.get("required");
        for (Map.Entry<String, JsonNode> e : props.properties()) {
            JsonNode property = e.getValue();
            if (!property.isObject() || property.has("default")) {
                continue; // a default, even an object's, is what Cosmos uses
            }
            List<String> tokens = new ArrayList<>(at);
            tokens.add(e.getKey());
            if (property.has("properties") && property.get("properties").size() > 0) {
                collect(property, tokens, out, depth + 1);
                continue;
            }
            boolean isRequired = required != null && required.isArray()
                    && java.util.stream.StreamSupport.stream(required.spliterator(), false)
                    .anyMatch(r -> r.asText().equals(e.getKey()));
            out.add(new Input(String.join(".", tokens), List.copyOf(tokens), isRequired, standIn(property)));
        }
    }

    /** A value an installer could give: the first allowed one, or one of the declared type within its limits. */
    static JsonNode standIn(JsonNode schema) {
        JsonNode allowed = schema.get("enum");
        if (allowed != null && allowed.isArray() && !allowed.isEmpty()) {
            return allowed.get(0);
        }
        JsonNode type = schema.get("type");
        String t = type == null ? "string" : type.isArray() && !type.isEmpty() ? type.get(0).asText() : type.asText();
        return switch (t) {
            case "boolean" -> BooleanNode.TRUE;
            case "integer", "number" -> number(schema, t.equals("integer"));
            case "array" -> arrayOf(schema);
            case "object" -> JsonNodeFactory.instance.objectNode();
            case "null" -> JsonNodeFactory.instance.nullNode();
            default -> text(schema);
        };
    }

    private static JsonNode number(JsonNode schema, boolean integer) {
        BigDecimal value = BigDecimal.ONE;
        JsonNode min = schema.get("minimum");
        JsonNode max = schema.get("maximum");
        if (min != null && min.isNumber() && value.compareTo(min.decimalValue()) < 0) {
            value = min.decimalValue().add(schema.path("exclusiveMinimum").asBoolean(false) ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        if (max != null && max.isNumber() && value.compareTo(max.decimalValue()) > 0) {
            value = max.decimalValue().subtract(schema.path("exclusiveMaximum").asBoolean(false) ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        return integer ? JsonNodeFactory.instance.numberNode(value.setScale(0, RoundingMode.CEILING).toBigInteger())
                : JsonNodeFactory.instance.numberNode(value);
    }

    private static JsonNode arrayOf(JsonNode schema) {
        int min = schema.path("minItems").asInt(0);
        var array = JsonNodeFactory.instance.arrayNode();
        JsonNode items = schema.get("items");
        for (int i = 0; i < min; i++) {
            JsonNode item = items != null && items.isObject() ? standIn(items) : TextNode.valueOf("x");
            if (item == null) {
                return null;
            }
            array.add(item);
        }
        return array;
    }

    private static JsonNode text(JsonNode schema) {
        String format = schema.path("format").asText("");
        List<String> tries = switch (format) {
            case "uri", "url" -> List.of("https://example.com");
            case "email" -> List.of("user@example.com");
            case "hostname" -> List.of("example.com");
            case "ipv4" -> List.of("10.0.0.1");
            case "ipv6" -> List.of("::1");
            case "date-time" -> List.of("2020-01-01T00:00:00Z");
            default -> TEXT_TRIES;
        };
        int minLength = schema.path("minLength").asInt(0);
        int maxLength = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        Pattern pattern = null;
        if (schema.has("pattern")) {
            try {
                pattern = Pattern.compile(schema.get("pattern").asText());
            } catch (PatternSyntaxException e) {
                return null;
            }
        }
        for (String candidate : tries) {
            String value = candidate.length() >= minLength ? candidate
                    : candidate + "x".repeat(minLength - candidate.length());
            if (value.length() <= maxLength && (pattern == null || pattern.matcher(value).find())) {
                return TextNode.valueOf(value);
            }
        }
        return null;
    }
}

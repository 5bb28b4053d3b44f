package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.RevisionFile;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The fixes for config.json defaults: a default for an option that has none (when one can be chosen
 * without guessing what the user means: the first allowed value, false, the minimum or 0, an empty
 * string or list), and a default of the wrong type written as the declared type ("8" to 8).
 */
final class DefaultFixes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private DefaultFixes() {
    }

    /** "Add a default" for the option declared at {@code schemaPointer}; null when no value is an obvious choice. */
    static Fix addDefault(JsonNode config, String schemaPointer) {
        JsonNode schema = config.at(schemaPointer);
        JsonNode value = schema.isObject() ? neutralValue(schema) : null;
        return value == null ? null : new Fix("Add the default " + JsonText.compact(value),
                RevisionFile.CONFIG, new Fix.SetJson(JsonPointers.child(schemaPointer, "default"), value));
    }

    /** "Change the default to 8" for a default written as another type than declared; null when not obvious. */
    static Fix convertDefault(String defaultPointer, JsonNode def, String declared) {
        JsonNode value = converted(def, declared);
        return value == null ? null : new Fix("Change the default to " + JsonText.compact(value),
                RevisionFile.CONFIG, new Fix.SetJson(defaultPointer, value));
    }

    private static JsonNode neutralValue(JsonNode schema) {
        JsonNode allowed = schema.get("enum");
        if (allowed != null && allowed.isArray() && !allowed.isEmpty()) {
            return allowed.get(0);
        }
        JsonNode type = schema.get("type");
        String t = type == null ? "" : type.isArray() && !type.isEmpty() ? type.get(0).asText() : type.asText();
        return switch (t) {
            case "boolean" -> BooleanNode.FALSE;
            case "integer", "number" -> number(schema, t.equals("integer"));
            case "string" -> schema.has("pattern") || schema.has("format") || schema.path("minLength").asInt(0) > 0
                    ? null : TextNode.valueOf("");
            case "array" -> schema.path("minItems").asInt(0) > 0 ? null : NODES.arrayNode();
            default -> null; // an object's default would hide its properties' own defaults from Cosmos
        };
    }

    private static JsonNode number(JsonNode schema, boolean integer) {
        JsonNode min = schema.get("minimum");
        JsonNode max = schema.get("maximum");
        if (schema.path("exclusiveMinimum").asBoolean(false) || schema.path("exclusiveMaximum").asBoolean(false)) {
            return null;
        }
        BigDecimal value = min != null && min.isNumber() ? min.decimalValue() : BigDecimal.ZERO;
        if (min == null && max != null && max.isNumber() && max.decimalValue().compareTo(BigDecimal.ZERO) < 0) {
            value = max.decimalValue();
        }
        if (integer) {
            value = value.setScale(0, RoundingMode.CEILING);
        }
        if (max != null && max.isNumber() && value.compareTo(max.decimalValue()) > 0) {
            return null;
        }
        return integer ? NODES.numberNode(value.toBigIntegerExact()) : NODES.numberNode(value);
    }

    private static JsonNode converted(JsonNode def, String declared) {
        String text = def.asText();
        switch (declared) {
            case "integer" -> {
                if (def.isTextual() && text.strip().matches("-?\\d{1,18}")) {
                    return NODES.numberNode(Long.parseLong(text.strip()));
                }
            }
            case "number" -> {
                if (def.isTextual() && text.strip().matches("-?\\d{1,18}(\\.\\d{1,18})?")) {
                    return NODES.numberNode(new BigDecimal(text.strip()));
                }
            }
            case "boolean" -> {
                if (def.isTextual() && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
                    return BooleanNode.valueOf(Boolean.parseBoolean(text));
                }
            }
            case "string" -> {
                if (def.isNumber() || def.isBoolean()) {
                    return TextNode.valueOf(def.toString());
                }
            }
            default -> {
                return null;
            }
        }
        return null;
    }
}

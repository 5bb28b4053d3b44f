package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;

/** Words for JSON values and types in messages: "a number", "\"one\"", "an empty list". */
final class Describe {

    private static final int MAX_SHOWN = 60;

    private Describe() {
    }

    /** "a string", "an integer", "an object", for a JSON schema type name. */
    static String article(String type) {
        return switch (type) {
            case "string" -> "a string (text in quotes)";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "object" -> "an object ({...})";
            case "array" -> "a list ([...])";
            case "null" -> "null";
            default -> type.isEmpty() ? "another value" : type;
        };
    }

    /** The JSON type name of a value as draft-04 sees it. */
    static String typeOf(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isTextual()) {
            return "string";
        }
        if (v.isIntegralNumber() || v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0) {
            return "integer";
        }
        if (v.isNumber()) {
            return "number";
        }
        if (v.isBoolean()) {
            return "boolean";
        }
        if (v.isArray()) {
            return "array";
        }
        if (v.isObject()) {
            return "object";
        }
        return "null";
    }

    /** A short rendering of a value for a message: {@code "one"}, {@code 3}, {@code a list of 2 items}. */
    static String value(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isTextual()) {
            String s = v.asText();
            if (s.isEmpty()) {
                return "an empty string \"\"";
            }
            String shown = s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "..." : s;
            return "\"" + shown.replace("\n", "\\n") + "\"";
        }
        if (v.isArray()) {
            return v.isEmpty() ? "an empty list []" : "a list of " + v.size() + (v.size() == 1 ? " item" : " items");
        }
        if (v.isObject()) {
            return v.isEmpty() ? "an empty object {}" : "an object";
        }
        if (v.isNumber()) {
            return "the number " + v.asText();
        }
        return v.toString();
    }
}

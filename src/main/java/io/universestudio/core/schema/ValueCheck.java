package io.universestudio.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one value against one option's own keywords (type, enum, minimum/maximum, pattern), with plain
 * messages. Used for defaults in the property editor and for values typed in the install form.
 * Like Cosmos, a whole number written {@code 80.0} counts as an integer (cosmos-rendering.md section 1.6).
 */
public final class ValueCheck {

    private ValueCheck() {
    }

    public static List<String> problems(ConfigOption option, JsonNode value) {
        List<String> out = new ArrayList<>();
        List<OptionType> types = option.types();
        if (!types.isEmpty() && types.stream().noneMatch(t -> hasType(value, t))) {
            out.add(typeMessage(types, value));
            return out;
        }
        List<JsonNode> allowed = option.enumValues();
        if (!allowed.isEmpty() && allowed.stream().noneMatch(value::equals)) {
            out.add("Choose one of " + list(allowed) + ".");
        }
        if (value.isNumber()) {
            BigDecimal v = value.decimalValue();
            option.minimum().filter(min -> v.compareTo(min) < 0)
                    .ifPresent(min -> out.add("Must be at least " + min.toPlainString() + "."));
            option.maximum().filter(max -> v.compareTo(max) > 0)
                    .ifPresent(max -> out.add("Must be at most " + max.toPlainString() + "."));
        }
        if (value.isTextual() && option.pattern().isPresent() && option.patternProblem().isEmpty()
                && !PatternCheck.matches(option.pattern().get(), value.asText())) {
            out.add("Does not match the pattern " + option.pattern().get() + ".");
        }
        return out;
    }

    public static boolean hasType(JsonNode value, OptionType type) {
        return switch (type) {
            case STRING -> value.isTextual();
            case INTEGER -> value.isIntegralNumber()
                    || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case NUMBER -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case OBJECT -> value.isObject();
            case ARRAY -> value.isArray();
            case NULL -> value.isNull();
        };
    }

    private static String typeMessage(List<OptionType> types, JsonNode value) {
        OptionType t = types.get(0);
        return switch (t) {
            case INTEGER -> "Expecting a whole number here, e.g. 4";
            case NUMBER -> "Expecting a number here, e.g. 0.5";
            case BOOLEAN -> "Expecting true or false here";
            case STRING -> "Expecting text here (in quotes in JSON), not " + JsonText.compact(value);
            case OBJECT -> "Expecting a JSON object here, e.g. {}";
            case ARRAY -> "Expecting a JSON array here, e.g. []";
            case NULL -> "Expecting null here";
        } + (types.size() > 1 ? " (or " + types.subList(1, types.size()).stream()
                .map(OptionType::jsonName).toList() + ")." : ".");
    }

    private static String list(List<JsonNode> values) {
        List<String> parts = new ArrayList<>();
        values.forEach(v -> parts.add(JsonText.compact(v)));
        return String.join(", ", parts);
    }
}

package io.universestudio.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonText;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One field of the install form: the option behind it, the widget, whether it is marked required, its
 * help text (the description, a tooltip in DC/OS UI), the default the form starts from, and how typed
 * text turns into a value and is checked.
 */
public record FormField(OptionPath path, String label, WidgetKind widget, boolean required, String help,
                        JsonNode defaultValue, ConfigOption option) implements FormItem {

    /**
     * A field for one option on its own, e.g. for the property editor's default-value editor: the same
     * widget, parsing and checks as the install form, with the option's own default.
     */
    public static FormField of(ConfigOption option) {
        return InstallForm.field(option, option.defaultValue().orElse(null));
    }

    public Optional<JsonNode> defaultIfAny() {
        return Optional.ofNullable(defaultValue);
    }

    /** The choices of a {@link WidgetKind#CHOICE} field. */
    public List<JsonNode> choices() {
        return option.enumValues();
    }

    /** The text a text-like widget shows for {@code value} (YAML decoded from base64 when so declared). */
    public String display(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (widget == WidgetKind.YAML && base64() && value.isTextual()) {
            try {
                return new String(Base64.getDecoder().decode(value.asText().trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return value.asText();
            }
        }
        return value.isTextual() ? value.asText() : JsonText.compact(value);
    }

    /** Turns typed text into this field's value, or into a plain problem. */
    public FieldInput parse(String text) {
        String t = text == null ? "" : text;
        switch (widget) {
            case NUMBER, INTEGER -> {
                if (t.isBlank()) {
                    return FieldInput.empty(t);
                }
                try {
                    BigDecimal d = new BigDecimal(t.trim());
                    if (widget == WidgetKind.INTEGER && d.stripTrailingZeros().scale() > 0) {
                        return FieldInput.invalid(t, "Expecting a whole number here, e.g. 4.");
                    }
                    JsonNode n = d.scale() <= 0 && d.precision() - d.scale() < 19
                            ? Nodes.NODES.numberNode(d.longValueExact()) : Nodes.NODES.numberNode(d);
                    return FieldInput.value(t, n);
                } catch (NumberFormatException | ArithmeticException e) {
                    return FieldInput.invalid(t, widget == WidgetKind.INTEGER ? "Expecting a whole number here, e.g. 4."
                            : "Expecting a number here, e.g. 4.");
                }
            }
            case CHECKBOX -> {
                return t.equals("true") || t.equals("false") ? FieldInput.value(t, Nodes.NODES.booleanNode(t.equals("true")))
                        : FieldInput.invalid(t, "Expecting true or false here.");
            }
            case CHOICE -> {
                for (JsonNode c : choices()) {
                    if (display(c).equals(t)) {
                        return FieldInput.value(t, c);
                    }
                }
                return t.isEmpty() ? FieldInput.empty(t) : FieldInput.invalid(t, "Choose one of the listed values.");
            }
            case JSON -> {
                if (t.isBlank()) {
                    return FieldInput.empty(t);
                }
                try {
                    return FieldInput.value(t, JsonText.mapper().readTree(t));
                } catch (Exception e) {
                    return FieldInput.invalid(t, "This is not valid JSON: " + syntaxOf(t));
                }
            }
            case YAML -> {
                String stored = base64() ? Base64.getEncoder().encodeToString(t.getBytes(StandardCharsets.UTF_8)) : t;
                return FieldInput.value(t, Nodes.NODES.textNode(stored));
            }
            case CONSTRAINTS -> {
                if (t.trim().startsWith("[")) {
                    try {
                        JsonNode parsed = JsonText.mapper().readTree(t);
                        if (!parsed.isArray()) {
                            return FieldInput.invalid(t, "Placement constraints are a JSON array of [field, operator, value] rules.");
                        }
                        for (JsonNode rule : parsed) {
                            if (!rule.isArray() || rule.size() < 2) {
                                return FieldInput.invalid(t, "Each constraint is an array such as [\"hostname\", \"UNIQUE\"].");
                            }
                        }
                    } catch (Exception e) {
                        return FieldInput.invalid(t, "Placement constraints are a JSON array such as [[\"hostname\","
                                + " \"UNIQUE\"]], but " + syntaxOf(t));
                    }
                }
                return FieldInput.value(t, textOrJson(t));
            }
            default -> {
                return FieldInput.value(t, Nodes.NODES.textNode(t));
            }
        }
    }

    /** What is wrong with JSON typed into a field, in the project's words ("a comma is missing on line 1 ..."). */
    private static String syntaxOf(String text) {
        return io.universestudio.core.json.LocatedJsonReader.read(text).problems().stream().findFirst()
                .map(p -> p.message() + ". " + p.hint()).orElse("check quotes, commas and brackets.");
    }

    /** Constraints are usually a string option holding JSON; a few packages declare them as an array. */
    private JsonNode textOrJson(String t) {
        if (option.types().contains(OptionType.ARRAY) && !option.types().contains(OptionType.STRING)) {
            try {
                return JsonText.mapper().readTree(t.isBlank() ? "[]" : t);
            } catch (Exception e) {
                return Nodes.NODES.textNode(t);
            }
        }
        return Nodes.NODES.textNode(t);
    }

    /** The problems of {@code value} (null: no value) for this field, in plain words. */
    public List<String> check(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value == null || value.isMissingNode()) {
            if (required && defaultValue == null) {
                out.add("Required: enter a value.");
            }
            return out;
        }
        out.addAll(ValueCheck.problems(option, value));
        if (widget == WidgetKind.YAML && base64() && value.isTextual()) {
            try {
                Base64.getDecoder().decode(value.asText().trim());
            } catch (IllegalArgumentException e) {
                out.add("The value is not base64-encoded YAML.");
            }
        }
        return out;
    }

    private boolean base64() {
        return option.media().map(MediaHint::base64).orElse(false);
    }
}

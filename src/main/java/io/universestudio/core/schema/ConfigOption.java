package io.universestudio.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One option of config.json as the property editor shows it: a read-only view over the option's schema
 * object. Keywords the editor does not model are in {@link #otherKeywords()}. The root option is the
 * config object itself (path {@link OptionPath#ROOT}).
 */
public final class ConfigOption {

    private final OptionPath path;
    private final JsonNode node;
    private final boolean required;

    ConfigOption(OptionPath path, JsonNode node, boolean required) {
        this.path = path;
        this.node = node;
        this.required = required;
    }

    public OptionPath path() {
        return path;
    }

    public String name() {
        return path.name();
    }

    /** The option's schema in config.json (shared: do not change it). */
    public JsonNode schema() {
        return node;
    }

    /** True when the schema of this option is not a JSON object (draft-04 forbids it); nothing else applies. */
    public boolean malformed() {
        return !node.isObject();
    }

    /** Listed in its parent's {@code required}. */
    public boolean required() {
        return required;
    }

    /** The declared types: {@code "type": "string"} gives one, {@code ["string", "null"]} two. */
    public List<OptionType> types() {
        JsonNode t = node.get("type");
        List<OptionType> out = new ArrayList<>();
        if (t != null && t.isTextual()) {
            OptionType.parse(t.asText()).ifPresent(out::add);
        } else if (t != null && t.isArray()) {
            t.forEach(e -> OptionType.parse(e.asText()).ifPresent(out::add));
        }
        return out;
    }

    /** The first declared type, if any. */
    public Optional<OptionType> type() {
        List<OptionType> t = types();
        return t.isEmpty() ? Optional.empty() : Optional.of(t.get(0));
    }

    /** The {@code type} keyword as written, for display ({@code string}, {@code string|null}, or ""). */
    public String typeText() {
        JsonNode t = node.get("type");
        if (t == null) {
            return "";
        }
        if (t.isArray()) {
            List<String> parts = new ArrayList<>();
            t.forEach(e -> parts.add(e.asText()));
            return String.join("|", parts);
        }
        return t.asText();
    }

    public Optional<String> description() {
        return text("description");
    }

    public Optional<JsonNode> defaultValue() {
        return Optional.ofNullable(node.get("default"));
    }

    public List<JsonNode> enumValues() {
        JsonNode e = node.get("enum");
        List<JsonNode> out = new ArrayList<>();
        if (e != null && e.isArray()) {
            e.forEach(out::add);
        }
        return out;
    }

    public Optional<BigDecimal> minimum() {
        return number("minimum");
    }

    public Optional<BigDecimal> maximum() {
        return number("maximum");
    }

    public Optional<String> pattern() {
        return text("pattern");
    }

    /** A plain message when {@link #pattern()} is not a valid regular expression. */
    public Optional<String> patternProblem() {
        return pattern().flatMap(PatternCheck::problem);
    }

    public Optional<String> format() {
        return text("format");
    }

    public Optional<MediaHint> media() {
        return MediaHint.of(node.get("media"));
    }

    /** {@code additionalProperties}: a boolean or a schema. */
    public Optional<JsonNode> additionalProperties() {
        return Optional.ofNullable(node.get("additionalProperties"));
    }

    /** The names listed in this option's own {@code required} (which children must be given). */
    public List<String> requiredNames() {
        JsonNode r = node.get("required");
        List<String> out = new ArrayList<>();
        if (r != null && r.isArray()) {
            r.forEach(e -> out.add(e.asText()));
        }
        return out;
    }

    /** An object option: it declares {@code type: object} or has {@code properties}. */
    public boolean isGroup() {
        return node.path("properties").isObject() || types().contains(OptionType.OBJECT);
    }

    /** The options nested under {@code properties}, in key order (the order DC/OS shows them). */
    public List<ConfigOption> children() {
        JsonNode props = node.get("properties");
        if (props == null || !props.isObject()) {
            return List.of();
        }
        List<String> req = requiredNames();
        List<ConfigOption> out = new ArrayList<>(props.size());
        Iterator<Map.Entry<String, JsonNode>> it = props.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(new ConfigOption(path.child(e.getKey()), e.getValue(), req.contains(e.getKey())));
        }
        return out;
    }

    public Optional<ConfigOption> child(String name) {
        JsonNode props = node.get("properties");
        JsonNode child = props != null && props.isObject() ? props.get(name) : null;
        return child == null ? Optional.empty()
                : Optional.of(new ConfigOption(path.child(name), child, requiredNames().contains(name)));
    }

    /** The keywords this editor does not model, in their order, kept untouched by every edit. */
    public ObjectNode otherKeywords() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (SchemaKeyword.byName(e.getKey()).isEmpty()) {
                    out.set(e.getKey(), e.getValue());
                }
            });
        }
        return out;
    }

    /** What is wrong with this option's keywords, in plain words (empty when nothing is). */
    public List<OptionIssue> issues() {
        return OptionChecks.check(this);
    }

    private Optional<String> text(String keyword) {
        JsonNode v = node.get(keyword);
        return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    private Optional<BigDecimal> number(String keyword) {
        JsonNode v = node.get(keyword);
        return v != null && v.isNumber() ? Optional.of(v.decimalValue()) : Optional.empty();
    }

    @Override
    public String toString() {
        return path + " (" + typeText() + ")";
    }
}

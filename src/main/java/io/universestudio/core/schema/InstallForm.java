package io.universestudio.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The install form DC/OS UI draws from a config schema (product.md section 2.2): a tab per top-level
 * option, headings for nested objects, a field per leaf with its widget, required mark and help. Field
 * defaults follow Cosmos: an option's own {@code default}, else the part of the nearest enclosing
 * object's {@code default} at its place (cosmos-rendering.md section 1.4).
 */
public final class InstallForm {

    private final List<FormTab> tabs;
    private final Map<OptionPath, FormField> fields = new LinkedHashMap<>();

    private InstallForm(List<FormTab> tabs) {
        this.tabs = List.copyOf(tabs);
        tabs.forEach(t -> t.fields().forEach(f -> fields.put(f.path(), f)));
    }

    public static InstallForm of(ConfigSchema schema) {
        List<FormTab> tabs = new ArrayList<>();
        for (ConfigOption top : schema.root().children()) {
            List<FormItem> items = new ArrayList<>();
            JsonNode inherited = top.defaultValue().orElse(null);
            if (top.isGroup() && !top.children().isEmpty()) {
                addChildren(top, 2, inherited, items);
            } else {
                items.add(field(top, inherited));
            }
            tabs.add(new FormTab(top.name(), top.description().orElse(""), items));
        }
        return new InstallForm(tabs);
    }

    private static void addChildren(ConfigOption group, int level, JsonNode groupDefault, List<FormItem> items) {
        for (ConfigOption c : group.children()) {
            JsonNode inherited = c.defaultValue().orElse(groupDefault == null ? null : groupDefault.get(c.name()));
            if (c.isGroup() && !c.children().isEmpty()) {
                items.add(new FormHeading(c.path(), level, title(c), c.description().orElse("")));
                addChildren(c, level + 1, inherited, items);
            } else {
                items.add(field(c, inherited));
            }
        }
    }

    static FormField field(ConfigOption o, JsonNode def) {
        return new FormField(o.path(), title(o), widget(o), o.required(), o.description().orElse(""), def, o);
    }

    /** DC/OS UI labels a field with its {@code title} when it has one, else its name. */
    private static String title(ConfigOption o) {
        JsonNode t = o.schema().get("title");
        return t != null && t.isTextual() ? t.asText() : o.name();
    }

    static WidgetKind widget(ConfigOption o) {
        if (!o.enumValues().isEmpty()) {
            return WidgetKind.CHOICE;
        }
        Optional<MediaHint.Kind> media = o.media().map(MediaHint::kind);
        if (media.isPresent()) {
            switch (media.get()) {
                case SECRET -> {
                    return WidgetKind.SECRET;
                }
                case YAML -> {
                    return WidgetKind.YAML;
                }
                case ZONE_CONSTRAINTS, REGION_ZONE_CONSTRAINTS -> {
                    return WidgetKind.CONSTRAINTS;
                }
                default -> {
                }
            }
        }
        if (o.format().filter("password"::equals).isPresent()) {
            return WidgetKind.SECRET;
        }
        return switch (o.type().orElse(OptionType.OBJECT)) {
            case STRING -> WidgetKind.TEXT;
            case INTEGER -> WidgetKind.INTEGER;
            case NUMBER -> WidgetKind.NUMBER;
            case BOOLEAN -> WidgetKind.CHECKBOX;
            default -> WidgetKind.JSON;
        };
    }

    public List<FormTab> tabs() {
        return tabs;
    }

    /** Every field, tab by tab. */
    public List<FormField> fields() {
        return List.copyOf(fields.values());
    }

    public Optional<FormField> field(OptionPath path) {
        return Optional.ofNullable(fields.get(path));
    }

    /** The form as it opens: every field at its default. */
    public FormValues initialValues() {
        return FormValues.start(this);
    }

    /** The defaults Cosmos takes from the schema (for comparison with {@link FormValues#options}). */
    public ObjectNode fieldDefaults() {
        ObjectNode out = Nodes.NODES.objectNode();
        fields.values().forEach(f -> f.defaultIfAny().ifPresent(d -> FormValues.put(out, f.path(), d)));
        return out;
    }
}

package io.universestudio.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of an install form (immutable): what each field holds, text that did not parse (kept so
 * nothing typed is lost), the problems of each field, and the options JSON the what-if preview hands to
 * the renderer as user options.
 */
public final class FormValues {

    /** Which values go into the options JSON. */
    public enum OptionsMode {
        /**
         * Only values that differ from their defaults: what {@code dcos package install --options} needs,
         * since Cosmos merges the defaults in first. The renderer's user options.
         */
        CHANGED,
        /** Every field with a value, defaults included: what DC/OS UI's "Download Config" saves. */
        ALL
    }

    private final InstallForm form;
    private final Map<OptionPath, JsonNode> values;
    private final Map<OptionPath, FieldInput> invalid;

    private FormValues(InstallForm form, Map<OptionPath, JsonNode> values, Map<OptionPath, FieldInput> invalid) {
        this.form = form;
        this.values = Collections.unmodifiableMap(values);
        this.invalid = Collections.unmodifiableMap(invalid);
    }

    static FormValues start(InstallForm form) {
        Map<OptionPath, JsonNode> v = new LinkedHashMap<>();
        form.fields().forEach(f -> f.defaultIfAny().ifPresent(d -> v.put(f.path(), d)));
        return new FormValues(form, v, new LinkedHashMap<>());
    }

    public InstallForm form() {
        return form;
    }

    /** The field's current value (empty when it has none). */
    public Optional<JsonNode> value(OptionPath path) {
        return Optional.ofNullable(values.get(path));
    }

    /** The text a field shows: what was typed if it did not parse, else its value's text. */
    public String text(OptionPath path) {
        FieldInput bad = invalid.get(path);
        if (bad != null) {
            return bad.text();
        }
        return form.field(path).map(f -> f.display(values.get(path))).orElse("");
    }

    /**
     * With the values of an options JSON (e.g. a saved what-if file or DC/OS's downloaded config) put into
     * the fields they name; values for unknown paths are ignored, as the form cannot show them.
     */
    public FormValues withOptions(JsonNode options) {
        FormValues out = this;
        for (FormField f : form.fields()) {
            JsonNode v = options;
            for (String name : f.path().names()) {
                v = v == null ? null : v.get(name);
            }
            if (v != null && !v.isMissingNode()) {
                out = out.with(f.path(), v);
            }
        }
        return out;
    }

    /** With {@code value} in the field ({@code null} clears it). */
    public FormValues with(OptionPath path, JsonNode value) {
        Map<OptionPath, JsonNode> v = new LinkedHashMap<>(values);
        if (value == null) {
            v.remove(path);
        } else {
            v.put(path, value);
        }
        Map<OptionPath, FieldInput> i = new LinkedHashMap<>(invalid);
        i.remove(path);
        return new FormValues(form, v, i);
    }

    /** With text typed into the field; text that does not parse is kept and reported. */
    public FormValues withText(OptionPath path, String text) {
        FormField f = form.field(path).orElseThrow(() -> new IllegalArgumentException("No field " + path));
        FieldInput in = f.parse(text);
        if (in.problem() != null) {
            Map<OptionPath, FieldInput> i = new LinkedHashMap<>(invalid);
            i.put(path, in);
            return new FormValues(form, values, i);
        }
        return with(path, in.value());
    }

    /** Back to the field's default. */
    public FormValues reset(OptionPath path) {
        return with(path, form.field(path).flatMap(FormField::defaultIfAny).orElse(null));
    }

    /** Problems by field, in form order; fields without problems are absent. */
    public Map<OptionPath, List<String>> problems() {
        Map<OptionPath, List<String>> out = new LinkedHashMap<>();
        for (FormField f : form.fields()) {
            List<String> p = new ArrayList<>();
            FieldInput bad = invalid.get(f.path());
            if (bad != null) {
                p.add(bad.problem());
            } else {
                p.addAll(f.check(values.get(f.path())));
            }
            if (!p.isEmpty()) {
                out.put(f.path(), List.copyOf(p));
            }
        }
        return out;
    }

    /** The number of fields with problems on a tab (DC/OS UI's badge). */
    public int problemCount(FormTab tab) {
        Map<OptionPath, List<String>> all = problems();
        return (int) tab.fields().stream().filter(f -> all.containsKey(f.path())).count();
    }

    /** The options JSON for the renderer (see {@link OptionsMode}); values of fields with text that did not parse are left out. */
    public ObjectNode options(OptionsMode mode) {
        ObjectNode out = Nodes.NODES.objectNode();
        for (FormField f : form.fields()) {
            JsonNode v = values.get(f.path());
            if (v == null) {
                continue;
            }
            if (mode == OptionsMode.CHANGED && f.defaultValue() != null && same(v, f.defaultValue())) {
                continue;
            }
            put(out, f.path(), v);
        }
        return out;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    static void put(ObjectNode root, OptionPath path, JsonNode value) {
        ObjectNode o = root;
        List<String> names = path.names();
        for (int i = 0; i < names.size() - 1; i++) {
            JsonNode next = o.get(names.get(i));
            if (next == null || !next.isObject()) {
                next = o.putObject(names.get(i));
            }
            o = (ObjectNode) next;
        }
        o.set(path.name(), value);
    }
}

package io.universestudio.ui.editor.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.schema.FormField;
import io.universestudio.core.schema.FormValues;
import io.universestudio.core.schema.InstallForm;
import io.universestudio.core.schema.OptionPath;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;

/**
 * The install form DC/OS UI would draw from the current config, as a view of the what-if options: the one
 * {@code whatIf} property the Marathon preview renders with (only values that differ from the defaults, as
 * {@code dcos package install --options} takes them). A value typed here goes into it; a value set in the
 * preview's list or JSON comes back into the fields ({@link #outsideChangesProperty()}). Keys the form has no
 * field for are kept when a field is typed in, so nothing typed in the preview's JSON is lost, and when
 * config.json changes, as long as they still name an option. Values typed survive schema edits where their
 * option still exists. See docs/adr/0124.
 */
public final class InstallFormViewModel {

    private final ObjectProperty<ObjectNode> whatIf;
    private final ReadOnlyObjectWrapper<InstallForm> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final ReadOnlyObjectWrapper<FormValues> values = new ReadOnlyObjectWrapper<>(this, "values");
    private final ReadOnlyObjectWrapper<ObjectNode> options = new ReadOnlyObjectWrapper<>(this, "options",
            JsonNodeFactory.instance.objectNode());
    private final ReadOnlyLongWrapper outsideChanges = new ReadOnlyLongWrapper(this, "outsideChanges");
    private boolean writing;

    /** @param whatIf the what-if options, shared with the preview (never null) */
    public InstallFormViewModel(ReadOnlyObjectProperty<ConfigSchema> schema, ObjectProperty<ObjectNode> whatIf) {
        this.whatIf = whatIf;
        schema.addListener((o, a, s) -> rebuild(s));
        whatIf.addListener((o, a, w) -> follow(w));
        rebuild(schema.get());
    }

    private void rebuild(ConfigSchema schema) {
        if (schema == null) {
            return; // keep the last form while config.json does not parse
        }
        InstallForm next = InstallForm.of(schema);
        FormValues v = next.initialValues().withOptions(whatIf.get());
        // The values first: a view that builds its fields when the form changes reads them (it showed the
        // last form's values, blank for a new option, before).
        show(v);
        form.set(next);
        // Another config (an edit, another package): the fields' values as the form holds them, and the keys
        // without a field (typed in the preview's JSON) kept while they still name an option of the config.
        ObjectNode kept = whatIf.get() == null ? JsonNodeFactory.instance.objectNode() : whatIf.get().deepCopy();
        keepDeclared(kept, schema, OptionPath.ROOT);
        write(withFields(kept, v));
    }

    /**
     * Removes the keys of {@code options} that name no option of {@code schema} any more. Below an option
     * that declares no properties of its own (a free-form object, an array), everything is kept.
     */
    private static void keepDeclared(ObjectNode options, ConfigSchema schema, OptionPath at) {
        for (String name : List.copyOf(iterable(options))) {
            OptionPath path = at.child(name);
            java.util.Optional<io.universestudio.core.schema.ConfigOption> option = schema.option(path);
            if (option.isEmpty()) {
                options.remove(name);
            } else if (options.get(name) instanceof ObjectNode child && !option.get().children().isEmpty()) {
                keepDeclared(child, schema, path);
                if (child.isEmpty()) {
                    options.remove(name);
                }
            }
        }
    }

    private static List<String> iterable(ObjectNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The what-if options changed outside the form (the preview): the fields show them. */
    private void follow(ObjectNode w) {
        if (writing || form.get() == null) {
            return;
        }
        show(form.get().initialValues().withOptions(w));
        outsideChanges.set(outsideChanges.get() + 1);
    }

    private void show(FormValues v) {
        values.set(v);
        ObjectNode changed = v.options(FormValues.OptionsMode.CHANGED);
        if (!changed.equals(options.get())) {
            options.set(changed);
        }
    }

    /** A field was typed in: its value goes into the what-if options, keys without a field stay. */
    private void typed(FormValues v) {
        show(v);
        write(withFields(whatIf.get() == null ? JsonNodeFactory.instance.objectNode() : whatIf.get().deepCopy(), v));
    }

    /** {@code next} with each field's value as the form holds it (or without it, when at its default). */
    private static ObjectNode withFields(ObjectNode next, FormValues v) {
        ObjectNode changed = v.options(FormValues.OptionsMode.CHANGED);
        for (FormField f : v.form().fields()) {
            JsonNode value = changed;
            for (String name : f.path().names()) {
                value = value.path(name);
            }
            if (value.isMissingNode()) {
                remove(next, f.path().names());
            } else {
                put(next, f.path().names(), value); // in place: the what-if JSON keeps its order
            }
        }
        return next;
    }

    private void write(ObjectNode next) {
        if (next.equals(whatIf.get())) {
            return;
        }
        writing = true;
        try {
            whatIf.set(next);
        } finally {
            writing = false;
        }
    }

    /** Removes the value at {@code names}, and the objects it leaves empty. */
    private static void remove(ObjectNode root, List<String> names) {
        JsonNode child = root.get(names.get(0));
        if (names.size() == 1) {
            root.remove(names.get(0));
        } else if (child instanceof ObjectNode o) {
            remove(o, names.subList(1, names.size()));
            if (o.isEmpty()) {
                root.remove(names.get(0));
            }
        }
    }

    private static void put(ObjectNode root, List<String> names, JsonNode value) {
        ObjectNode at = root;
        for (String name : names.subList(0, names.size() - 1)) {
            JsonNode child = at.get(name);
            at = child instanceof ObjectNode o ? o : at.putObject(name);
        }
        at.set(names.get(names.size() - 1), value);
    }

    public ReadOnlyObjectProperty<InstallForm> formProperty() {
        return form.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FormValues> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    /** The form's part of the what-if options: values of its fields that differ from their defaults. */
    public ReadOnlyObjectProperty<ObjectNode> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    /** Counts changes of the what-if options made elsewhere, after which the fields show new values. */
    public ReadOnlyLongProperty outsideChangesProperty() {
        return outsideChanges.getReadOnlyProperty();
    }

    public void setText(OptionPath path, String text) {
        typed(values.get().withText(path, text));
    }

    public void setValue(OptionPath path, JsonNode value) {
        typed(values.get().with(path, value));
    }

    /** Every field back to its default, and no what-if options at all. */
    public void reset() {
        show(form.get().initialValues());
        write(JsonNodeFactory.instance.objectNode());
    }

    /** Every field with a value, defaults included: what DC/OS UI's "Download Config" would save. */
    public ObjectNode allOptions() {
        return values.get().options(FormValues.OptionsMode.ALL);
    }
}

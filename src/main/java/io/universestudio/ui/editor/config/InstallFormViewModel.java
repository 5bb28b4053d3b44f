package io.universestudio.ui.editor.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.schema.FormValues;
import io.universestudio.core.schema.InstallForm;
import io.universestudio.core.schema.OptionPath;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The install form DC/OS UI would draw from the current config, and what has been typed into it. Its
 * {@link #optionsProperty() options} (only values that differ from the defaults, as
 * {@code dcos package install --options} takes them) are the Marathon preview's what-if options.
 * Values typed survive schema edits where their option still exists.
 */
public final class InstallFormViewModel {

    private final ReadOnlyObjectWrapper<InstallForm> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final ReadOnlyObjectWrapper<FormValues> values = new ReadOnlyObjectWrapper<>(this, "values");
    private final ReadOnlyObjectWrapper<ObjectNode> options = new ReadOnlyObjectWrapper<>(this, "options",
            JsonNodeFactory.instance.objectNode());

    public InstallFormViewModel(ReadOnlyObjectProperty<ConfigSchema> schema) {
        schema.addListener((o, a, s) -> rebuild(s));
        rebuild(schema.get());
    }

    private void rebuild(ConfigSchema schema) {
        if (schema == null) {
            return; // keep the last form while config.json does not parse
        }
        InstallForm next = InstallForm.of(schema);
        FormValues start = next.initialValues();
        if (values.get() != null) {
            start = start.withOptions(values.get().options(FormValues.OptionsMode.CHANGED));
        }
        form.set(next);
        setValues(start);
    }

    private void setValues(FormValues v) {
        values.set(v);
        ObjectNode changed = v.options(FormValues.OptionsMode.CHANGED);
        if (!changed.equals(options.get())) {
            options.set(changed);
        }
    }

    public ReadOnlyObjectProperty<InstallForm> formProperty() {
        return form.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FormValues> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    /** The what-if options: values that differ from their defaults. */
    public ReadOnlyObjectProperty<ObjectNode> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    public void setText(OptionPath path, String text) {
        setValues(values.get().withText(path, text));
    }

    public void setValue(OptionPath path, JsonNode value) {
        setValues(values.get().with(path, value));
    }

    /** Every field back to its default (no what-if options). */
    public void reset() {
        setValues(form.get().initialValues());
    }

    /** Every field with a value, defaults included: what DC/OS UI's "Download Config" would save. */
    public ObjectNode allOptions() {
        return values.get().options(FormValues.OptionsMode.ALL);
    }
}

package io.universestudio.core.schema;

import java.util.List;

/** One vertical tab of the install form: one top-level option. */
public record FormTab(String name, String help, List<FormItem> items) {

    public FormTab {
        items = List.copyOf(items);
    }

    public List<FormField> fields() {
        return items.stream().filter(FormField.class::isInstance).map(FormField.class::cast).toList();
    }
}

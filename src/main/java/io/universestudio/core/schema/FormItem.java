package io.universestudio.core.schema;

/** A line of an install-form tab: a heading for a nested object, or a field. */
public sealed interface FormItem permits FormHeading, FormField {

    OptionPath path();
}

package io.universestudio.core.schema;

/** The control DC/OS UI draws for a field (product.md section 2.2). */
public enum WidgetKind {
    TEXT, NUMBER, INTEGER, CHECKBOX,
    /** enum: a select. */
    CHOICE,
    /** {@code application/x-secret+string} or {@code format: password}: a masked input. */
    SECRET,
    /** {@code application/x-yaml}: a multi-line YAML editor; base64-encoded in the value when so declared. */
    YAML,
    /** The zone-constraints media types: the placement-constraints widget. */
    CONSTRAINTS,
    /** Arrays, objects without properties, options with no type: JSON text. */
    JSON
}

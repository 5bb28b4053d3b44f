/**
 * config.json as an editable options tree, and what is drawn from it.
 *
 * <ul>
 *   <li>{@link io.universestudio.core.schema.ConfigSchema}: load ({@code of(JsonDocument)}), read
 *       ({@code root()}, {@code option(path)}, {@code allOptions()}), edit (add, remove, rename, duplicate, move,
 *       set..., setRequired, setOther) returning an {@link io.universestudio.core.schema.EditResult}; write with
 *       {@code applyTo(revision)}. Text changes only where edited (ADR 0060).</li>
 *   <li>{@link io.universestudio.core.schema.ConfigOption}: one option's attributes, other keywords and issues.</li>
 *   <li>{@link io.universestudio.core.schema.InstallForm} / {@link io.universestudio.core.schema.FormValues}: the
 *       DC/OS install form, field validation and the what-if options JSON.</li>
 *   <li>{@link io.universestudio.core.schema.ConfigReference}: the Markdown reference table.</li>
 *   <li>{@link io.universestudio.core.schema.ServiceBlock}: the {@code service} building block.</li>
 * </ul>
 */
package io.universestudio.core.schema;

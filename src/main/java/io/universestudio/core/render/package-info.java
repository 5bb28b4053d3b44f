/**
 * The Cosmos rendering pipeline: what DC/OS makes of a revision's {@code marathon.json.mustache}.
 *
 * <p>Entry point: {@link io.universestudio.core.render.Renderer#render(io.universestudio.core.model.Revision,
 * io.universestudio.core.render.RenderRequest)} gives a {@link io.universestudio.core.render.RenderSuccess}
 * (the app as {@code /package/render} prints it and as install sends it, the five Cosmos labels encoded and
 * decoded, and a {@link io.universestudio.core.render.SourceMap} from rendered values to template tags and
 * options) or a {@link io.universestudio.core.render.RenderFailure} named like Cosmos's error, with the place
 * in the rendered text and the tag behind it. One {@code Renderer} serves every thread; it caches compiled
 * templates, schemas and the package definition label by content.
 *
 * <p>{@link io.universestudio.core.render.TemplateRule} is the validation rule ({@code TEMPLATE-...} codes)
 * built on the same renderer.
 */
package io.universestudio.core.render;

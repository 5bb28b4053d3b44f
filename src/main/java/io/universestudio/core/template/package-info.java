/**
 * Mustache templates as text: {@link io.universestudio.core.template.MustacheScanner}, the one reader of tags
 * (kinds, places, section matching, problems; cheap enough per keystroke), which rendering, the source map and
 * the lints use too, and for the template editor {@link io.universestudio.core.template.TemplateScope} (what a variable
 * refers to), {@link io.universestudio.core.template.TemplateCompletion},
 * {@link io.universestudio.core.template.OptionDefinition} (go to the option) and
 * {@link io.universestudio.core.template.TemplateRename} (rename preview).
 */
package io.universestudio.core.template;

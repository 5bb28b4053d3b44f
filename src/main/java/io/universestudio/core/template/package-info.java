/**
 * Helpers for the template editor: {@link io.universestudio.core.template.MustacheScanner} (tags, section
 * matching, problems; per keystroke), {@link io.universestudio.core.template.TemplateScope} (what a variable
 * refers to), {@link io.universestudio.core.template.TemplateCompletion},
 * {@link io.universestudio.core.template.OptionDefinition} (go to the option) and
 * {@link io.universestudio.core.template.TemplateRename} (rename preview).
 */
package io.universestudio.core.template;

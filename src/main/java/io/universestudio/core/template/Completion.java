package io.universestudio.core.template;

/**
 * One completion proposal: replace [replaceStart, replaceEnd) of the template with {@code insert}, then
 * add {@code suffix} (the closing braces when the tag is not closed yet).
 *
 * @param detail type and description, for the popup
 * @param sectionClose for {@code {{#} and {@code {{^}, the closing tag the editor can add after the body
 */
public record Completion(String insert, String suffix, int replaceStart, int replaceEnd, String detail,
                         VariableRef.Source source, String sectionClose) {
}

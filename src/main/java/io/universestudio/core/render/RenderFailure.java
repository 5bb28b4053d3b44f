package io.universestudio.core.render;

import io.universestudio.core.json.JsonSyntaxProblem;
import io.universestudio.core.json.TextPosition;
import io.universestudio.core.template.TemplateTag;

import java.util.List;
import java.util.Optional;

/**
 * A render that did not produce an app, with what Cosmos would report and where to look.
 *
 * @param kind          the Cosmos error kind
 * @param message       a plain explanation
 * @param optionsErrors for {@link RenderFailureKind#JSON_SCHEMA_MISMATCH}, each failing option
 * @param renderedText  the complete rendered text when the template ran (Cosmos's {@code parsingInput})
 * @param position      where in the rendered text the JSON broke, when it did
 * @param tag           the template tag behind the text at fault, when a tag (a value, or a section's body) wrote it
 * @param templatePosition where in the template the text at fault came from: for text that is not JSON, the
 *                      template text or tag that produced the character where reading stopped, or, for a
 *                      missing comma or colon, the text just before the gap; null when not known
 * @param syntax        for text that is not JSON, what is wrong with it, worded in template lines; else null
 */
public record RenderFailure(RenderFailureKind kind, String message, List<OptionsError> optionsErrors,
                            String renderedText, TextPosition position, TemplateTag tag, TextPosition templatePosition,
                            JsonSyntaxProblem syntax) implements RenderResult {

    public RenderFailure {
        optionsErrors = List.copyOf(optionsErrors);
    }

    public RenderFailure(RenderFailureKind kind, String message, List<OptionsError> optionsErrors,
                         String renderedText, TextPosition position, TemplateTag tag) {
        this(kind, message, optionsErrors, renderedText, position, tag, tag == null ? null : tag.start(), null);
    }

    static RenderFailure of(RenderFailureKind kind, String message) {
        return new RenderFailure(kind, message, List.of(), null, null, null);
    }

    /** Where in the template to look, when the failure has a place there. */
    public Optional<TextPosition> templatePositionIfAny() {
        return Optional.ofNullable(templatePosition);
    }

    public Optional<JsonSyntaxProblem> syntaxIfAny() {
        return Optional.ofNullable(syntax);
    }

    public Optional<TextPosition> positionIfAny() {
        return Optional.ofNullable(position);
    }

    public Optional<TemplateTag> tagIfAny() {
        return Optional.ofNullable(tag);
    }

    /** One line per fact, as the CLI prints it. */
    public String describe() {
        boolean budget = kind == RenderFailureKind.RENDER_BUDGET_EXCEEDED || kind == RenderFailureKind.RENDER_STOPPED;
        StringBuilder sb = new StringBuilder(budget ? "Not rendered" : kind.cosmosType()).append(": ").append(message);
        for (OptionsError e : optionsErrors) {
            sb.append("\n  ").append(e.instancePointer().isEmpty() ? "(options)" : e.instancePointer())
                    .append(": ").append(e.message());
        }
        if (syntax != null && !syntax.hint().isEmpty()) {
            sb.append("\n  ").append(syntax.hint());
        }
        if (templatePosition != null) {
            sb.append("\n  in the template at line ").append(templatePosition.line()).append(", column ")
                    .append(templatePosition.column());
            if (tag != null && tag.isValue()) {
                sb.append(" (printed by ").append(tag.display()).append(")");
            } else if (tag != null) {
                sb.append(" (in ").append(tag.display()).append(" on line ").append(tag.start().line()).append(")");
            }
        } else if (tag != null) {
            sb.append("\n  produced by ").append(tag.display()).append(" at template line ")
                    .append(tag.start().line()).append(", column ").append(tag.start().column());
        }
        if (position != null) {
            sb.append("\n  reading stopped at line ").append(position.line()).append(", column ")
                    .append(position.column()).append(" of the rendered text");
        }
        return sb.toString();
    }
}

package io.universestudio.core.render;

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
 * @param tag           the template tag that produced the text around that place, when one did
 */
public record RenderFailure(RenderFailureKind kind, String message, List<OptionsError> optionsErrors,
                            String renderedText, TextPosition position, TemplateTag tag) implements RenderResult {

    public RenderFailure {
        optionsErrors = List.copyOf(optionsErrors);
    }

    static RenderFailure of(RenderFailureKind kind, String message) {
        return new RenderFailure(kind, message, List.of(), null, null, null);
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
        if (position != null) {
            sb.append("\n  at line ").append(position.line()).append(", column ").append(position.column())
                    .append(" of the rendered text");
        }
        if (tag != null) {
            sb.append("\n  produced by ").append(tag.display()).append(" at template line ")
                    .append(tag.start().line()).append(", column ").append(tag.start().column());
        }
        return sb.toString();
    }
}

package io.universestudio.ui.session;

import io.universestudio.core.json.JsonSyntaxProblem;
import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.ui.common.Messages;

import java.util.Optional;

/**
 * Why a form's JSON file cannot be read as it stands: its first syntax problem (in the project's own
 * words, ADR 0116), or that it parses to something other than an object. While a file is unreadable its
 * form shows the last version that was read and takes no edits, so the text typed stays exactly as typed.
 *
 * @param syntax the syntax problem; empty when the text parses but holds no object
 */
public record Unreadable(RevisionFile file, Optional<JsonSyntaxProblem> syntax) {

    /** Empty when the file is missing (its form starts it) or reads as an object. */
    public static Optional<Unreadable> of(Revision revision, RevisionFile file) {
        return revision.document(file).filter(d -> d.object().isEmpty())
                .map(d -> new Unreadable(file, d.syntaxProblems().stream().findFirst()));
    }

    /** Where to fix it: the syntax problem's place, else the start of the file. */
    public TextPosition position() {
        return syntax.map(JsonSyntaxProblem::position).orElse(TextPosition.START);
    }

    /** The reason in full, for the form's banner: what is wrong, at which line and column, what to do. */
    public String describe(Messages messages) {
        return syntax.map(p -> messages.get("form.notUpdating", file.fileName(),
                        String.valueOf(p.position().line()), String.valueOf(p.position().column()), p.sentence()))
                .orElse(messages.get("form.notAnObject", file.fileName()));
    }
}

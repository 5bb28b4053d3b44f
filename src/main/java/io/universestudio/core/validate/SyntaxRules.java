package io.universestudio.core.validate;

import io.universestudio.core.json.DuplicateKey;
import io.universestudio.core.json.JsonSyntaxProblem;
import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.SourceText;

import java.util.ArrayList;
import java.util.List;

/** The text of each file: UTF-8, JSON syntax, duplicate keys. */
final class SyntaxRules implements Rule {

    @Override
    public List<Problem> check(Revision revision) {
        List<Problem> out = new ArrayList<>();
        for (RevisionFile file : RevisionFile.values()) {
            revision.source(file).ifPresent(source -> encoding(file, source, out));
            revision.document(file).ifPresent(doc -> json(doc, out));
        }
        return out;
    }

    private static void encoding(RevisionFile file, SourceText source, List<Problem> out) {
        source.malformedByteOffset().ifPresent(offset -> out.add(Problem.error("FILE-NOT-UTF8").in(file)
                .at(TextPosition.ofOffset(source.text(), Math.min(offset, source.text().length())))
                .hint("Save the file as UTF-8 in your editor, then check the characters near this place.")
                .message(file.fileName() + " is not valid UTF-8 text (the first bad byte is at byte " + offset + ").")));
    }

    private static void json(JsonDocument doc, List<Problem> out) {
        RevisionFile file = doc.file();
        for (JsonSyntaxProblem p : doc.syntaxProblems()) {
            out.add(Problem.error("JSON-SYNTAX").in(file).at("").at(p.position())
                    .hint(p.hint() + (p.hint().isEmpty() ? "" : " ") + "Until then the form shows the last version"
                            + " that could be read.")
                    .message(file.fileName() + " is not valid JSON: " + p.message() + "."));
        }
        for (DuplicateKey d : doc.duplicateKeys()) {
            out.add(Problem.warning("JSON-DUPLICATE-KEY").in(file).at(d.pointer()).at(d.duplicate())
                    .hint("Remove one of the two \"" + d.key() + "\" entries (the one on line " + d.first().line()
                            + " is ignored).")
                    .message("\"" + d.key() + "\" appears twice in " + file.fileName() + "; only the last value"
                            + " (line " + d.duplicate().line() + ") is used."));
        }
    }
}

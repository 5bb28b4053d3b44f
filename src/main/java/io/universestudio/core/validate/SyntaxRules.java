package io.universestudio.core.validate;

import io.universestudio.core.json.DuplicateKey;
import io.universestudio.core.json.JsonSyntaxProblem;
import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.FileIssue;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.SourceText;

import java.util.ArrayList;
import java.util.List;

/**
 * Each file as a file and as text: read at all (see {@link FileIssue}), UTF-8 without a byte order mark,
 * JSON syntax, duplicate keys.
 */
final class SyntaxRules implements Rule {

    @Override
    public List<Problem> check(Revision revision) {
        List<Problem> out = new ArrayList<>();
        for (FileIssue issue : revision.fileIssues()) {
            out.add(notRead(issue));
        }
        for (RevisionFile file : RevisionFile.values()) {
            revision.source(file).ifPresent(source -> encoding(file, source, out));
            revision.document(file).ifPresent(doc -> json(doc, out));
        }
        return out;
    }

    private static Problem notRead(FileIssue issue) {
        String name = issue.file().fileName();
        return switch (issue.kind()) {
            case NOT_A_FILE -> Problem.error("FILE-NOT-A-FILE").in(issue.file())
                    .hint("Remove what is there and put the file " + name + " in its place.")
                    .message(issue.message());
            case TOO_LARGE -> Problem.error("FILE-TOO-LARGE").in(issue.file())
                    .hint("Package files are a few kilobytes; check that the right file is in place.")
                    .message(issue.message());
            case LINK_OUTSIDE -> Problem.error("FILE-LINK-OUTSIDE").in(issue.file())
                    .hint("Put the file itself in the revision folder; the Universe's scripts and git keep only the"
                            + " link.")
                    .message(issue.message());
            case UNREADABLE -> Problem.error("FILE-UNREADABLE").in(issue.file())
                    .hint(issue.message().contains("permission") ? "Give this user read permission on the file"
                            + " (e.g. chmod a+r " + name + ")." : "Check the file and the disk it is on.")
                    .message(issue.message());
        };
    }

    private static void encoding(RevisionFile file, SourceText source, List<Problem> out) {
        if (!source.encoding().isPlainUtf8()) {
            out.add(Problem.error("FILE-ENCODING").in(file).at(TextPosition.START)
                    .hint("Save the file as UTF-8 without a byte order mark (in many editors: \"UTF-8\", not"
                            + " \"UTF-8 with BOM\" or \"UTF-16\").")
                    .message(source.encoding().problem(file.fileName())));
            return;
        }
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

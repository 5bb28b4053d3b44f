package io.universestudio.core.search;

import io.universestudio.core.json.LineIndex;
import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.util.ArrayList;
import java.util.List;

/** Find in files: every match of a query in the text files of one revision, in file order, then text order. */
public final class RevisionSearch {

    /** The result list stops here; a search this broad needs a narrower query, not more rows. */
    public static final int HIT_LIMIT = 2_000;
    /** Lines longer than this are shown as a window around the match. */
    static final int LINE_WINDOW = 200;

    /** The hits, and whether the list stopped at {@link #HIT_LIMIT}. */
    public record Result(List<FileHit> hits, boolean truncated, int files) {
        public Result {
            hits = List.copyOf(hits);
        }
    }

    private RevisionSearch() {
    }

    public static Result search(Revision revision, TextSearch search) {
        return search(revision, search, HIT_LIMIT);
    }

    public static Result search(Revision revision, TextSearch search, int limit) {
        List<FileHit> hits = new ArrayList<>();
        int files = 0;
        boolean truncated = false;
        for (RevisionFile file : RevisionFile.values()) {
            String text = revision.text(file).orElse(null);
            if (text == null || !search.isActive()) {
                continue;
            }
            List<TextMatch> matches = search.matches(text, limit - hits.size() + 1);
            if (matches.isEmpty()) {
                continue;
            }
            files++;
            LineIndex lines = new LineIndex(text);
            for (TextMatch m : matches) {
                if (hits.size() == limit) {
                    truncated = true;
                    break;
                }
                hits.add(hit(file, text, lines, m));
            }
            if (truncated) {
                break;
            }
        }
        return new Result(hits, truncated, files);
    }

    private static FileHit hit(RevisionFile file, String text, LineIndex lines, TextMatch m) {
        TextPosition at = lines.position(m.start());
        int lineStart = m.start() - (at.column() - 1);
        int lineEnd = text.indexOf('\n', m.start());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') {
            lineEnd--;
        }
        int from = lineStart;
        int to = lineEnd;
        if (to - from > LINE_WINDOW) { // a minified file is one long line: show the part around the match
            from = Math.max(lineStart, m.start() - LINE_WINDOW / 4);
            to = Math.min(lineEnd, Math.max(m.end(), from + LINE_WINDOW));
        }
        String shown = text.substring(from, to);
        int start = m.start() - from;
        int end = Math.min(m.end(), to) - from;
        return new FileHit(file, at.line(), at.column(), m.start(), m.length(), shown, start, Math.max(start, end));
    }
}

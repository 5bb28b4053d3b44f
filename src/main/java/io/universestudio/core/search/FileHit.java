package io.universestudio.core.search;

import io.universestudio.core.model.RevisionFile;

/**
 * One match in a file of a revision, with the line it is on for a result list.
 *
 * @param line       1-based
 * @param column     1-based
 * @param offset     of the match in the file's text
 * @param lineText   the whole line (shortened around the match when very long)
 * @param matchStart where the match starts in {@code lineText}
 * @param matchEnd   where it ends in {@code lineText} (at most the line's end)
 */
public record FileHit(RevisionFile file, int line, int column, int offset, int length, String lineText,
                      int matchStart, int matchEnd) {
}

package io.universestudio.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds and replaces a {@link SearchQuery} in a text. Empty matches (a regular expression such as
 * {@code x*}) are skipped: they cannot be highlighted, counted or replaced in a way anyone expects.
 * Thread-safe and free of JavaFX, so the editors run it on their highlight thread.
 */
public final class TextSearch {

    /** More matches than this are not collected: the count says "10000+" and nobody walks them one by one. */
    public static final int MATCH_LIMIT = 10_000;

    private final SearchQuery query;
    private final Pattern pattern;
    private final String problem;

    private TextSearch(SearchQuery query, Pattern pattern, String problem) {
        this.query = query;
        this.pattern = pattern;
        this.problem = problem;
    }

    /** A search for {@code query}; an invalid regular expression gives a search that finds nothing and says why. */
    public static TextSearch of(SearchQuery query) {
        if (query.isEmpty()) {
            return new TextSearch(query, null, null);
        }
        int flags = query.matchCase() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        try {
            Pattern p = Pattern.compile(query.regex() ? query.text() : Pattern.quote(query.text()),
                    flags | (query.regex() ? Pattern.MULTILINE : 0));
            return new TextSearch(query, p, null);
        } catch (PatternSyntaxException e) {
            return new TextSearch(query, null, e.getDescription() + " (at " + (e.getIndex() + 1) + ")");
        }
    }

    public SearchQuery query() {
        return query;
    }

    /** Why the regular expression cannot be used, in the words of {@link Pattern}; empty when it can. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** True when there is something to look for. */
    public boolean isActive() {
        return pattern != null;
    }

    public List<TextMatch> matches(CharSequence text) {
        return matches(text, MATCH_LIMIT);
    }

    /** The matches in text order, at most {@code limit} of them. */
    public List<TextMatch> matches(CharSequence text, int limit) {
        List<TextMatch> out = new ArrayList<>();
        if (pattern == null) {
            return out;
        }
        Matcher m = pattern.matcher(text);
        while (out.size() < limit && m.find()) {
            if (accepts(text, m.start(), m.end())) {
                out.add(new TextMatch(m.start(), m.end()));
            }
        }
        return out;
    }

    /** The match that covers exactly {@code [start, end)} of {@code text}, if the query matches there. */
    public Optional<TextMatch> matchAt(CharSequence text, int start, int end) {
        if (pattern == null || start < 0 || end > text.length() || start >= end) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        m.region(start, end);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        return m.lookingAt() && m.end() == end && accepts(text, start, end)
                ? Optional.of(new TextMatch(start, end)) : Optional.empty();
    }

    /**
     * What {@code match} becomes: the replacement as typed, or with a regular expression's groups filled in.
     *
     * @throws IllegalArgumentException as {@link #replaceAll} does
     */
    public String replacementFor(CharSequence text, TextMatch match, String replacement) {
        if (!query.regex() || pattern == null) {
            return replacement;
        }
        Matcher m = pattern.matcher(text);
        m.region(match.start(), match.end()); // also puts the append position back at 0
        m.useTransparentBounds(true).useAnchoringBounds(false);
        if (!m.lookingAt()) {
            return replacement;
        }
        StringBuilder out = new StringBuilder();
        appendReplacement(m, out, replacement); // the text before the match, then the replacement
        return out.substring(match.start());
    }

    /**
     * Every match replaced (all of them, not only the first {@link #MATCH_LIMIT}).
     *
     * @throws IllegalArgumentException when a regular expression's replacement names a group that does not exist
     *                                  or ends in a lone backslash
     */
    public ReplaceAllResult replaceAll(String text, String replacement) {
        List<TextMatch> replaced = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        if (pattern == null) {
            return new ReplaceAllResult(text, replaced, replacements);
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = pattern.matcher(text);
        int appended = 0; // where appendReplacement continues copying from
        while (m.find()) {
            if (!accepts(text, m.start(), m.end())) {
                continue; // copied as it is by the next append
            }
            String with;
            if (query.regex()) {
                int before = out.length() + (m.start() - appended);
                appendReplacement(m, out, replacement);
                with = out.substring(before);
            } else {
                out.append(text, appended, m.start()).append(replacement);
                with = replacement;
            }
            appended = m.end();
            replaced.add(new TextMatch(m.start(), m.end()));
            replacements.add(with);
        }
        out.append(text, appended, text.length());
        return new ReplaceAllResult(out.toString(), replaced, replacements);
    }

    /** A replacement naming a group the expression lacks ({@code $3}) fails as bad input, not as a bug. */
    private static void appendReplacement(Matcher m, StringBuilder out, String replacement) {
        try {
            m.appendReplacement(out, replacement);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private boolean accepts(CharSequence text, int start, int end) {
        if (end <= start) {
            return false;
        }
        if (!query.wholeWord()) {
            return true;
        }
        return (start == 0 || !isWordChar(text.charAt(start - 1))) && (end == text.length() || !isWordChar(text.charAt(end)));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}

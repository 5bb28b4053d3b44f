package io.universestudio.core.template;

import io.universestudio.core.json.TextPosition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The one reader of mustache tags: finds the tags of a template and matches its sections exactly as
 * mustache.java 0.9's {@code MustacheParser} (the parser Cosmos renders with) reads them, without compiling
 * anything, in one pass with {@code indexOf}: fast enough for every keystroke. Rendering, the source map,
 * the lints, completion, rename, go-to-option and the editor's gutter all see the same tags.
 *
 * <p>What mustache.java does, and so what this does (ADR 0095):
 * <ul>
 *   <li>The character right after the opening delimiter decides the kind, before any trimming: {@code {{ #s}}}
 *       is a variable named {@code #s}, not a section.</li>
 *   <li>{@code {{%x}}} is a pragma; {@code {{<x}}}, {@code {{$x}}} and {@code {{?x}}} open blocks that need
 *       a {@code {{/x}}}, like sections.</li>
 *   <li>Only the first two characters of a delimiter count. After a delimiter change, {@code <%{x}%>} is an
 *       unescaped {@code x}: the closing brace is the last character of the name, not part of the delimiter.</li>
 *   <li>A set-delimiter tag reads up to its second {@code =} before it looks for the closing delimiter.</li>
 * </ul>
 * Problems carry whether mustache.java (or Cosmos) would refuse the template because of them.
 */
public final class MustacheScanner {

    private final String text;
    private final List<TemplateTag> tags = new ArrayList<>();
    /** Pairs of tag indexes: an opening tag and its closing tag (-1 when never closed). */
    private final List<int[]> sections = new ArrayList<>();
    private final List<TemplateProblem> problems = new ArrayList<>();
    private final Deque<Integer> open = new ArrayDeque<>();
    private String openDelimiter = "{{";
    private String closeDelimiter = "}}";
    /** Where the line of the last tag starts, its number, and the next line break: tags come in text order. */
    private int lineStart;
    private int line = 1;
    private int nextBreak;

    private MustacheScanner(String text) {
        this.text = text;
        this.nextBreak = breakFrom(0);
    }

    public static TemplateStructure scan(String text) {
        MustacheScanner s = new MustacheScanner(text);
        s.run();
        return s.result();
    }

    private void run() {
        int from = 0;
        while (true) {
            int start = text.indexOf(significant(openDelimiter), from);
            if (start < 0) {
                break;
            }
            from = tag(start);
        }
        while (!open.isEmpty()) {
            int unclosed = open.pop();
            sections.add(new int[] {unclosed, -1});
            problems.add(unclosed(tags.get(unclosed), "is never closed: add {{/" + tags.get(unclosed).name()
                    + "}} where it ends."));
        }
    }

    /** mustache.java compares only the first two characters of a delimiter. */
    private static String significant(String delimiter) {
        return delimiter.length() > 2 ? delimiter.substring(0, 2) : delimiter;
    }

    /**
     * The characters between the delimiters as mustache.java collects them.
     *
     * @param text       the command ({@code #name}, {@code =<% %>}); a set-delimiter tag's second {@code =} dropped
     * @param end        where the closing delimiter starts, or the end of the template
     * @param nameLimit  where the name can end at the latest
     * @param terminated whether a closing delimiter was found
     */
    private record Command(String text, int end, int nameLimit, boolean terminated) {
    }

    /** Reads the tag at {@code start}; returns where the text after it begins. */
    private int tag(int start) {
        int commandStart = start + significant(openDelimiter).length();
        String closer = significant(closeDelimiter);
        boolean setDelimiters = commandStart < text.length() && text.charAt(commandStart) == '=';
        Command command = setDelimiters ? setDelimiterCommand(commandStart, closer) : command(commandStart, closer);
        int end = command.terminated() ? command.end() + closer.length() : text.length();
        if (command.text().isEmpty()) {
            add(TemplateTag.Kind.VARIABLE, "", start, end, commandStart, commandStart);
            problems.add(new TemplateProblem(TemplateProblem.Kind.EMPTY_TAG, start, end,
                    "An empty tag " + text.substring(start, end) + ": mustache.java refuses to compile it (\"Empty"
                            + " mustache\"). Remove it, or write the option path inside it.", true));
            return end;
        }
        char sigil = command.text().charAt(0);
        TemplateTag.Kind kind = kindOf(sigil);
        int nameStart = skipBlanks(kind == TemplateTag.Kind.VARIABLE ? commandStart : commandStart + 1,
                command.nameLimit());
        int nameEnd = trimBlanks(nameStart, command.nameLimit());
        boolean endReported = false;
        if (sigil == '{') {
            TripleEnd triple = tripleMustache(start, end, nameStart, nameEnd);
            end = triple.end();
            nameEnd = triple.nameEnd();
            endReported = triple.reported();
        }
        String name = setDelimiters ? command.text().substring(1).trim() : text.substring(nameStart, nameEnd);
        int index = add(kind, name, start, end, nameStart, nameEnd);
        if (!command.terminated() && !endReported) {
            int lineEnd = text.indexOf('\n', start);
            // mustache.java accepts a tag cut off by the end of the text, except a plain {{variable}}.
            problems.add(new TemplateProblem(TemplateProblem.Kind.UNTERMINATED_TAG, start,
                    lineEnd < 0 ? text.length() : lineEnd, "This tag is never closed: add " + closeDelimiter + ".",
                    kind == TemplateTag.Kind.VARIABLE));
        }
        follow(kind, index);
        return end;
    }

    private Command command(int from, String closer) {
        int close = text.indexOf(closer, from);
        int end = close >= 0 ? close : text.length();
        return new Command(text.substring(from, end), end, end, close >= 0);
    }

    /** Up to the next {@code =} nothing closes a set-delimiter tag; that {@code =} is dropped from the command. */
    private Command setDelimiterCommand(int from, String closer) {
        int equals = text.indexOf('=', from + 1);
        if (equals < 0) {
            return new Command(text.substring(from), text.length(), text.length(), false);
        }
        int close = text.indexOf(closer, equals + 1);
        int end = close >= 0 ? close : text.length();
        return new Command("=" + text.substring(from + 1, equals) + text.substring(equals + 1, end), end, equals,
                close >= 0);
    }

    /** Where a triple mustache ends, where its name ends, and whether a problem about its end was reported. */
    private record TripleEnd(int end, int nameEnd, boolean reported) {
    }

    /**
     * {@code {{{x}}}}: mustache.java reads the third closing brace after the delimiter, or, when the closing
     * delimiter's second character is not a brace ({@code <%{x}%>}), drops the name's last character instead.
     */
    private TripleEnd tripleMustache(int start, int end, int nameStart, int nameEnd) {
        if (closeDelimiter.length() >= 2 && closeDelimiter.charAt(1) == '}') {
            if (end < text.length() && text.charAt(end) == '}') {
                return new TripleEnd(end + 1, nameEnd, false);
            }
            problems.add(new TemplateProblem(TemplateProblem.Kind.UNTERMINATED_TAG, start, end,
                    "This triple mustache is not closed with three braces: end it with }}}.", true));
            return new TripleEnd(end, nameEnd, true);
        }
        if (closeDelimiter.length() < 2 || nameEnd == nameStart) {
            problems.add(new TemplateProblem(TemplateProblem.Kind.UNTERMINATED_TAG, start, end,
                    "mustache.java cannot read this triple mustache with the delimiters " + openDelimiter + " "
                            + closeDelimiter + ": write it as " + openDelimiter + "&name" + closeDelimiter + ".", true));
            return new TripleEnd(end, nameEnd, false);
        }
        return new TripleEnd(end, nameEnd - 1, false);
    }

    private void follow(TemplateTag.Kind kind, int index) {
        TemplateTag tag = tags.get(index);
        int start = tag.startOffset();
        int end = tag.endOffset();
        switch (kind) {
            case DELIMITERS -> {
                String[] parts = tag.name().split("\\s+");
                if (parts.length == 2) {
                    openDelimiter = parts[0];
                    closeDelimiter = parts[1];
                } else {
                    problems.add(new TemplateProblem(TemplateProblem.Kind.INVALID_DELIMITERS, start, end,
                            "A set-delimiter tag needs two delimiters separated by a space, e.g. {{=<% %>=}}.", true));
                }
            }
            case CLOSE -> close(index);
            case PARTIAL -> problems.add(new TemplateProblem(TemplateProblem.Kind.UNSUPPORTED, start, end,
                    "Cosmos cannot render partials (" + tag.display() + "): the install would fail.", true));
            case PARENT -> problems.add(new TemplateProblem(TemplateProblem.Kind.UNSUPPORTED, start, end,
                    "Cosmos cannot render template inheritance (" + tag.display() + "): the install would fail.", true));
            case BLOCK, CHECK -> problems.add(new TemplateProblem(TemplateProblem.Kind.UNSUPPORTED, start, end,
                    "This is a mustache.java extension that other mustache tools do not know; avoid it.", false));
            case PRAGMA -> problems.add(new TemplateProblem(TemplateProblem.Kind.UNSUPPORTED, start, end,
                    tag.display() + " is a mustache.java pragma: Cosmos ignores it and prints nothing, and other"
                            + " mustache tools do not know it. Remove it.", false));
            default -> {
            }
        }
        if (kind.opensSection()) {
            open.push(index);
        }
        if (kind.readsVariable() && tag.name().isEmpty()) {
            problems.add(new TemplateProblem(TemplateProblem.Kind.EMPTY_TAG, start, end,
                    "This tag has no name: write the option path inside it, e.g. {{service.name}}.", false));
        }
    }

    private int add(TemplateTag.Kind kind, String name, int start, int end, int nameStart, int nameEnd) {
        TextPosition at = position(start);
        tags.add(new TemplateTag(kind, name, text.substring(start, end), at, nameStart, nameEnd, -1, -1));
        return tags.size() - 1;
    }

    /** Line and column of {@code offset}, which is never before the last one asked for. */
    private TextPosition position(int offset) {
        while (nextBreak < offset) {
            line++;
            lineStart = nextBreak + 1;
            nextBreak = breakFrom(lineStart);
        }
        return new TextPosition(line, offset - lineStart + 1, offset);
    }

    private int breakFrom(int from) {
        int at = text.indexOf('\n', from);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** Java's {@code String.trim()} blanks: every character up to the space. */
    private int skipBlanks(int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) <= ' ') {
            i++;
        }
        return i;
    }

    private int trimBlanks(int from, int to) {
        int i = to;
        while (i > from && text.charAt(i - 1) <= ' ') {
            i--;
        }
        return i;
    }

    private void close(int index) {
        TemplateTag tag = tags.get(index);
        if (!open.isEmpty() && tags.get(open.peek()).name().equals(tag.name())) {
            pair(open.pop(), index);
            return;
        }
        boolean deeper = open.stream().anyMatch(i -> tags.get(i).name().equals(tag.name()));
        if (!deeper) {
            problems.add(new TemplateProblem(TemplateProblem.Kind.UNEXPECTED_CLOSE, tag.startOffset(), tag.endOffset(),
                    tag.display() + " closes nothing: no section " + tag.name() + " is open here.", true));
            return;
        }
        TemplateTag inner = tags.get(open.peek());
        problems.add(new TemplateProblem(TemplateProblem.Kind.MISMATCHED_CLOSE, tag.startOffset(), tag.endOffset(),
                tag.display() + " comes before {{/" + inner.name() + "}}: the section opened on line "
                        + inner.start().line() + " must be closed first.", true));
        while (!tags.get(open.peek()).name().equals(tag.name())) {
            int unclosed = open.pop();
            sections.add(new int[] {unclosed, -1});
            problems.add(unclosed(tags.get(unclosed), "is not closed before " + tag.display() + " on line "
                    + tag.start().line() + "."));
        }
        pair(open.pop(), index);
    }

    private void pair(int opening, int closing) {
        tags.set(opening, tags.get(opening).closedBy(tags.get(closing)));
        sections.add(new int[] {opening, closing});
    }

    private static TemplateProblem unclosed(TemplateTag tag, String what) {
        return new TemplateProblem(TemplateProblem.Kind.UNCLOSED_SECTION, tag.startOffset(), tag.endOffset(),
                "The section " + tag.display() + " " + what, true);
    }

    private TemplateStructure result() {
        List<MustacheSection> out = new ArrayList<>(sections.size());
        for (int[] s : sections) {
            out.add(new MustacheSection(tags.get(s[0]), s[1] < 0 ? null : tags.get(s[1])));
        }
        out.sort((a, b) -> Integer.compare(a.open().startOffset(), b.open().startOffset()));
        problems.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new TemplateStructure(text.length(), tags, out, problems);
    }

    private static TemplateTag.Kind kindOf(char sigil) {
        return switch (sigil) {
            case '{', '&' -> TemplateTag.Kind.UNESCAPED;
            case '#' -> TemplateTag.Kind.SECTION;
            case '^' -> TemplateTag.Kind.INVERTED;
            case '/' -> TemplateTag.Kind.CLOSE;
            case '!' -> TemplateTag.Kind.COMMENT;
            case '>' -> TemplateTag.Kind.PARTIAL;
            case '=' -> TemplateTag.Kind.DELIMITERS;
            case '%' -> TemplateTag.Kind.PRAGMA;
            case '<' -> TemplateTag.Kind.PARENT;
            case '$' -> TemplateTag.Kind.BLOCK;
            case '?' -> TemplateTag.Kind.CHECK;
            default -> TemplateTag.Kind.VARIABLE;
        };
    }
}

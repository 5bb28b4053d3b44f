package io.universestudio.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says why a JSON text could not be read, in the project's own words. Jackson's message only tells which
 * of its checks failed; the words come from the text around the place it stopped (the token before,
 * the token found, the brackets still open), so nothing of the library's wording reaches a person.
 */
final class JsonSyntaxExplainer {

    /** A '{' or '[' that was still open when reading stopped. */
    record Open(char opener, int offset) {
        String noun() {
            return opener == '{' ? "object" : "list";
        }

        char closer() {
            return opener == '{' ? '}' : ']';
        }
    }

    private static final Pattern TOKEN = Pattern.compile("token '([^']*)'");
    private static final int EXCERPT = 32;

    private final String text;
    private final LineIndex lines;
    private final LineNames names;

    JsonSyntaxExplainer(String text, LineNames names) {
        this.text = text;
        this.lines = new LineIndex(text);
        this.names = names;
    }

    /**
     * @param open      the objects and lists still open where reading stopped, outermost first
     * @param valueDone whether the whole value had been read already (what follows it is stray text)
     */
    JsonSyntaxProblem explain(JsonProcessingException e, List<Open> open, boolean valueDone) {
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int stop = clamp(e.getLocation() == null ? text.length() : e.getLocation().getCharOffset());
        JsonParser parser = e.getProcessor() instanceof JsonParser p ? p : null;
        if (e instanceof StreamConstraintsException) {
            return limit(raw, stop);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF' && stop <= 1) {
            return problem(JsonSyntaxProblem.Kind.BYTE_ORDER_MARK, "the text starts with an invisible byte order"
                    + " mark (BOM)", "Save the file as UTF-8 without a BOM; the Universe's tools refuse it too.", 0, 0);
        }
        if (valueDone && open.isEmpty() && stop < text.length() && !raw.contains("comment")) {
            return trailingText(stop);
        }
        if (raw.contains("comma to separate Object entries")) {
            return afterValue(stop, '}');
        }
        if (raw.contains("comma to separate Array entries")) {
            return afterValue(stop, ']');
        }
        if (raw.contains("double-quote to start field name")) {
            return expectKey(stop);
        }
        if (raw.contains("colon to separate field name")) {
            return missingColon(stop);
        }
        if (raw.contains("close marker") && !raw.contains("end-of-input")) {
            return closer(stop, open);
        }
        if (raw.contains("comment")) {
            return comment(stop);
        }
        if (raw.contains("Illegal unquoted character")) {
            return controlCharacter(stop, tokenStart(parser, stop));
        }
        if (raw.contains("character escape")) {
            return escape(stop, raw.contains("hex-digit"));
        }
        if (raw.contains("Non-standard token") || raw.contains("Unrecognized token")) {
            Matcher m = TOKEN.matcher(raw);
            return notAValue(m.find() ? m.group(1) : wordAt(stop), stop);
        }
        if (raw.contains("numeric value") || raw.contains("Leading zero")) {
            return badNumber(stop, raw);
        }
        if (raw.contains("expected a valid value") || raw.contains("expected a value")) {
            return expectValue(stop, open);
        }
        if (raw.contains("end-of-input") || e instanceof EndedEarly || stop >= text.length()) {
            if (parser != null && parser.currentToken() == JsonToken.VALUE_STRING || raw.contains("closing quote")) {
                return unclosedString(tokenStart(parser, stop));
            }
            return unclosed(open);
        }
        return unexpected(stop, "Check the JSON at this place.");
    }

    /** Thrown by the reader itself when the text ends inside a value. */
    static final class EndedEarly extends com.fasterxml.jackson.core.JsonParseException {
        private static final long serialVersionUID = 1L;

        EndedEarly(JsonParser p) {
            super(p, "end-of-input");
        }
    }

    JsonSyntaxProblem trailingText(int offset) {
        char c = text.charAt(offset);
        if (c == '}' || c == ']') {
            return problem(JsonSyntaxProblem.Kind.NOTHING_TO_CLOSE, "an extra '" + c + "' on " + names.of(offset)
                    + " closes nothing", "Remove it (or add the '" + (c == '}' ? '{' : '[') + "' it should close"
                    + " further up).", offset, offset);
        }
        return problem(JsonSyntaxProblem.Kind.TRAILING_TEXT, "there is more text after the end of the JSON value,"
                + " on " + names.of(offset) + ": " + tokenAt(offset), "Remove it, or put all the values inside one"
                + " object { ... }.", offset, offset);
    }

    JsonSyntaxProblem empty() {
        return problem(JsonSyntaxProblem.Kind.EMPTY, "the text is empty", "It needs a JSON object, such as {}.",
                text.length(), text.length());
    }

    private JsonSyntaxProblem afterValue(int stop, char closer) {
        int prevEnd = skipSpaceBack(stop);
        String prev = tokenBefore(prevEnd);
        char c = charAt(stop);
        if (c == '/') {
            return comment(stop);
        }
        if (startsValue(c)) {
            String next = tokenAt(stop);
            String prevLine = names.of(Math.max(0, prevEnd - 1));
            String nextLine = names.of(stop);
            String message = prevLine.equals(nextLine)
                    ? "a comma is missing on " + prevLine + " between " + prev + " and " + next
                    : "a comma is missing after " + prevLine + ", between " + prev + " and " + next + " on " + nextLine;
            return problem(JsonSyntaxProblem.Kind.MISSING_COMMA, message, "Add a comma after " + prev + ".",
                    prevEnd, stop);
        }
        return unexpected(stop, "after " + prev + ": a comma or '" + closer + "' should come next",
                c == ':' ? "A key has one value; separate the entries with commas."
                        : "Remove it, or separate the entries with commas.");
    }

    private JsonSyntaxProblem expectKey(int stop) {
        int prevEnd = skipSpaceBack(stop);
        char before = prevEnd > 0 ? text.charAt(prevEnd - 1) : 0;
        char c = charAt(stop);
        if (c == '}' && before == ',') {
            return trailingComma(prevEnd - 1, stop, "object", '}');
        }
        if (c == ',') {
            return extraComma(stop, before == '{' ? "a comma right after '{'" : "two commas in a row");
        }
        if (c == '\'') {
            return problem(JsonSyntaxProblem.Kind.SINGLE_QUOTES, "the key " + tokenAt(stop) + " on " + names.of(stop)
                    + " is in single quotes", "Write keys in double quotes, like \"name\".", stop, stop);
        }
        if (c == '/') {
            return comment(stop);
        }
        if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
            String word = wordAt(stop);
            return problem(JsonSyntaxProblem.Kind.UNQUOTED_KEY, "the key " + word + " on " + names.of(stop)
                    + " is not in double quotes", "Write \"" + word + "\".", stop, stop);
        }
        return unexpected(stop, "where a key in double quotes should be",
                "Each entry of an object is written \"key\": value, and entries are separated by commas.");
    }

    private JsonSyntaxProblem missingColon(int stop) {
        int prevEnd = skipSpaceBack(stop);
        String key = tokenBefore(prevEnd);
        if (charAt(stop) == '=') {
            return problem(JsonSyntaxProblem.Kind.MISSING_COLON, "the key " + key + " on " + names.of(stop)
                    + " is followed by '=' instead of ':'", "Write " + key + ": value.", stop, stop);
        }
        return problem(JsonSyntaxProblem.Kind.MISSING_COLON, "a colon is missing after the key " + key + " on "
                + names.of(Math.max(0, prevEnd - 1)), "Write " + key + ": value, with a colon between them.",
                prevEnd, stop);
    }

    private JsonSyntaxProblem expectValue(int stop, List<Open> open) {
        if (stop >= text.length()) {
            return unclosed(open);
        }
        int prevEnd = skipSpaceBack(stop);
        char before = prevEnd > 0 ? text.charAt(prevEnd - 1) : 0;
        char c = text.charAt(stop);
        if (c == ']' && before == ',') {
            return trailingComma(prevEnd - 1, stop, "list", ']');
        }
        if ((c == '}' || c == ']' || c == ',') && before == ':') {
            String key = tokenBefore(skipSpaceBack(prevEnd - 1));
            return problem(JsonSyntaxProblem.Kind.MISSING_VALUE, "the value of " + key + " on "
                    + names.of(prevEnd - 1) + " is missing", "Write a value after the colon, for example \"\", 0,"
                    + " false or null.", prevEnd, stop);
        }
        if (c == ',') {
            return extraComma(stop, before == '[' ? "a comma right after '['" : "two commas in a row");
        }
        if (c == '\'') {
            return problem(JsonSyntaxProblem.Kind.SINGLE_QUOTES, "the text " + tokenAt(stop) + " on " + names.of(stop)
                    + " is in single quotes", "Write strings in double quotes, like \"text\".", stop, stop);
        }
        if (c == '.' || c == '+') {
            return badNumber(stop, c == '+' ? "plus sign" : "starts with a point");
        }
        if (c == '/') {
            return comment(stop);
        }
        if (Character.isLetter(c)) {
            return notAValue(wordAt(stop), stop);
        }
        return unexpected(stop, "where a value should be", "A value is a string in double quotes, a number,"
                + " true, false, null, an object { ... } or a list [ ... ].");
    }

    private JsonSyntaxProblem trailingComma(int comma, int stop, String noun, char closer) {
        String prev = tokenBefore(skipSpaceBack(comma));
        return problem(JsonSyntaxProblem.Kind.TRAILING_COMMA, "the comma after " + prev + " on " + names.of(comma)
                + " ends the " + noun + " with nothing after it", "Remove that comma: JSON allows no comma before '"
                + closer + "'.", comma, stop);
    }

    private JsonSyntaxProblem extraComma(int stop, String what) {
        return problem(JsonSyntaxProblem.Kind.EXTRA_COMMA, what + " on " + names.of(stop),
                "Remove the extra comma.", stop, stop);
    }

    private JsonSyntaxProblem notAValue(String token, int stop) {
        String word = shorten(token.isEmpty() ? wordAt(stop) : token);
        int start = text.startsWith(token, stop) || token.isEmpty() ? stop
                : Math.max(0, text.lastIndexOf(token, stop));
        String lower = word.toLowerCase(Locale.ROOT);
        String line = names.of(start);
        if (lower.equals("true") || lower.equals("false") || lower.equals("null")) {
            return problem(JsonSyntaxProblem.Kind.NOT_A_VALUE, word + " on " + line + " is not a JSON value",
                    "Write it in lower case: " + lower + ".", start, stop);
        }
        if (lower.equals("none") || lower.equals("nil") || lower.equals("undefined")) {
            return problem(JsonSyntaxProblem.Kind.NOT_A_VALUE, word + " on " + line + " is not a JSON value",
                    "Write null for \"no value\".", start, stop);
        }
        if (lower.equals("nan") || lower.endsWith("infinity")) {
            return problem(JsonSyntaxProblem.Kind.NOT_A_VALUE, word + " on " + line + " is not a number JSON knows",
                    "Use null, or a string such as \"" + word + "\".", start, stop);
        }
        for (String literal : List.of("true", "false", "null")) {
            if (literal.startsWith(lower) || lower.startsWith(literal)) {
                return problem(JsonSyntaxProblem.Kind.NOT_A_VALUE, word + " on " + line + " is not a JSON value",
                        "Did you mean " + literal + "? Otherwise put the text in double quotes: \"" + word + "\".",
                        start, stop);
            }
        }
        return problem(JsonSyntaxProblem.Kind.NOT_A_VALUE, "the text " + word + " on " + line + " is not a JSON value",
                "Put text in double quotes: \"" + word + "\".", start, stop);
    }

    private JsonSyntaxProblem badNumber(int stop, String raw) {
        int start = Math.min(stop, Math.max(0, text.length() - 1));
        while (start > 0 && isNumberChar(text.charAt(start - 1))) {
            start--;
        }
        int end = start;
        while (end < text.length() && isNumberChar(text.charAt(end))) {
            end++;
        }
        String number = shorten(text.substring(start, end));
        String line = names.of(start);
        String message;
        String hint;
        if (raw.contains("Leading zero")) {
            message = "the number " + number + " on " + line + " starts with 0";
            hint = "JSON numbers have no leading zeros: leave them out, or write the value in double quotes if it is text.";
        } else if (raw.contains("Decimal point") || raw.contains("point")) {
            message = number.startsWith(".") ? "the number " + number + " on " + line + " starts with a point"
                    : "the number " + number + " on " + line + " ends with a point";
            hint = number.startsWith(".") ? "Write a 0 before the point, e.g. 0.5."
                    : "Write a digit after the point (1.0), or leave the point out.";
        } else if (raw.contains("minus sign")) {
            message = "a minus sign on " + line + " is not followed by a number";
            hint = "Write the number right after the minus sign, or remove it.";
        } else if (raw.contains("plus sign")) {
            message = "the number " + number + " on " + line + " starts with +";
            hint = "JSON numbers have no plus sign: leave it out.";
        } else {
            message = "the number " + number + " on " + line + " is not written as JSON expects";
            hint = "Write numbers like 3, -1.5 or 2e10, or put the value in double quotes if it is text.";
        }
        return problem(JsonSyntaxProblem.Kind.BAD_NUMBER, message, hint, start, stop);
    }

    private JsonSyntaxProblem closer(int stop, List<Open> open) {
        if (open.isEmpty()) {
            return trailingText(stop);
        }
        char c = charAt(stop);
        Open top = open.get(open.size() - 1);
        return problem(JsonSyntaxProblem.Kind.WRONG_CLOSER, "'" + c + "' on " + names.of(stop) + " closes the "
                + top.noun() + " that starts on " + names.of(top.offset()) + ", which ends with '" + top.closer() + "'",
                "If the " + top.noun() + " ends here, change it to '" + top.closer() + "'; otherwise add '"
                        + top.closer() + "' where the " + top.noun() + " ends.", stop, stop);
    }

    private JsonSyntaxProblem comment(int stop) {
        return problem(JsonSyntaxProblem.Kind.COMMENT, "JSON has no comments, but " + names.of(stop) + " has one",
                "Remove the comment; a note for users belongs in a \"description\".", stop, stop);
    }

    private JsonSyntaxProblem controlCharacter(int stop, int stringStart) {
        char c = charAt(stop);
        if (c == '\n' || c == '\r') {
            return problem(JsonSyntaxProblem.Kind.UNCLOSED_STRING, "this string is not closed: the string that"
                    + " starts on " + names.of(stringStart) + " runs past the end of the line", "Close it with a double"
                    + " quote on that line; for a line break inside the text write \\n.", stringStart, stop);
        }
        if (c == '\t') {
            return problem(JsonSyntaxProblem.Kind.CONTROL_CHARACTER, "the string on " + names.of(stop)
                    + " holds a tab character", "Write \\t instead of the tab.", stop, stop);
        }
        return problem(JsonSyntaxProblem.Kind.CONTROL_CHARACTER, "the string on " + names.of(stop)
                + " holds an invisible control character (U+" + String.format("%04X", (int) c) + ")",
                "Remove it, or write it as \\u" + String.format("%04x", (int) c) + ".", stop, stop);
    }

    private JsonSyntaxProblem escape(int stop, boolean unicode) {
        int backslash = stop;
        while (backslash > 0 && stop - backslash < 6 && charAt(backslash) != '\\') {
            backslash--;
        }
        if (charAt(backslash) != '\\') {
            backslash = stop;
        }
        if (unicode) {
            return problem(JsonSyntaxProblem.Kind.BAD_ESCAPE, "\\u on " + names.of(backslash) + " is not followed by"
                    + " four hex digits", "Write \\u and four hex digits (e.g. \\u0041), or \\\\ for a backslash.",
                    backslash, stop);
        }
        String escape = backslash + 1 < text.length() ? "\\" + text.charAt(backslash + 1) : "\\";
        return problem(JsonSyntaxProblem.Kind.BAD_ESCAPE, escape + " on " + names.of(backslash)
                + " is not an escape JSON knows", "Write \\\\ for a backslash (a Windows path is written C:\\\\dir);"
                + " JSON knows \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u with four hex digits.", backslash, stop);
    }

    private JsonSyntaxProblem unclosedString(int start) {
        return problem(JsonSyntaxProblem.Kind.UNCLOSED_STRING, "this string is not closed: the string that starts on "
                + names.of(start) + " runs to the end of the text", "Add the closing double quote.", start,
                text.length());
    }

    private JsonSyntaxProblem unclosed(List<Open> open) {
        int end = text.length();
        if (open.isEmpty()) {
            return problem(JsonSyntaxProblem.Kind.UNCLOSED, "the text ends before the value is complete",
                    "Complete the value, or remove the unfinished part.", end, end);
        }
        Open top = open.get(open.size() - 1);
        String more = open.size() > 1 ? " (" + open.size() + " brackets are still open)" : "";
        return problem(JsonSyntaxProblem.Kind.UNCLOSED, "the " + top.noun() + " that starts on " + names.of(top.offset())
                + " is not closed: the text ends before its '" + top.closer() + "'" + more,
                "Add '" + top.closer() + "' where the " + top.noun() + " should end, and check that every '{' and '['"
                        + " has its partner.", end, end);
    }

    private JsonSyntaxProblem limit(String raw, int stop) {
        String line = names.of(stop);
        if (raw.contains("nesting depth")) {
            return problem(JsonSyntaxProblem.Kind.TOO_DEEP, "the text nests more than "
                    + String.format(Locale.ROOT, "%,d", LocatedJsonReader.MAX_NESTING) + " levels deep at " + line
                    + "; Universe Studio reads JSON nested up to that depth", "Flatten the structure: real package files"
                    + " nest about a dozen levels.", stop, stop);
        }
        if (raw.contains("Number value length")) {
            return problem(JsonSyntaxProblem.Kind.TOO_LONG, "the number on " + line + " has more than "
                    + String.format(Locale.ROOT, "%,d", LocatedJsonReader.MAX_NUMBER_DIGITS) + " digits, more than"
                    + " Universe Studio reads", "Shorten it, or write it as a string.", stop, stop);
        }
        if (raw.contains("String value length")) {
            return problem(JsonSyntaxProblem.Kind.TOO_LONG, "a string on " + line + " is longer than "
                    + String.format(Locale.ROOT, "%,d", LocatedJsonReader.MAX_STRING_LENGTH) + " characters, more"
                    + " than Universe Studio reads", "Shorten it.", stop, stop);
        }
        if (raw.contains("Name length") || raw.contains("name length")) {
            return problem(JsonSyntaxProblem.Kind.TOO_LONG, "a key on " + line + " is longer than "
                    + String.format(Locale.ROOT, "%,d", LocatedJsonReader.MAX_KEY_LENGTH) + " characters, more"
                    + " than Universe Studio reads", "Shorten it.", stop, stop);
        }
        return problem(JsonSyntaxProblem.Kind.TOO_LONG, "the text is bigger than Universe Studio reads (at " + line
                + ")", "Split or shorten it.", stop, stop);
    }

    private JsonSyntaxProblem unexpected(int stop, String hint) {
        return unexpected(stop, "", hint);
    }

    private JsonSyntaxProblem unexpected(int stop, String context, String hint) {
        String what = stop >= text.length() ? "the end of the text" : tokenAt(stop);
        return problem(JsonSyntaxProblem.Kind.UNEXPECTED, "unexpected " + what + " on " + names.of(stop)
                + (context.isEmpty() ? "" : " " + context), hint, stop, stop);
    }

    private JsonSyntaxProblem problem(JsonSyntaxProblem.Kind kind, String message, String hint, int at, int stop) {
        return new JsonSyntaxProblem(message, lines.position(at), hint, kind, lines.position(stop));
    }

    // --- looking at the text ---------------------------------------------------------------------------

    private int clamp(long offset) {
        return (int) Math.max(0, Math.min(text.length(), offset));
    }

    private char charAt(int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : 0;
    }

    private static int tokenStart(JsonParser parser, int fallback) {
        if (parser == null || parser.currentTokenLocation() == null) {
            return fallback;
        }
        long at = parser.currentTokenLocation().getCharOffset();
        return at < 0 ? fallback : (int) at;
    }

    /** Just after the last non-blank character before {@code offset}. */
    private int skipSpaceBack(int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean startsValue(char c) {
        return c == '"' || c == '{' || c == '[' || c == '-' || Character.isLetterOrDigit(c);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '-' || c == '+' || c == '.';
    }

    private static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
    }

    private String wordAt(int start) {
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end == start ? tokenAt(start) : shorten(text.substring(start, end));
    }

    /** The token that starts at {@code start}, as written ("mem" with its quotes, 1.0, '}'). */
    private String tokenAt(int start) {
        if (start >= text.length()) {
            return "the end of the text";
        }
        char c = text.charAt(start);
        if (c == '"' || c == '\'') {
            int end = start + 1;
            while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
                end += text.charAt(end) == '\\' ? 2 : 1;
            }
            return shorten(text.substring(start, Math.min(text.length(), end + 1)));
        }
        if (isWordChar(c)) {
            return wordAt(start);
        }
        return describe(c);
    }

    /** The token that ends just before {@code end}. */
    private String tokenBefore(int end) {
        if (end <= 0) {
            return "the start of the text";
        }
        char c = text.charAt(end - 1);
        int start = end - 1;
        if (c == '"' || c == '\'') {
            start--;
            while (start >= 0 && text.charAt(start) != '\n'
                    && !(text.charAt(start) == c && (start == 0 || text.charAt(start - 1) != '\\'))) {
                start--;
            }
            return shorten(text.substring(Math.max(0, start), end));
        }
        if (isWordChar(c)) {
            while (start > 0 && isWordChar(text.charAt(start - 1))) {
                start--;
            }
            return shorten(text.substring(start, end));
        }
        return describe(c);
    }

    private static String describe(char c) {
        if (c < 32 || c == 127) {
            return "an invisible control character (U+" + String.format("%04X", (int) c) + ")";
        }
        return "'" + c + "'";
    }

    private static String shorten(String s) {
        if (s.length() <= EXCERPT) {
            return s;
        }
        char last = s.charAt(s.length() - 1);
        boolean quoted = s.charAt(0) == '"' && last == '"';
        return s.substring(0, EXCERPT - 4) + "..." + (quoted ? "\"" : "");
    }
}

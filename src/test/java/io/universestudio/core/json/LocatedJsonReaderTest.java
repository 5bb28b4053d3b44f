package io.universestudio.core.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LocatedJsonReaderTest {

    @Test
    void recordsKeyAndValuePositionsByPointer() {
        String text = "{\n  \"a\": {\n    \"b/c\": [10, 2.50]\n  }\n}";
        ParsedJson parsed = LocatedJsonReader.read(text);
        assertThat(parsed.parsed()).isTrue();
        assertThat(parsed.locations().key("/a/b~1c")).hasValue(new TextPosition(3, 5, 15));
        assertThat(parsed.locations().value("/a/b~1c/1").orElseThrow().start().column()).isEqualTo(17);
        assertThat(parsed.tree().at("/a/b~1c/1").decimalValue().toPlainString()).isEqualTo("2.50");
        assertThat(parsed.locations().nearest("/a/missing")).isEqualTo(new TextPosition(2, 3, 4));
        assertThat(parsed.locations().pointerAt(text.indexOf("10") + 1)).hasValue("/a/b~1c/0");
    }

    @Test
    void duplicateKeysAreFoundWithinEachObjectAndPointAtTheOccurrenceBefore() {
        // The second "a" is a duplicate (found as its key is read); its "x" is not (the first of its own object).
        String text = "{\"a\": {\"x\": 1, \"y\": 0}, \"a\": {\"x\": 2, \"y\": 3, \"y\": 4, \"y\": 5}}";
        ParsedJson parsed = LocatedJsonReader.read(text);
        assertThat(parsed.duplicateKeys()).extracting(DuplicateKey::pointer).containsExactly("/a", "/a/y", "/a/y");
        assertThat(parsed.duplicateKeys()).extracting(d -> d.first().offset(), d -> d.duplicate().offset())
                .containsExactly(tuple(1, text.lastIndexOf("\"a\"")),
                        tuple(text.indexOf("\"y\": 3"), text.indexOf("\"y\": 4")),
                        tuple(text.indexOf("\"y\": 4"), text.indexOf("\"y\": 5")));
        assertThat(parsed.tree().at("/a/y").intValue()).isEqualTo(5);
    }

    @Test
    void trailingTextIsAProblem() {
        ParsedJson parsed = LocatedJsonReader.read("{} {}");
        assertThat(parsed.parsed()).isFalse();
        assertThat(parsed.problems().get(0).position().column()).isEqualTo(4);
    }

    @Test
    void pointersEscapeAndSplit() {
        String p = JsonPointers.child(JsonPointers.child("", "a/b"), "c~d");
        assertThat(p).isEqualTo("/a~1b/c~0d");
        assertThat(JsonPointers.tokens(p)).containsExactly("a/b", "c~d");
        assertThat(JsonPointers.parent(p)).isEqualTo("/a~1b");
    }

    /** Every way of breaking JSON a person is likely to try, said in the project's words at the right place. */
    @ParameterizedTest(name = "{index}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {\\n  "cpus": 1.0\\n  "mem": 2\\n} | MISSING_COMMA | 2:14 | a comma is missing after line 2, between 1.0 and "mem" on line 3 | Add a comma after 1.0.
            [1 2]                      | MISSING_COMMA    | 1:3  | a comma is missing on line 1 between 1 and 2 | Add a comma after 1.
            {"a": "b" "c": 1}          | MISSING_COMMA    | 1:10 | a comma is missing on line 1 between "b" and "c" | Add a comma after "b".
            {"a": 1,}                  | TRAILING_COMMA   | 1:8  | the comma after 1 on line 1 ends the object with nothing after it | Remove that comma: JSON allows no comma before '}'.
            [1,]                       | TRAILING_COMMA   | 1:3  | the comma after 1 on line 1 ends the list with nothing after it | Remove that comma: JSON allows no comma before ']'.
            {"a": 1,, "b": 2}          | EXTRA_COMMA      | 1:9  | two commas in a row on line 1 | Remove the extra comma.
            {a: 1}                     | UNQUOTED_KEY     | 1:2  | the key a on line 1 is not in double quotes | Write "a".
            {'a': 1}                   | SINGLE_QUOTES    | 1:2  | the key 'a' on line 1 is in single quotes | Write keys in double quotes, like "name".
            {"a" 1}                    | MISSING_COLON    | 1:5  | a colon is missing after the key "a" on line 1 | Write "a": value, with a colon between them.
            {"a": }                    | MISSING_VALUE    | 1:6  | the value of "a" on line 1 is missing | Write a value after the colon, for example "", 0, false or null.
            {"a": True}                | NOT_A_VALUE      | 1:7  | True on line 1 is not a JSON value | Write it in lower case: true.
            {"a": None}                | NOT_A_VALUE      | 1:7  | None on line 1 is not a JSON value | Write null for "no value".
            {"a": NaN}                 | NOT_A_VALUE      | 1:7  | NaN on line 1 is not a number JSON knows | Use null, or a string such as "NaN".
            {"a": yes}                 | NOT_A_VALUE      | 1:7  | the text yes on line 1 is not a JSON value | Put text in double quotes: "yes".
            {"a": 'x'}                 | SINGLE_QUOTES    | 1:7  | the text 'x' on line 1 is in single quotes | Write strings in double quotes, like "text".
            {"a": 01}                  | BAD_NUMBER       | 1:7  | the number 01 on line 1 starts with 0 | JSON numbers have no leading zeros: leave them out, or write the value in double quotes if it is text.
            {"a": 1.}                  | BAD_NUMBER       | 1:7  | the number 1. on line 1 ends with a point | Write a digit after the point (1.0), or leave the point out.
            {"a": .5}                  | BAD_NUMBER       | 1:7  | the number .5 on line 1 starts with a point | Write a 0 before the point, e.g. 0.5.
            {"a": +1}                  | BAD_NUMBER       | 1:7  | the number +1 on line 1 starts with + | JSON numbers have no plus sign: leave it out.
            {"a": -}                   | BAD_NUMBER       | 1:7  | a minus sign on line 1 is not followed by a number | Write the number right after the minus sign, or remove it.
            {"a": "abc                 | UNCLOSED_STRING  | 1:7  | this string is not closed: the string that starts on line 1 runs to the end of the text | Add the closing double quote.
            {"a": "ab\\ncd"}            | UNCLOSED_STRING  | 1:7  | this string is not closed: the string that starts on line 1 runs past the end of the line | Close it with a double quote on that line; for a line break inside the text write \\n.
            {"a": "C:\\dir"}            | BAD_ESCAPE       | 1:10 | \\d on line 1 is not an escape JSON knows | Write \\\\ for a backslash (a Windows path is written C:\\\\dir); JSON knows \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u with four hex digits.
            {"a": "\\u12"}              | BAD_ESCAPE       | 1:8  | \\u on line 1 is not followed by four hex digits | Write \\u and four hex digits (e.g. \\u0041), or \\\\ for a backslash.
            {\\n  "a": [1,\\n  2\\n} | WRONG_CLOSER | 4:1 | '}' on line 4 closes the list that starts on line 2, which ends with ']' | If the list ends here, change it to ']'; otherwise add ']' where the list ends.
            {"a": 1]}                  | WRONG_CLOSER     | 1:8  | ']' on line 1 closes the object that starts on line 1, which ends with '}' | If the object ends here, change it to '}'; otherwise add '}' where the object ends.
            }                          | NOTHING_TO_CLOSE | 1:1  | an extra '}' on line 1 closes nothing | Remove it (or add the '{' it should close further up).
            {"a": 1}}                  | NOTHING_TO_CLOSE | 1:9  | an extra '}' on line 1 closes nothing | Remove it (or add the '{' it should close further up).
            {"a": 1} x                 | TRAILING_TEXT    | 1:10 | there is more text after the end of the JSON value, on line 1: x | Remove it, or put all the values inside one object { ... }.
            {\\n  "a": {\\n    "b": 1\\n} | UNCLOSED    | 4:2  | the object that starts on line 1 is not closed: the text ends before its '}' | Add '}' where the object should end, and check that every '{' and '[' has its partner.
            {"a": 1} // note           | COMMENT          | 1:10 | JSON has no comments, but line 1 has one | Remove the comment; a note for users belongs in a "description".
            ` `                        | EMPTY            | 1:2  | the text is empty | It needs a JSON object, such as {}.
            """)
    void syntaxProblemsAreSaidInTheProjectsWords(String escaped, JsonSyntaxProblem.Kind kind, String at,
                                                 String message, String hint) {
        String text = escaped.replace("\\n", "\n").replace("\\\\", "\\");
        JsonSyntaxProblem p = LocatedJsonReader.read(text).problems().get(0);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.message()).isEqualTo(message);
        assertThat(p.hint()).isEqualTo(hint);
        assertThat(p.position()).hasToString(at);
        assertThat(List.of("code", "Unexpected", "expecting", "Source", "REDACTED", "StreamRead", "Feature", "token"))
                .noneMatch(w -> p.message().contains(w) || p.hint().contains(w));
    }

    @Test
    void theTabAndOtherControlCharactersInStrings() {
        assertThat(LocatedJsonReader.read("{\"a\": \"x\ty\"}").problems().get(0).sentence())
                .isEqualTo("The string on line 1 holds a tab character. Write \\t instead of the tab.");
        assertThat(LocatedJsonReader.read("\uFEFF{}").problems().get(0).kind())
                .isEqualTo(JsonSyntaxProblem.Kind.BYTE_ORDER_MARK);
    }

    @Test
    void limitsPythonDoesNotHaveAreRaisedOrSaidAsTheProjectsOwn() {
        // Jackson stops at 1,000 digits by default; Python's json reads any length (as floats).
        String longNumber = "{\"a\": 1." + "5".repeat(5_000) + "}";
        assertThat(LocatedJsonReader.read(longNumber).parsed()).isTrue();

        String deep = "[".repeat(1_001) + "]".repeat(1_001);
        JsonSyntaxProblem p = LocatedJsonReader.read(deep).problems().get(0);
        assertThat(p.kind()).isEqualTo(JsonSyntaxProblem.Kind.TOO_DEEP);
        assertThat(p.message()).isEqualTo("the text nests more than 1,000 levels deep at line 1; Universe Studio reads"
                + " JSON nested up to that depth");
        assertThat(p.message() + p.hint()).doesNotContain("StreamReadConstraints", "getMaxNestingDepth");
        assertThat(LocatedJsonReader.read("[".repeat(1_000) + "]".repeat(1_000)).parsed()).isTrue();

        String tooLong = "{\"a\": 1" + "0".repeat(LocatedJsonReader.MAX_NUMBER_DIGITS + 1) + "}";
        assertThat(LocatedJsonReader.read(tooLong).problems().get(0).message())
                .isEqualTo("the number on line 1 has more than 100,000 digits, more than Universe Studio reads");
    }

    @Test
    void textFromATemplateIsExplainedInTheTemplatesLines() {
        ParsedJson parsed = LocatedJsonReader.read("{\"a\": 1 \"b\": 2}", offset -> "template line 7");
        assertThat(parsed.problems().get(0).message()).isEqualTo("a comma is missing on template line 7 between 1 and"
                + " \"b\"");
        // The culprit is the 1 that needs the comma after it.
        assertThat(parsed.problems().get(0).culpritOffset()).isEqualTo(6);
    }

    /** Both of its ways (bytes for texts that start with plain ASCII, chars otherwise) agree with read. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "{\"a\": 1}", "{\"a\": 1,}", "[1, 2]", "[1,, 2]", "{\"é\": \"ü\u00ff\"}", "{\"k\": \"\uD83D\uDE00\"}",
            "{\"k\": \"\uD83D\"}", "\uD83D{}", "\uFEFF{}", "{}\uFEFF", "\u0000{}", "{\u0000}", "{\"a\":\"\u0001\"}", "1", "{",
            " {\"a\": [true, null, 1.5e3]} ", "{} {}", "{\"a\": 01}", "\"x\"", "{\"a\" 1}", "é{}", "{é}", "  "})
    void isWellFormedAgreesWithRead(String text) {
        boolean parsed = !text.isBlank() && LocatedJsonReader.read(text).problems().isEmpty();
        assertThat(LocatedJsonReader.isWellFormed(text)).as(text).isEqualTo(parsed);
    }
}

package io.universestudio.core.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** Jackson's wording with its character codes, settings and source references taken out. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"a": 1 "b": 2}   | Unexpected character '"': was expecting comma to separate Object entries
            {"a": ,}          | Unexpected character ',': expected a valid value
            {"a": "\\q"}      | Unrecognized character escape 'q'
            {"a": [1, 2}      | Unexpected close marker '}': expected ']' (for the array opened at line 1, column 7)
            {"a": 1           | The text ends too early: expected close marker for Object (opened at line 1, column 1)
            // c              | Unexpected character '/': comments are not allowed in JSON
            {"a": +1}         | Unexpected character '+' in numeric value: JSON spec does not allow numbers to have plus signs
            {"a": tru}        | Unrecognized token 'tru': expected a value (a string, number, array, object, true, false or null)
            """)
    void syntaxMessagesArePlain(String text, String message) {
        assertThat(LocatedJsonReader.read(text.strip()).problems().get(0).message()).isEqualTo(message.strip());
    }

    @Test
    void limitsAreSaidInWordsNotInTheParsersSettings() {
        assertThat(LocatedJsonReader.read("[".repeat(1200) + "]".repeat(1200)).problems().get(0).message())
                .isEqualTo("The JSON nests more than 1,000 levels deep");
        assertThat(LocatedJsonReader.read("{\"" + "k".repeat(60_000) + "\": 1}").problems().get(0).message())
                .isEqualTo("A key is longer than 50,000 characters");
        assertThat(LocatedJsonReader.read("{\"a\": 1" + "0".repeat(1200) + "}").problems().get(0).message())
                .isEqualTo("A number is longer than 1,000 digits");
        assertThat(LocatedJsonReader.read("{\"a\": \"\u0001\"}").problems().get(0).message())
                .isEqualTo("Illegal unquoted character (a control character): has to be escaped using backslash to be"
                        + " included in string value");
    }
}

package io.universestudio.core.json;

import org.junit.jupiter.api.Test;

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
}

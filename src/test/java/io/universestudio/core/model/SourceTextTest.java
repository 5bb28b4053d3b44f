package io.universestudio.core.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Decoding a file's bytes: valid UTF-8 as it is, invalid bytes replaced and the first one remembered. */
class SourceTextTest {

    @Test
    void validUtf8ReadsAsItIs() {
        SourceText source = SourceText.decode("{\"name\": \"café ☕ 𝄞\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(source.text()).isEqualTo("{\"name\": \"café ☕ 𝄞\"}");
        assertThat(source.malformedByteOffset()).isEmpty();
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsNotAnInvalidByte() {
        SourceText source = SourceText.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8));
        assertThat(source.text()).isEqualTo("a\uFFFDb");
        assertThat(source.malformedByteOffset()).isEmpty();
    }

    @Test
    void invalidBytesBecomeReplacementCharactersAndTheFirstIsRemembered() {
        byte[] bytes = {'a', 'b', (byte) 0xC3, '(', 'c', (byte) 0xFF};
        SourceText source = SourceText.decode(bytes);
        assertThat(source.text()).isEqualTo("ab\uFFFD(c\uFFFD");
        assertThat(source.malformedByteOffset()).hasValue(2);
        assertThat(source.bytes()).isEqualTo(bytes);
    }
}

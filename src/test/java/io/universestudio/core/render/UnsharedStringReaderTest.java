package io.universestudio.core.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnsharedStringReaderTest {

    /** The same calls on both readers, as mustache.java's parser makes them; the transcripts must agree. */
    private static String transcript(Reader r) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append((char) r.read()).append('|');
        r.mark(2);
        out.append((char) r.read()).append((char) r.read()).append('|');
        r.reset();
        char[] buffer = new char[5];
        int n = r.read(buffer, 1, 3);
        out.append(n).append(new String(buffer, 1, n)).append('|');
        out.append(r.skip(2)).append('|');
        r.mark(100);
        out.append(r.read(buffer, 0, 0)).append('|');
        n = r.read(buffer, 0, 5);
        out.append(n).append(new String(buffer, 0, n)).append('|');
        out.append(r.read()).append(r.read(buffer, 0, 5)).append(r.read(buffer, 0, 5)).append(r.read()).append('|');
        r.reset();
        out.append((char) r.read());
        return out.toString();
    }

    @Test
    void readsMarksAndResetsAsStringReaderDoes() throws IOException {
        String text = "{{#a}}x, {{/a}}é";
        String expected = transcript(new StringReader(text));
        assertThat(transcript(new UnsharedStringReader(text))).isEqualTo(expected)
                .isEqualTo("{|{#|3{#a|2|0|5x, {{|474-1-1|x");
    }

    @Test
    void refusesWhatReaderRefuses() {
        Reader r = new UnsharedStringReader("abc");
        assertThatThrownBy(() -> r.skip(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.read(new char[2], 1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}

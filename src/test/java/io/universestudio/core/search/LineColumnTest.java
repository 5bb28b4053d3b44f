package io.universestudio.core.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineColumnTest {

    @Test
    void readsALineAndAnOptionalColumn() {
        assertThat(LineColumn.parse("120")).contains(new LineColumn(120, 1));
        assertThat(LineColumn.parse(" 120:7 ")).contains(new LineColumn(120, 7));
        assertThat(LineColumn.parse("12, 3")).contains(new LineColumn(12, 3));
    }

    @Test
    void refusesWhatIsNotALine() {
        assertThat(LineColumn.parse("")).isEmpty();
        assertThat(LineColumn.parse("0")).isEmpty();
        assertThat(LineColumn.parse("3:0")).isEmpty();
        assertThat(LineColumn.parse("-2")).isEmpty();
        assertThat(LineColumn.parse("twelve")).isEmpty();
        assertThat(LineColumn.parse("99999999999")).isEmpty();
        assertThat(LineColumn.parse(null)).isEmpty();
    }
}

package io.universestudio.core.validate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BaselineTest {

    @Test
    void theHandMadeBaselineHasNoProblemAtAll() {
        assertThat(Fixtures.validate(Fixtures.valid()).problems()).isEmpty();
    }
}

package io.universestudio.core.authoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VersionBumpTest {

    @ParameterizedTest
    @CsvSource({
            "1.2.3-0.1.0, 1.2.4-0.1.0",
            "2.5.0-1.2.3, 2.5.1-1.2.3",
            "1.0, 1.1",
            "1.2.9, 1.2.10",
            "7, 8",
            "v7-beta, v8-beta",
            "0.4.0-beta, 0.4.1-beta",
            "stub-universe, stub-universe.1",
            "1.9.99999999999999999999, 1.9.100000000000000000000",
    })
    void bumpsTheLastNumberOfTheFirstGroup(String from, String to) {
        assertThat(VersionBump.next(from)).isEqualTo(to);
    }
}

package io.universestudio.ui.app;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figure and the line that packaging/linux/check-deb.sh reads. That the line is logged when the
 * installed app's window shows is checked by that script (a shown Stage needs Monocle, whose 21.x build
 * does not load on the JDK 17 the tests run on).
 */
class StartupTimerTest {

    @Test
    void millisSinceJvmStartCountsFromTheJvmsCreation() {
        long uptimeBefore = ManagementFactory.getRuntimeMXBean().getUptime();
        long millis = StartupTimer.millisSinceJvmStart();
        long uptimeAfter = ManagementFactory.getRuntimeMXBean().getUptime();

        assertThat(millis).isPositive().isBetween(uptimeBefore, uptimeAfter);
    }

    @Test
    void theLineNamesTheMillisInTheFormTheCheckScriptParses() {
        assertThat(StartupTimer.message(1234)).isEqualTo("first window shown 1234 ms after JVM start");
    }
}

package io.universestudio.ui.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused GPU is remembered for two weeks, a working one forgets it, and a chosen pipeline is never touched. */
class GpuProbeMemoryTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @TempDir
    Path config;

    private GpuProbeMemory memory(Instant now) {
        return new GpuProbeMemory(config, Clock.fixed(now, ZoneOffset.UTC));
    }

    private Path file() {
        return config.resolve(GpuProbeMemory.FILE_NAME);
    }

    @Test
    void withoutMemoryJavaFxProbesTheGpu() {
        Properties system = new Properties();
        GpuProbeMemory memory = memory(NOW);
        memory.beforeToolkit(system);
        assertThat(system.getProperty("prism.order")).isNull();
        assertThat(memory.skipped()).isFalse();
    }

    @Test
    void aRefusedGpuIsSkippedAtTheNextStartsForTwoWeeks() throws Exception {
        memory(NOW).afterToolkit(false);
        assertThat(file()).exists();
        Files.setLastModifiedTime(file(), FileTime.from(NOW));

        Properties next = new Properties();
        GpuProbeMemory later = memory(NOW.plus(Duration.ofDays(13)));
        later.beforeToolkit(next);
        assertThat(next.getProperty("prism.order")).isEqualTo("sw");
        assertThat(later.skipped()).isTrue();
        later.afterToolkit(false);
        assertThat(Files.getLastModifiedTime(file()).toInstant()).as("a skipped start proves nothing: not rewritten")
                .isEqualTo(NOW);

        Properties stale = new Properties();
        GpuProbeMemory twoWeeksOn = memory(NOW.plus(Duration.ofDays(15)));
        twoWeeksOn.beforeToolkit(stale);
        assertThat(stale.getProperty("prism.order")).as("asked again after two weeks").isNull();
        assertThat(twoWeeksOn.skipped()).isFalse();
    }

    @Test
    void aWorkingGpuForgetsTheRefusal() throws Exception {
        memory(NOW).afterToolkit(false);
        memory(NOW).afterToolkit(true);
        assertThat(file()).doesNotExist();
    }

    @Test
    void aPipelineSomebodyChoseIsKeptAndNotRemembered() throws Exception {
        memory(NOW).afterToolkit(false);
        Properties system = new Properties();
        system.setProperty("prism.order", "es2");
        GpuProbeMemory memory = memory(NOW);
        memory.beforeToolkit(system);
        assertThat(system.getProperty("prism.order")).isEqualTo("es2");
        assertThat(memory.skipped()).isFalse();

        Files.delete(file());
        memory.afterToolkit(false);
        assertThat(file()).as("a chosen pipeline says nothing about the GPU").doesNotExist();
    }
}

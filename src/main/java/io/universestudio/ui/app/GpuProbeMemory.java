package io.universestudio.ui.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;

/**
 * Remembers that JavaFX refused this machine's GPU, so the next starts skip the probe (ADR 0155). On a
 * Linux display without a usable GPU (a virtual machine, a remote desktop, Xvfb) JavaFX first tries its
 * OpenGL pipeline, which loads the GL libraries and makes a context only to refuse it ("System GPU doesn't
 * meet the es2 pipe requirement") and fall back to software: about 130 ms of every start, measured. The
 * outcome is then the same software pipeline, without the probe. The memory is a file in the config folder,
 * trusted for {@link #TRUSTED} only, so a GPU that starts working (a new driver) is found again; a choice
 * the person made ({@code -Dprism.order}) is never overridden.
 */
final class GpuProbeMemory {

    static final String FILE_NAME = "gpu-refused";
    static final Duration TRUSTED = Duration.ofDays(14);
    /** The system property JavaFX reads its pipelines from. */
    static final String PRISM_ORDER = "prism.order";

    private final Path file;
    private final Clock clock;
    private boolean skipped;
    /** A pipeline somebody chose ({@code -Dprism.order}): neither overridden nor remembered. */
    private boolean chosen;

    GpuProbeMemory(Path configFolder, Clock clock) {
        this.file = configFolder.resolve(FILE_NAME);
        this.clock = clock;
    }

    /**
     * Before the toolkit starts: asks JavaFX for its software pipeline when the GPU was refused recently and
     * nobody chose a pipeline. Reads one file's time; any failure only means the probe runs.
     */
    void beforeToolkit(Properties system) {
        if (system.getProperty(PRISM_ORDER) != null) {
            chosen = true;
            return;
        }
        try {
            FileTime written = Files.getLastModifiedTime(file);
            if (Duration.between(written.toInstant(), clock.instant()).compareTo(TRUSTED) < 0) {
                system.setProperty(PRISM_ORDER, "sw");
                skipped = true;
            }
        } catch (IOException e) {
            // no memory (the usual case): JavaFX probes the GPU
        }
    }

    /**
     * Once the toolkit runs, when JavaFX made the choice itself: remembers a refused GPU ({@code gpuInUse}
     * false), forgets it otherwise. Off the FX thread: it writes a file.
     */
    void afterToolkit(boolean gpuInUse) throws IOException {
        if (skipped || chosen) {
            return;
        }
        if (gpuInUse) {
            Files.deleteIfExists(file);
        } else {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "JavaFX refused this machine's GPU; Universe Studio starts on its software"
                    + " pipeline without asking again until this file is two weeks old. Delete it to ask now.\n",
                    StandardCharsets.UTF_8);
        }
    }

    /** Whether this start asked for the software pipeline from memory. */
    boolean skipped() {
        return skipped;
    }
}

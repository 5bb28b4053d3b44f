package io.universestudio.ui.bench;

import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From starting a JVM to a shown window with D/datastax-dse/700 open and checked, headless (Monocle), five
 * runs in fresh JVMs. Run with {@code mvn -Pbench test -Dtest=StartupBenchmark}.
 */
class StartupBenchmark {

    @Test
    void startToShownWindowWithAPackageOpen() throws Exception {
        Path revision = Shared.revision("D/datastax-dse/700");
        int runs = 5;
        long[] inside = new long[runs];
        long[] wall = new long[runs];
        long[] toStart = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                    StartupProbe.Main.class.getName(), revision.toString()));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            wall[i] = System.nanoTime() - t0;
            String line = out.lines().filter(l -> l.startsWith("shown-ms=")).findFirst()
                    .orElseThrow(() -> new AssertionError("the probe did not report:\n" + out));
            inside[i] = Long.parseLong(line.substring("shown-ms=".length())) * 1_000_000;
            toStart[i] = value(out, "start-ms=");
            cpu[i] = value(out, "cpu-ms=");
        }
        System.out.println("[bench] " + Percentiles.describe("JVM start -> window shown with datastax-dse/700 open and checked", inside));
        System.out.println("[bench] " + Percentiles.describe("JVM start -> Application.start (toolkit up)", toStart));
        System.out.println("[bench] " + Percentiles.describe("CPU time used until shown (all threads)", cpu));
        System.out.println("[bench] " + Percentiles.describe("process launch -> exit after shown (wall)", wall));
        System.out.println("[bench] machine load average now: " + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                + " on " + Runtime.getRuntime().availableProcessors() + " cores");
    }

    private static long value(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .map(l -> Long.parseLong(l.substring(prefix.length())) * 1_000_000).orElse(-1L);
    }
}

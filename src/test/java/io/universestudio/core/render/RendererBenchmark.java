package io.universestudio.core.render;

import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast rendering is. Run with {@code mvn -B -o -Pbench test -Dtest=RendererBenchmark}.
 * Prints: the whole corpus rendered with defaults (cold and warm), and re-renders of the largest
 * revision (D/datastax-dse/700) in a warm JVM: with the compiled template cached (an options or
 * package.json edit) and after a template edit (a new text, so compiled again), and the template lints
 * of that revision. Figures, not assertions.
 */
class RendererBenchmark {

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @Test
    void renderTimes() throws Exception {
        List<Revision> corpus = new ArrayList<>();
        for (Path dir : Shared.corpusRevisions()) {
            corpus.add(RevisionReader.read(dir));
        }
        Renderer renderer = new Renderer();
        for (int pass = 1; pass <= 3; pass++) {
            long t0 = System.nanoTime();
            int apps = 0;
            for (Revision r : corpus) {
                if (renderer.render(r, RenderRequest.defaults()) instanceof RenderSuccess) {
                    apps++;
                }
            }
            System.out.printf("corpus pass %d: %d revisions, %d apps, %.0f ms%n", pass, corpus.size(), apps,
                    (System.nanoTime() - t0) / 1e6);
        }

        Revision dse = RevisionReader.read(Shared.revision("D/datastax-dse/700"));
        assertThat(renderer.render(dse, RenderRequest.defaults())).isInstanceOf(RenderSuccess.class);
        for (int i = 0; i < 200; i++) {
            renderer.render(dse, RenderRequest.defaults());
        }
        double[] cached = new double[300];
        double[] cachedCpu = new double[cached.length];
        for (int i = 0; i < cached.length; i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            RenderResult r = renderer.render(dse, RenderRequest.defaults());
            // The preview also shows where values came from: count the source map in.
            assertThat(((RenderSuccess) r).sourceMap().entries()).isNotEmpty();
            cached[i] = (System.nanoTime() - t) / 1e6;
            cachedCpu[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        print("datastax-dse/700 re-render + source map, template cached (wall)", cached);
        // The machine may be shared: CPU time of the rendering thread shows the cost without the waiting.
        print("datastax-dse/700 re-render + source map, template cached (thread CPU)", cachedCpu);

        String template = dse.template().orElseThrow();
        double[] edited = new double[100];
        for (int i = 0; i < edited.length; i++) {
            Revision next = dse.withText(RevisionFile.TEMPLATE, template + "\n".repeat(i + 1));
            long t = System.nanoTime();
            RenderResult r = renderer.render(next, RenderRequest.defaults());
            edited[i] = (System.nanoTime() - t) / 1e6;
            assertThat(r).isInstanceOf(RenderSuccess.class);
        }
        print("datastax-dse/700 re-render after a template edit (compile + render)", edited);

        TemplateRule rule = new TemplateRule(renderer);
        double[] lint = new double[20];
        for (int i = 0; i < lint.length; i++) {
            long t = System.nanoTime();
            rule.check(dse);
            lint[i] = (System.nanoTime() - t) / 1e6;
        }
        print("datastax-dse/700 TemplateRule (lints incl. section-comma renders)", lint);
    }

    private static void print(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf("%s: median %.2f ms, p95 %.2f ms, max %.2f ms (%d runs)%n", what, s[s.length / 2],
                s[(int) (s.length * 0.95)], s[s.length - 1], s.length);
    }
}

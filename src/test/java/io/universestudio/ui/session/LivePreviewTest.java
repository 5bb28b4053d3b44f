package io.universestudio.ui.session;

import io.universestudio.core.io.Samples;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.render.RenderFailure;
import io.universestudio.core.render.RenderFailureKind;
import io.universestudio.core.render.RenderResult;
import io.universestudio.core.render.RenderSuccess;
import io.universestudio.core.render.Renderer;
import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.ui.common.NamedThreads;
import org.junit.jupiter.api.Test;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview on a real render thread: a runaway template is stopped by the next edit, not waited for. */
class LivePreviewTest {

    /** Three loops over 1,000 items that write nothing: a billion steps, stopped only by the budget. */
    private static Revision runaway() {
        String items = IntStream.range(0, 1000).mapToObj(Integer::toString).collect(Collectors.joining(","));
        return Samples.load(Samples.DEFAULT)
                .withText(RevisionFile.CONFIG, "{\"type\": \"object\", \"properties\": {\"arr\": {\"type\": \"array\","
                        + " \"default\": [" + items + "]}}}")
                .withText(RevisionFile.TEMPLATE, "{\"id\": \"/x\"{{#arr}}{{#arr}}{{#arr}}{{/arr}}{{/arr}}{{/arr}}}");
    }

    @Test
    void aRunawayRenderIsStoppedByTheNextEditAndTheEditIsRendered() throws Exception {
        EditorSession session = new EditorSession(runaway());
        Renderer renderer = new Renderer();
        CountDownLatch runawayStarted = new CountDownLatch(1);
        BlockingQueue<RenderResult> results = new LinkedBlockingQueue<>();
        ScheduledExecutorService renderThread = NamedThreads.single("render-test");
        ScheduledExecutorService fxThread = NamedThreads.single("fx-test");
        try {
            LivePreview preview = new LivePreview(session, (revision, request, budget) -> {
                if (revision.template().orElse("").contains("{{#arr}}")) {
                    runawayStarted.countDown();
                }
                RenderResult r = renderer.render(revision, request, budget);
                results.add(r);
                return r;
            }, Debouncer.immediate(), renderThread, fxThread);
            assertThat(runawayStarted.await(30, TimeUnit.SECONDS)).isTrue();

            session.apply(Edit.of("fix the template", r -> r.withText(RevisionFile.TEMPLATE, "{\"id\": \"/fixed\"}")));

            RenderResult first = results.poll(30, TimeUnit.SECONDS);
            assertThat(first).isInstanceOfSatisfying(RenderFailure.class,
                    f -> assertThat(f.kind()).isEqualTo(RenderFailureKind.RENDER_STOPPED));
            RenderResult second = results.poll(30, TimeUnit.SECONDS);
            assertThat(second).isInstanceOf(RenderSuccess.class);
            // The render thread hands the result to the fx thread after the renderer returns: let both finish.
            renderThread.submit(() -> { }).get(30, TimeUnit.SECONDS);
            fxThread.submit(() -> { }).get(30, TimeUnit.SECONDS);
            assertThat(preview.result().result()).isSameAs(second);
            assertThat(((RenderSuccess) preview.result().result()).app().get("id").asText()).isEqualTo("/fixed");
        } finally {
            renderThread.shutdownNow();
            fxThread.shutdownNow();
        }
    }

    @Test
    void aRunawayRenderLeftAloneEndsWithItsBudgetNamingTheLoop() {
        EditorSession session = new EditorSession(runaway());
        LivePreview preview = new LivePreview(session, new Renderer()::render, Debouncer.immediate(), Runnable::run,
                Runnable::run);
        assertThat(preview.result().result()).isInstanceOfSatisfying(RenderFailure.class, f -> {
            assertThat(f.kind()).isEqualTo(RenderFailureKind.RENDER_BUDGET_EXCEEDED);
            assertThat(f.message()).startsWith("`{{#arr}}` nested three deep over 1,000 items takes more than 3 seconds");
            assertThat(f.tag().start().line()).isEqualTo(1);
        });
    }
}

package io.universestudio.ui.session;

import io.universestudio.core.io.Samples;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.ValidationReport;
import io.universestudio.core.validate.Validator;
import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.ui.common.NamedThreads;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LiveValidationTest {

    /** Holds tasks until the test runs them, to order background work and deliveries by hand. */
    static final class HeldExecutor implements Executor {
        final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            tasks.add(command);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.pollFirst().run();
            }
        }

        /** Deliveries may reach the FX thread in any order once several threads are involved. */
        void runNewestFirst() {
            while (!tasks.isEmpty()) {
                tasks.pollLast().run();
            }
        }
    }

    private final EditorSession session = new EditorSession(Samples.load(Samples.DEFAULT));

    private static Edit breakConfig() {
        return Edit.of("break", r -> r.withText(RevisionFile.CONFIG, "{ \"type\": "));
    }

    @Test
    void withDirectExecutorsEachEditIsValidatedAtOnce() {
        LiveValidation live = new LiveValidation(session, new Validator()::validate, Debouncer.immediate(),
                Runnable::run, Runnable::run);
        assertThat(live.result().revision()).isSameAs(session.current());
        assertThat(live.result().report().errors()).isZero();
        session.apply(breakConfig());
        assertThat(live.result().revision()).isSameAs(session.current());
        assertThat(live.result().report().withCode("JSON-SYNTAX")).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo(RevisionFile.CONFIG));
        assertThat(live.lastMillisProperty().get()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aResultForARevisionThatIsNoLongerCurrentIsNeverDelivered() {
        HeldExecutor fx = new HeldExecutor();
        List<Revision> validated = new ArrayList<>();
        LiveValidation live = new LiveValidation(session, r -> {
            validated.add(r);
            return new Validator().validate(r);
        }, Debouncer.immediate(), Runnable::run, fx);
        fx.runAll();
        List<Revision> delivered = new ArrayList<>();
        live.resultProperty().addListener((o, before, now) -> delivered.add(now.revision()));
        Revision first = session.current();
        session.apply(breakConfig());      // validated, delivery held
        Revision broken = session.current();
        session.undo();                      // back to the first revision: validated, delivery held as well
        fx.runAll();
        assertThat(validated).hasSize(3);
        assertThat(delivered).as("the broken revision's report arrived after it was gone").containsExactly(first);
        assertThat(live.result().report().errors()).isZero();

        session.apply(breakConfig());
        Revision brokenAgain = session.current();
        session.apply(Edit.of("fix", r -> r.withText(RevisionFile.CONFIG, "{}")));
        Revision fixed = session.current();
        fx.runNewestFirst();                 // the stale report reaches the FX thread last
        assertThat(live.result().revision()).isSameAs(fixed);
        assertThat(delivered).containsExactly(first, fixed).doesNotContain(broken, brokenAgain);
    }

    @Test
    void anEqualReportForTheSameRevisionIsStillDeliveredToListeners() {
        ValidationReport same = new Validator().validate(session.current());
        HeldExecutor fx = new HeldExecutor();
        LiveValidation live = new LiveValidation(session, r -> same, Debouncer.immediate(), Runnable::run, fx);
        fx.runAll();
        List<Revision> delivered = new ArrayList<>();
        live.resultProperty().addListener((o, before, now) -> delivered.add(now.revision()));
        Revision first = session.current();
        session.apply(breakConfig());
        session.undo();                      // the same revision and report as the one on show
        fx.runAll();
        assertThat(delivered).containsExactly(first);
    }

    @Test
    void aQueuedValidationOfAnOlderRevisionIsSkipped() {
        HeldExecutor worker = new HeldExecutor();
        List<Revision> validated = new ArrayList<>();
        LiveValidation live = new LiveValidation(session, r -> {
            validated.add(r);
            return new Validator().validate(r);
        }, Debouncer.immediate(), worker, Runnable::run);
        session.apply(breakConfig());
        worker.runAll();
        assertThat(validated).containsExactly(session.current());
        assertThat(live.result().revision()).isSameAs(session.current());
    }

    @Test
    void onBackgroundThreadsTheWorkRunsOnTheNamedValidationThread() throws Exception {
        ScheduledExecutorService validation = NamedThreads.single("validation");
        try {
            BlockingQueue<String> threads = new LinkedBlockingQueue<>();
            BlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
            new LiveValidation(session, r -> {
                threads.add(Thread.currentThread().getName());
                return new Validator().validate(r);
            }, new Debouncer(validation, Duration.ofMillis(50)), validation, fx::add);
            assertThat(threads.poll(5, TimeUnit.SECONDS)).isEqualTo("validation-1");
            assertThat(fx.poll(5, TimeUnit.SECONDS)).isNotNull();
        } finally {
            validation.shutdownNow();
        }
    }
}

package io.universestudio.ui.session;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.validate.Validator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A package just opened is checked without waiting for the typing debounce (ADR 0155); an
 * edit still waits for it. The debounce here is an hour: whatever is delivered at once did not wait.
 */
class OpenedAtOnceTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final EditorSession session = new EditorSession(Revision.empty(RevisionOrigin.NEW));

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private Debouncer anHour() {
        return new Debouncer(scheduler, Duration.ofHours(1));
    }

    @Test
    void anOpenedPackageIsCheckedAtOnceAndAnEditWaits() {
        LiveValidation live = new LiveValidation(session, new Validator()::validate, anHour(), Runnable::run, Runnable::run);
        Revision sample = Samples.load(Samples.DEFAULT);

        session.open(sample);
        assertThat(live.result()).isNotNull();
        assertThat(live.result().revision()).isSameAs(sample);

        session.apply(Edit.of("edit", r -> r.withText(RevisionFile.CONFIG, "{ \"type\": ")));
        assertThat(live.result().revision()).as("an edit waits for the debounce").isSameAs(sample);
    }
}

package io.universestudio.ui.session;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.concurrent.LatestOnly;
import io.universestudio.core.model.Revision;
import io.universestudio.core.validate.ValidationReport;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Validates the session's revision after each change through a {@link LatestOnly} pipeline: debounced, on a
 * background thread, and delivered on the FX thread only if no newer revision came since (stale results are
 * dropped, so the panel never shows problems of text that is gone).
 */
public final class LiveValidation {

    /**
     * A report and the revision it was made for. {@code sequence} numbers the validation requests, so that
     * two equal reports of the same revision are still two deliveries to a change listener.
     */
    public record Result(long sequence, Revision revision, ValidationReport report, long millis) {
    }

    private final LatestOnly<Revision, ValidationReport> pipeline;
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyLongWrapper lastMillis = new ReadOnlyLongWrapper(this, "lastMillis", -1);
    /** The session's openings counted at the last change: a change that raised it is a package opened. */
    private long openingsSeen;

    public LiveValidation(EditorSession session, Function<Revision, ValidationReport> validator,
                          Debouncer debouncer, Executor worker, Executor fx) {
        this.pipeline = new LatestOnly<>("validation", validator, debouncer, worker, fx, this::deliver);
        openingsSeen = session.openings();
        // A package just opened is checked at once: the debounce is for typing (ADR 0154).
        session.currentProperty().addListener((obs, old, now) -> {
            if (session.openings() != openingsSeen) {
                openingsSeen = session.openings();
                pipeline.submitNow(now);
            } else {
                pipeline.submit(now);
            }
        });
        pipeline.submit(session.current());
    }

    private void deliver(LatestOnly.Tagged<Revision, ValidationReport> tagged) {
        lastMillis.set(tagged.millis());
        result.set(new Result(tagged.revision(), tagged.input(), tagged.result(), tagged.millis()));
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Result result() {
        return result.get();
    }

    public ReadOnlyLongProperty lastMillisProperty() {
        return lastMillis.getReadOnlyProperty();
    }
}

package io.universestudio.ui.session;

import io.universestudio.core.model.Revision;
import io.universestudio.core.validate.ValidationReport;
import io.universestudio.core.concurrent.Debouncer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Validates the session's revision after each change: debounced, on a background thread, and the
 * result is delivered on the FX thread only if no newer revision exists by then (stale results are
 * dropped, so the panel never shows problems of text that is gone).
 */
public final class LiveValidation {

    private static final System.Logger LOG = System.getLogger(LiveValidation.class.getName());

    /** A report and the revision it was made for. */
    public record Result(Revision revision, ValidationReport report, long millis) {
    }

    private final EditorSession session;
    private final Function<Revision, ValidationReport> validator;
    private final Debouncer debouncer;
    private final Executor worker;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyLongWrapper lastMillis = new ReadOnlyLongWrapper(this, "lastMillis", -1);
    private volatile Revision latest;

    public LiveValidation(EditorSession session, Function<Revision, ValidationReport> validator,
                          Debouncer debouncer, Executor worker, Executor fx) {
        this.session = session;
        this.validator = validator;
        this.debouncer = debouncer;
        this.worker = worker;
        this.fx = fx;
        session.currentProperty().addListener((obs, old, now) -> request(now));
        request(session.current());
    }

    private void request(Revision revision) {
        latest = revision;
        debouncer.submit(() -> worker.execute(() -> run(revision)));
    }

    private void run(Revision revision) {
        if (revision != latest) {
            return; // a newer edit is already queued
        }
        long start = System.nanoTime();
        ValidationReport report;
        try {
            report = validator.apply(revision);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "The validator failed on a revision", e);
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        fx.execute(() -> deliver(new Result(revision, report, millis)));
    }

    private void deliver(Result r) {
        if (r.revision() != session.current()) {
            return;
        }
        lastMillis.set(r.millis());
        result.set(r);
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

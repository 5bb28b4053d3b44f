package io.universestudio.ui.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.model.Revision;
import io.universestudio.core.render.RenderBudget;
import io.universestudio.core.render.RenderFailure;
import io.universestudio.core.render.RenderFailureKind;
import io.universestudio.core.render.RenderRequest;
import io.universestudio.core.render.RenderResult;
import io.universestudio.ui.common.Debouncer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Renders the session's revision with the what-if options after each change of either: debounced, on
 * the render thread, and delivered on the FX thread only if neither has changed since (stale renders
 * are dropped). Every render keeps to the {@link RenderBudget}, and one that becomes stale while it runs
 * is stopped at once, so a runaway template never holds the render thread from the next edit.
 */
public final class LivePreview {

    private static final System.Logger LOG = System.getLogger(LivePreview.class.getName());

    /** A render and what it was made from. */
    public record Result(Revision revision, RenderRequest request, RenderResult result, long millis) {
    }

    private record Input(Revision revision, RenderRequest request) {
    }

    /** The renderer's entry point, e.g. {@code renderer::render}. */
    @FunctionalInterface
    public interface Render {
        RenderResult render(Revision revision, RenderRequest request, RenderBudget budget);
    }

    private final EditorSession session;
    private final Render renderer;
    private final Debouncer debouncer;
    private final Executor worker;
    private final Executor fx;
    private final ObjectProperty<ObjectNode> options = new SimpleObjectProperty<>(this, "options");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyLongWrapper lastMillis = new ReadOnlyLongWrapper(this, "lastMillis", -1);
    private volatile Input latest;

    public LivePreview(EditorSession session, Render renderer,
                       Debouncer debouncer, Executor worker, Executor fx) {
        this.session = session;
        this.renderer = renderer;
        this.debouncer = debouncer;
        this.worker = worker;
        this.fx = fx;
        options.set(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        session.currentProperty().addListener((o, a, r) -> request());
        options.addListener((o, a, b) -> request());
        request();
    }

    private RenderRequest currentRequest() {
        return RenderRequest.defaults().withOptions(options.get());
    }

    private void request() {
        Input input = new Input(session.current(), currentRequest());
        latest = input;
        debouncer.submit(() -> worker.execute(() -> run(input)));
    }

    private void run(Input input) {
        if (input != latest) {
            return;
        }
        long start = System.nanoTime();
        RenderResult rendered;
        try {
            rendered = renderer.render(input.revision(), input.request(),
                    RenderBudget.DEFAULT.stoppedWhen(() -> input != latest));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "The renderer failed", e);
            return;
        }
        if (rendered instanceof RenderFailure f && f.kind() == RenderFailureKind.RENDER_STOPPED) {
            return; // a newer edit is already queued
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        fx.execute(() -> deliver(input, new Result(input.revision(), input.request(), rendered, millis)));
    }

    private void deliver(Input input, Result r) {
        if (input.revision() != session.current() || !Objects.equals(input.request().options(), options.get())) {
            return;
        }
        lastMillis.set(r.millis());
        result.set(r);
    }

    /** The what-if options (merged over the config defaults, as a user's options are). */
    public ObjectProperty<ObjectNode> optionsProperty() {
        return options;
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

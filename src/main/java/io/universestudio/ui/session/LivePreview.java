package io.universestudio.ui.session;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.concurrent.LatestOnly;
import io.universestudio.core.model.Revision;
import io.universestudio.core.render.RenderBudget;
import io.universestudio.core.render.RenderRequest;
import io.universestudio.core.render.RenderResult;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.concurrent.Executor;

/**
 * Renders the session's revision with the what-if options after each change of either, through a
 * {@link LatestOnly} pipeline: debounced, on the render thread, and delivered on the FX thread only if neither has changed since (stale renders
 * are dropped). Every render keeps to the {@link RenderBudget}, and one that becomes stale while it runs
 * is stopped at once, so a runaway template never holds the render thread from the next edit.
 */
public final class LivePreview {

    /**
     * A render and what it was made from. {@code sequence} numbers the render requests, so that two equal
     * renders are still two deliveries to a change listener.
     */
    public record Result(long sequence, Revision revision, RenderRequest request, RenderResult result,
                         long millis) {
    }

    private record Input(Revision revision, RenderRequest request) {
    }

    /** The renderer's entry point, e.g. {@code renderer::render}. */
    @FunctionalInterface
    public interface Render {
        RenderResult render(Revision revision, RenderRequest request, RenderBudget budget);
    }

    private final EditorSession session;
    private final LatestOnly<Input, RenderResult> pipeline;
    private final ObjectProperty<ObjectNode> options = new SimpleObjectProperty<>(this, "options");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyLongWrapper lastMillis = new ReadOnlyLongWrapper(this, "lastMillis", -1);

    public LivePreview(EditorSession session, Render renderer,
                       Debouncer debouncer, Executor worker, Executor fx) {
        this.session = session;
        LatestOnly.Work<Input, RenderResult> render = (in, stale) ->
                renderer.render(in.revision(), in.request(), RenderBudget.DEFAULT.stoppedWhen(stale));
        this.pipeline = new LatestOnly<>("preview", render,
                debouncer, worker, fx, this::deliver);
        options.set(JsonNodeFactory.instance.objectNode());
        session.currentProperty().addListener((o, a, r) -> request());
        options.addListener((o, a, b) -> request());
        request();
    }

    private void request() {
        pipeline.submit(new Input(session.current(), RenderRequest.defaults().withOptions(options.get())));
    }

    private void deliver(LatestOnly.Tagged<Input, RenderResult> tagged) {
        Input in = tagged.input();
        lastMillis.set(tagged.millis());
        result.set(new Result(tagged.revision(), in.revision(), in.request(), tagged.result(), tagged.millis()));
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

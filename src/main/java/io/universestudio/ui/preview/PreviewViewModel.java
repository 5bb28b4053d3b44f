package io.universestudio.ui.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.json.LocatedJsonReader;
import io.universestudio.core.json.ParsedJson;
import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.render.ConfigDefaults;
import io.universestudio.core.render.OptionsError;
import io.universestudio.core.render.RenderFailure;
import io.universestudio.core.render.RenderSuccess;
import io.universestudio.core.render.RenderedRegion;
import io.universestudio.core.validate.Problem;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.ui.session.LivePreview;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The preview panel's state: the rendered app and its decoded labels, or why there is none (with the line
 * of the rendered text and the template tag responsible), and the what-if options as a list of values
 * and as JSON. Options are what a user would pass at install: merged over the config defaults by the
 * renderer, so "reset" is simply no options.
 */
public final class PreviewViewModel {

    public static final String OPTIONS_CODE = "OPTIONS-INVALID";
    private static final System.Logger LOG = System.getLogger(PreviewViewModel.class.getName());

    private final LivePreview live;
    private final EditorSession session;
    private final Messages messages;
    private final ReadOnlyStringWrapper appText = new ReadOnlyStringWrapper(this, "appText", "");
    private final ReadOnlyStringWrapper labelsText = new ReadOnlyStringWrapper(this, "labelsText", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private final ReadOnlyObjectWrapper<RenderFailure> failed = new ReadOnlyObjectWrapper<>(this, "failed");
    private final ReadOnlyObjectWrapper<List<OptionLeaf>> leaves = new ReadOnlyObjectWrapper<>(this, "leaves", List.of());
    private final ReadOnlyStringWrapper optionsJson = new ReadOnlyStringWrapper(this, "optionsJson", "{}\n");
    private final ReadOnlyStringWrapper optionsJsonError = new ReadOnlyStringWrapper(this, "optionsJsonError");
    private final Executor worker;
    private final Executor fx;
    private Consumer<List<Problem>> problemSink = p -> { };
    private RenderSuccess lastSuccess;
    private io.universestudio.core.json.JsonLocations shownLocations = io.universestudio.core.json.JsonLocations.EMPTY;
    private final ReadOnlyObjectWrapper<CaretValues> caretValues = new ReadOnlyObjectWrapper<>(this, "caretValues", CaretValues.NONE);

    /** As below, with everything done at once on the caller's thread. */
    public PreviewViewModel(LivePreview live, EditorSession session, Messages messages) {
        this(live, session, messages, Runnable::run, Runnable::run);
    }

    /**
     * @param worker where a landed render is made ready to show (its text pretty-printed and located, the
     *               what-if rows listed, the index of what each template tag printed): for dse/700 that is
     *               240 KB of JSON, too much for the FX thread
     * @param fx     where it is shown
     */
    public PreviewViewModel(LivePreview live, EditorSession session, Messages messages, Executor worker, Executor fx) {
        this.live = live;
        this.session = session;
        this.messages = messages;
        this.worker = worker;
        this.fx = fx;
        live.resultProperty().addListener((o, a, r) -> show(r));
        live.optionsProperty().addListener((o, a, b) -> {
            optionsJson.set(JsonText.pretty(b));
            optionsJsonError.set(null);
        });
        if (live.result() != null) {
            show(live.result());
        }
    }

    /** Where option errors go (the problems panel). */
    public void setProblemSink(Consumer<List<Problem>> sink) {
        this.problemSink = sink;
    }

    /** What a render shows, made off the FX thread from the render and the revision and options it was made from. */
    private record Shown(LivePreview.Result of, String appText, io.universestudio.core.json.JsonLocations locations,
                         String labelsText, String failure, List<Problem> problems, List<OptionLeaf> leaves,
                         CaretValues caretValues) {
    }

    private void show(LivePreview.Result r) {
        CompletableFuture.supplyAsync(() -> prepare(r), worker).whenCompleteAsync((shown, failed) -> {
            if (failed != null) {
                LOG.log(System.Logger.Level.ERROR, "The preview could not show a render", failed);
            } else if (live.result() == r) { // else a newer render landed meanwhile
                apply(shown);
            }
        }, fx);
    }

    private Shown prepare(LivePreview.Result r) {
        JsonNode config = r.revision().config().flatMap(JsonDocument::object).orElse(null);
        ObjectNode options = r.request().options();
        if (r.result() instanceof RenderSuccess s) {
            String shown = JsonText.pretty(EncodedLabels.abbreviated(s.renderJson(), n -> messages.get("preview.encodedLabel", n)));
            io.universestudio.core.json.JsonLocations locations = LocatedJsonReader.read(shown).locations();
            CaretValues values = r.revision().template()
                    .map(template -> CaretValues.of(s.sourceMap(), locations, template)).orElse(CaretValues.NONE);
            return new Shown(r, shown, locations, JsonText.pretty(s.labels().decoded()),
                    null, List.of(), leavesOf(s.mergedOptions(), config, options), values);
        }
        RenderFailure f = (RenderFailure) r.result();
        return new Shown(r, f.renderedText() == null ? "" : f.renderedText(), null, "", describe(f),
                optionProblems(f, r.revision().config()), leavesOf(ConfigDefaults.withOptions(config, options), config, options),
                CaretValues.NONE);
    }

    private void apply(Shown s) {
        caretValues.set(s.caretValues());
        if (s.of().result() instanceof RenderSuccess success) {
            lastSuccess = success;
            shownLocations = s.locations();
            appText.set(s.appText());
            labelsText.set(s.labelsText());
            failed.set(null);
            failure.set(null);
        } else {
            RenderFailure f = (RenderFailure) s.of().result();
            failure.set(s.failure());
            failed.set(f);
            appText.set(s.appText());
            labelsText.set("");
        }
        problemSink.accept(s.problems());
        leaves.set(s.leaves());
    }

    private String describe(RenderFailure f) {
        StringBuilder sb = new StringBuilder(f.message());
        f.positionIfAny().ifPresent(p -> sb.append('\n').append(messages.get("preview.atLine", p.line(), p.column())));
        f.tagIfAny().ifPresent(t -> sb.append('\n').append(messages.get("preview.byTag", t.display(), t.start().line())));
        for (OptionsError e : f.optionsErrors()) {
            sb.append('\n').append(e.instancePointer().isEmpty() ? "(options)" : e.instancePointer()).append(": ").append(e.message());
        }
        return sb.toString();
    }

    private List<Problem> optionProblems(RenderFailure f, Optional<JsonDocument> config) {
        List<Problem> out = new ArrayList<>();
        for (OptionsError e : f.optionsErrors()) {
            TextPosition at = config.map(d -> d.locations().nearest(e.schemaPointer())).orElse(null);
            out.add(Problem.error(OPTIONS_CODE).in(RevisionFile.CONFIG).at(e.schemaPointer()).at(at)
                    .hint(messages.get("preview.optionsHint"))
                    .message(messages.get("preview.optionRejected", e.instancePointer().isEmpty() ? "(options)" : e.instancePointer(), e.message())));
        }
        return out;
    }

    /**
     * The leaves in config.json's order. Cosmos's merge puts the user's keys first, so following the merged
     * options would move a row to the top as soon as its value is changed.
     */
    private static List<OptionLeaf> leavesOf(JsonNode merged, JsonNode config, ObjectNode options) {
        List<OptionLeaf> out = new ArrayList<>();
        collect(inOrderOf(merged, ConfigDefaults.extract(config)), "", options, out);
        return out;
    }

    /** {@code node} with its keys in {@code order}'s order first, then the keys only it has, at every level. */
    static JsonNode inOrderOf(JsonNode node, JsonNode order) {
        if (!(node instanceof ObjectNode object) || order == null || !order.isObject()) {
            return node;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        order.fieldNames().forEachRemaining(k -> {
            if (object.has(k)) {
                out.set(k, inOrderOf(object.get(k), order.get(k)));
            }
        });
        object.properties().forEach(e -> {
            if (!out.has(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    private static void collect(JsonNode node, String pointer, ObjectNode options, List<OptionLeaf> out) {
        if (node.isObject() && !node.isEmpty()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), JsonPointers.child(pointer, e.getKey()), options, out);
            }
        } else if (!pointer.isEmpty()) {
            out.add(new OptionLeaf(pointer, node, !options.at(pointer).isMissingNode()));
        }
    }

    /** Sets one option from the small form: numbers, booleans and JSON values keep their type. */
    public void setOption(String pointer, String text) {
        JsonNode current = leaves.get().stream().filter(l -> l.pointer().equals(pointer)).findFirst()
                .map(OptionLeaf::value).orElse(null);
        JsonNode value = TextNode.valueOf(text);
        if (current != null && !current.isTextual()) {
            ParsedJson parsed = LocatedJsonReader.read(text);
            if (parsed.parsed()) {
                value = parsed.tree();
            }
        }
        ObjectNode next = live.optionsProperty().get().deepCopy();
        List<String> tokens = JsonPointers.tokens(pointer);
        ObjectNode at = next;
        for (String token : tokens.subList(0, tokens.size() - 1)) {
            JsonNode child = at.get(token);
            at = child instanceof ObjectNode o ? o : at.putObject(token);
        }
        at.set(tokens.get(tokens.size() - 1), value);
        live.optionsProperty().set(next);
    }

    /** Sets the options from JSON text; text that is not a JSON object is reported and not used. */
    public void setOptionsJson(String text) {
        ParsedJson parsed = LocatedJsonReader.read(text);
        if (!parsed.parsed() || !parsed.tree().isObject()) {
            optionsJsonError.set(parsed.problems().isEmpty() ? messages.get("preview.optionsNotObject")
                    : parsed.problems().get(0).position() + ": " + parsed.problems().get(0).message());
            return;
        }
        optionsJsonError.set(null);
        if (!parsed.tree().equals(live.optionsProperty().get())) {
            live.optionsProperty().set((ObjectNode) parsed.tree());
        }
    }

    public void resetToDefaults() {
        live.optionsProperty().set(JsonNodeFactory.instance.objectNode());
    }

    /**
     * The template tag (and the option it printed) behind the value shown at {@code offset} of the app
     * text. The shown text is the app as Cosmos returns it, not the template's raw output, so the place is
     * matched by the value's JSON pointer, which both share.
     */
    public Optional<RenderedRegion> sourceAt(int offset) {
        if (lastSuccess == null || failed.get() != null) {
            return Optional.empty();
        }
        return shownLocations.pointerAt(offset)
                .flatMap(pointer -> lastSuccess.sourceMap().at(pointer).stream().findFirst())
                .map(io.universestudio.core.render.SourceMap.Entry::region);
    }

    /** For each value tag of the latest render, where its values are in {@link #appTextProperty()}. */
    public ReadOnlyObjectProperty<CaretValues> caretValuesProperty() {
        return caretValues.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty appTextProperty() {
        return appText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty labelsTextProperty() {
        return labelsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RenderFailure> failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<OptionLeaf>> leavesProperty() {
        return leaves.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty optionsJsonProperty() {
        return optionsJson.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty optionsJsonErrorProperty() {
        return optionsJsonError.getReadOnlyProperty();
    }

    public LivePreview live() {
        return live;
    }
}

package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mustachejava.MustacheException;
import io.universestudio.core.json.JsonSyntaxProblem;
import io.universestudio.core.json.LocatedJsonReader;
import io.universestudio.core.json.ParsedJson;
import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.template.MustacheScanner;
import io.universestudio.core.template.TemplateStructure;
import io.universestudio.core.template.TemplateTag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a revision's Marathon app as DC/OS Cosmos 0.6.3 does ({@code PackageDefinitionRenderer}): config
 * defaults, the user's options merged over them, validation against config.json, the scope with
 * {@code resource}, mustache, strict JSON, then the app id and the Cosmos labels.
 *
 * <p>Thread-safe; one instance can serve the whole application. Compiled templates and schemas are cached
 * by their text, so re-rendering after an edit to the options or to package.json costs only the render.
 * Never throws for bad content: every failure is a {@link RenderFailure}. Every render keeps to a
 * {@link RenderBudget} ({@link RenderBudget#DEFAULT} unless given), so no template can take the JVM's
 * memory or stack.
 */
public final class Renderer {

    private static final System.Logger LOG = System.getLogger(Renderer.class.getName());

    private final TemplateCompiler compiler = new TemplateCompiler();
    private final OptionsValidator validator = new OptionsValidator();
    private final Map<DefinitionKey, CosmosLabels.Definition> definitions = new ConcurrentHashMap<>();

    /**
     * A revision's content by the identity of its file texts: an edit replaces only the edited file's
     * SourceText, so unchanged packages hit the cache and any edit misses it.
     */
    private record DefinitionKey(List<Object> sources, Object ref) {
        static DefinitionKey of(Revision revision) {
            List<Object> sources = new ArrayList<>();
            for (RevisionFile f : RevisionFile.values()) {
                sources.add(revision.source(f).map(Object.class::cast).orElse(f));
            }
            return new DefinitionKey(sources, revision.origin().ref());
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof DefinitionKey other) || other.sources.size() != sources.size()
                    || !java.util.Objects.equals(ref, other.ref)) {
                return false;
            }
            for (int i = 0; i < sources.size(); i++) {
                if (sources.get(i) != other.sources.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = java.util.Objects.hashCode(ref);
            for (Object s : sources) {
                h = 31 * h + System.identityHashCode(s);
            }
            return h;
        }
    }

    public RenderResult render(Revision revision, RenderRequest request) {
        return render(revision, request, RenderBudget.DEFAULT);
    }

    /** Renders within {@code budget}: going over it gives {@link RenderFailureKind#RENDER_BUDGET_EXCEEDED}. */
    public RenderResult render(Revision revision, RenderRequest request, RenderBudget budget) {
        try {
            return renderChecked(revision, request, budget);
        } catch (RuntimeException e) {
            RenderBudgetExceeded over = RenderBudgetExceeded.in(e);
            if (over != null) {
                return overBudget(over);
            }
            // A bug of ours must not take the preview down; report it like Cosmos reports its own (500).
            LOG.log(System.Logger.Level.WARNING, "Rendering failed unexpectedly", e);
            return RenderFailure.of(RenderFailureKind.TEMPLATE_RUNTIME_ERROR,
                    "The template could not be rendered because of an internal error; the details are in the log.");
        } catch (StackOverflowError e) {
            // The budget's depth limits keep templates away from this; whatever still nests too deeply (a
            // scope thousands of levels deep) unwinds here, and nothing of the render is kept.
            LOG.log(System.Logger.Level.WARNING, "Rendering ran out of stack");
            return RenderFailure.of(RenderFailureKind.RENDER_BUDGET_EXCEEDED, "The template or its options nest too"
                    + " deeply to render. Nest fewer sections, or flatten the option values.");
        }
    }

    private static RenderFailure overBudget(RenderBudgetExceeded over) {
        RenderFailureKind kind = over.reason() == RenderBudgetExceeded.Reason.STOPPED
                ? RenderFailureKind.RENDER_STOPPED : RenderFailureKind.RENDER_BUDGET_EXCEEDED;
        return new RenderFailure(kind, over.getMessage(), List.of(), null, null, over.culprit());
    }

    private RenderResult renderChecked(Revision revision, RenderRequest request, RenderBudget budget) {
        String template = revision.template().orElse("");
        if (template.isEmpty()) {
            return RenderFailure.of(RenderFailureKind.SERVICE_MARATHON_TEMPLATE_NOT_FOUND,
                    "The package has no marathon.json.mustache, so there is no Marathon app to render"
                            + " (a CLI-only package).");
        }
        if (revision.packageJson().map(d -> d.object().isEmpty()).orElse(true)) {
            return RenderFailure.of(RenderFailureKind.INVALID_PACKAGE,
                    "package.json is missing or is not a JSON object, so the package cannot be rendered.");
        }
        JsonDocument configDoc = revision.config().orElse(null);
        if (configDoc != null && configDoc.object().isEmpty()) {
            return RenderFailure.of(RenderFailureKind.INVALID_PACKAGE,
                    "config.json is not a JSON object (fix its syntax first), so the options cannot be checked.");
        }
        ObjectNode config = configDoc == null ? null : configDoc.object().orElseThrow();

        ObjectNode merged = ConfigDefaults.withOptions(config, request.options());
        RenderFailure invalid = validate(config, configDoc, merged);
        if (invalid != null) {
            return invalid;
        }
        CosmosLabels.Definition definition = definition(revision);
        ObjectNode resourceFragment = JsonNodeFactory.instance.objectNode();
        // The scope's resource is the package's, as Cosmos decoded and re-encoded it (resourceJson).
        resourceFragment.set("resource", definition.packageDefinition().get("resource"));
        JsonNode scope = JsonMerge.deepMerge(merged, resourceFragment);

        TemplateCompiler.Compiled compiled = compiler.compile(template);
        if (compiled.tooDeep() != null) {
            return overBudget(new RenderBudgetExceeded(compiled.tooDeep(), RenderBudget.MAX_DEPTH));
        }
        if (!compiled.ok()) {
            return RenderFailure.of(RenderFailureKind.TEMPLATE_COMPILE_ERROR,
                    "The template does not compile: " + compiled.error());
        }
        CompiledTemplate.Output output;
        try {
            output = compiled.template().run(scope, budget);
        } catch (MustacheException e) {
            RenderBudgetExceeded over = RenderBudgetExceeded.in(e);
            if (over != null) {
                return overBudget(over);
            }
            return RenderFailure.of(RenderFailureKind.TEMPLATE_RUNTIME_ERROR,
                    "The template failed while rendering: " + e.getMessage());
        }
        return finish(template, request, config, merged, output, definition);
    }

    private RenderFailure validate(ObjectNode config, JsonDocument configDoc, ObjectNode merged) {
        if (merged.isEmpty()) {
            return null;
        }
        if (config == null) {
            return RenderFailure.of(RenderFailureKind.OPTIONS_NOT_ALLOWED,
                    "The package has no config.json, so it takes no options (No schema available to validate"
                            + " the provided options).");
        }
        List<OptionsError> errors;
        try {
            errors = validator.validate(config, configDoc.text(), merged);
        } catch (RuntimeException | StackOverflowError e) {
            // The validator cannot use this schema (e.g. an invalid regex); Cosmos would fail too.
            return RenderFailure.of(RenderFailureKind.INVALID_PACKAGE,
                    "config.json cannot be used to check the options: " + unusableSchema(e));
        }
        if (errors.isEmpty()) {
            return null;
        }
        return new RenderFailure(RenderFailureKind.JSON_SCHEMA_MISMATCH,
                "Options JSON failed validation: the config.json defaults merged with the given options do not"
                        + " satisfy config.json.", errors, null, null, null);
    }

    /** Why the schema library could not use config.json, in words (its own messages name Java classes). */
    private static String unusableSchema(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.util.regex.PatternSyntaxException p) {
                return "the pattern \"" + p.getPattern() + "\" is not a valid regular expression (" + p.getDescription()
                        + ").";
            }
        }
        if (e instanceof StackOverflowError) {
            return "its schemas refer to each other without end.";
        }
        LOG.log(System.Logger.Level.DEBUG, "config.json could not be used as a schema", e);
        return "the schema library cannot use it as a schema.";
    }

    private CosmosLabels.Definition definition(Revision revision) {
        DefinitionKey key = DefinitionKey.of(revision);
        CosmosLabels.Definition hit = definitions.get(key);
        if (hit == null) {
            hit = CosmosLabels.definition(revision);
            if (definitions.size() >= 32) {
                definitions.clear();
            }
            definitions.put(key, hit);
        }
        return hit;
    }

    private static RenderResult finish(String template, RenderRequest request, ObjectNode config,
                                       ObjectNode merged, CompiledTemplate.Output output,
                                       CosmosLabels.Definition definition) {
        String text = output.text();
        ParsedJson parsed = LocatedJsonReader.read(text);
        if (!parsed.parsed()) {
            return notJson(template, text, output);
        }
        JsonNode tree = parsed.tree();
        if (!tree.isObject()) {
            return new RenderFailure(RenderFailureKind.MARATHON_TEMPLATE_MUST_BE_JSON_OBJECT,
                    "The rendered template is JSON but not an object: a Marathon app must be a JSON object.",
                    List.of(), text, null, null);
        }
        ObjectNode rendered = (ObjectNode) tree;
        JsonNode templateLabels = rendered.get("labels");
        if (templateLabels != null && !templateLabels.isNull() && !stringMap(templateLabels)) {
            return new RenderFailure(RenderFailureKind.JSON_DECODING_ERROR,
                    "\"labels\" in the rendered app must be an object whose values are all strings.",
                    List.of(), text, parsed.locations().nearest("/labels"),
                    SourceMap.regionAt(output.regions(), parsed.locations().nearest("/labels").offset())
                            .map(RenderedRegion::tag).orElse(null));
        }
        JsonNode resource = definition.packageDefinition().get("resource");
        // The labels (a gzip of the whole package) and the decorated app (three copies of the tree) are made
        // when asked for: the preview and the render command ask, lint renders never do.
        return new RenderSuccess(() -> {
            CosmosLabels labels = CosmosLabels.of(definition, request.options(), request.source());
            return new RenderSuccess.Decorated(decorate(rendered, templateLabels, labels, request.appId()), labels);
        }, text, merged, parsed.duplicateKeys(),
                () -> SourceMap.build(output, tree, parsed.locations(), template, config, resource));
    }

    /**
     * The rendered text does not parse: say what is wrong in the template's own lines, and where in the
     * template the text at fault came from (ADR 0117).
     */
    private static RenderFailure notJson(String template, String text, CompiledTemplate.Output output) {
        if (text.isBlank()) {
            return new RenderFailure(RenderFailureKind.JSON_PARSING_ERROR, "The template rendered no text at all;"
                    + " a Marathon app must be a JSON object.", List.of(), text, null, null, null, null);
        }
        TemplateOrigin origin = TemplateOrigin.of(output, template);
        JsonSyntaxProblem p = LocatedJsonReader.read(text, origin.lineNames(text, template)).problems().get(0);
        int culprit = Math.min(p.culpritOffset(), Math.max(0, text.length() - 1));
        java.util.OptionalInt inTemplate = p.kind().missingSeparator() ? origin.templateOffsetAfter(culprit)
                : origin.templateOffsetNear(culprit);
        TextPosition templatePosition = inTemplate.isPresent()
                ? TextPosition.ofOffset(template, inTemplate.getAsInt()) : null;
        TemplateTag tag = origin.tagBehind(culprit, p.stoppedAt().offset()).orElse(null);
        RenderedRegion printed = p.kind().missingSeparator() ? null : origin.valueRegionAt(culprit);
        if (printed != null) {
            // The character came from an option's value, not from the template's own text: say which tag.
            p = new JsonSyntaxProblem(p.message() + ", in the text " + printed.tag().display() + " printed",
                    p.position(), p.hint(), p.kind(), p.stoppedAt());
        }
        return new RenderFailure(RenderFailureKind.JSON_PARSING_ERROR, "The rendered template is not valid JSON: "
                + p.message() + ".", List.of(), text, p.stoppedAt(), tag, templatePosition, p);
    }

    private static boolean stringMap(JsonNode labels) {
        if (!labels.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : labels.properties()) {
            if (!e.getValue().isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** Cosmos's {@code decorateMarathonJson}: the app id override, then the template labels, then its own. */
    private static ObjectNode decorate(ObjectNode rendered, JsonNode templateLabels, CosmosLabels labels, String appId) {
        ObjectNode app = rendered;
        if (appId != null) {
            ObjectNode idFragment = JsonNodeFactory.instance.objectNode()
                    .put("id", appId.startsWith("/") ? appId : "/" + appId);
            app = JsonMerge.deepMerge(app, idFragment);
        }
        ObjectNode templateFragment = JsonNodeFactory.instance.objectNode();
        templateFragment.set("labels", templateLabels == null || templateLabels.isNull()
                ? JsonNodeFactory.instance.objectNode() : templateLabels);
        app = JsonMerge.deepMerge(app, templateFragment);
        ObjectNode cosmos = JsonNodeFactory.instance.objectNode();
        ObjectNode cosmosLabels = cosmos.putObject("labels");
        labels.asMap().forEach(cosmosLabels::put);
        return JsonMerge.deepMerge(app, cosmos);
    }

    /** The {@code resource} the template sees for this revision (resource.json as Cosmos re-encodes it). */
    JsonNode resourceScope(Revision revision) {
        return definition(revision).packageDefinition().get("resource");
    }

    /**
     * Renders the template's bare text for one set of options after another, with nothing checked (no
     * option validation, labels or source map); empty when the package cannot be rendered at all. For lints
     * that try many option values: they render in full only the variations whose text is not JSON.
     */
    Optional<TextVariations> textVariations(Revision revision) {
        String template = revision.template().orElse("");
        JsonDocument configDoc = revision.config().orElse(null);
        if (template.isEmpty() || revision.packageJson().flatMap(JsonDocument::object).isEmpty()
                || (configDoc != null && configDoc.object().isEmpty())) {
            return Optional.empty();
        }
        TemplateCompiler.Compiled compiled = compiler.compile(template);
        if (!compiled.ok()) {
            return Optional.empty();
        }
        ObjectNode config = configDoc == null ? null : configDoc.object().orElseThrow();
        ObjectNode resourceFragment = JsonNodeFactory.instance.objectNode();
        resourceFragment.set("resource", resourceScope(revision));
        return Optional.of(new TextVariations(compiled.template(), ConfigDefaults.extract(config), resourceFragment));
    }

    /** One template with its defaults and resource, rendered to text per options (thread-safe). */
    static final class TextVariations {
        private final CompiledTemplate template;
        private final ObjectNode defaults;
        private final ObjectNode resourceFragment;

        private final int hash;
        /** The lists and maps of the defaults and the resource, converted once for all variations. */
        private volatile Map<JsonNode, Object> converted;

        private TextVariations(CompiledTemplate template, ObjectNode defaults, ObjectNode resourceFragment) {
            this.template = template;
            this.defaults = defaults;
            this.resourceFragment = resourceFragment;
            this.hash = 31 * System.identityHashCode(template) + defaults.hashCode();
        }

        /** What decides the text for {@code options}: equal inputs render equal text. */
        Object inputsFor(ObjectNode options) {
            return new Inputs(template, defaults, resourceFragment, hash, options);
        }

        /** Not the variations themselves: a cache of results keeps these, not the scope converted for renders. */
        private record Inputs(CompiledTemplate template, ObjectNode defaults, ObjectNode resourceFragment, int hash,
                              ObjectNode options) {
            @Override
            public boolean equals(Object o) {
                // The compiler hands out one compiled template per template text, so identity is equality.
                return o instanceof Inputs other && template == other.template && options.equals(other.options)
                        && defaults.equals(other.defaults) && resourceFragment.equals(other.resourceFragment);
            }

            @Override
            public int hashCode() {
                return 31 * hash + options.hashCode();
            }
        }

        private Map<JsonNode, Object> converted() {
            Map<JsonNode, Object> c = converted;
            if (c == null) {
                synchronized (this) {
                    c = converted;
                    if (c == null) {
                        c = ScopeValues.containersBelow(defaults, resourceFragment);
                        converted = c;
                    }
                }
            }
            return c;
        }

        /**
         * The rendered text, merged in Cosmos's order; empty when mustache fails at run time or the render goes
         * over {@code budget}.
         */
        Optional<String> text(ObjectNode options, RenderBudget budget) {
            try {
                // Read only by the render, so the defaults and the resource are shared, not copied.
                return Optional.of(template.text(JsonMerge.mergeSharing(JsonMerge.mergeSharing(defaults, options),
                        resourceFragment), converted(), budget));
            } catch (MustacheException | RenderBudgetExceeded | StackOverflowError e) {
                return Optional.empty();
            }
        }
    }

    /**
     * Whether Cosmos's engine compiles {@code template}. The compiled template is kept, so the renders of the
     * same text that follow do not compile it again.
     */
    public boolean compiles(String template) {
        return compiler.compile(template).ok();
    }

    /** The template's tags, for tools that point into the template (lints, the editor). */
    public TemplateStructure tags(String template) {
        TemplateCompiler.Compiled c = compiler.compile(template);
        return c.ok() ? c.template().tags() : MustacheScanner.scan(template);
    }
}

package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.json.LocatedJsonReader;
import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.template.TemplateStructure;
import io.universestudio.core.template.TemplateTag;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lints marathon.json.mustache against what Cosmos will do with it (codes {@code TEMPLATE-...}):
 * <ul>
 *   <li>it renders with the config defaults to a JSON object: compile errors, a non-object and bad labels
 *       are errors (no accepted Universe package has them); output that is not JSON and options that need
 *       user input are warnings, because accepted packages have both and Cosmos refuses them too;</li>
 *   <li>names nothing defines, options the template never uses;</li>
 *   <li>{@code {{obj}}} on an object (prints {@code {k=v}}), string options printed without quotes,
 *       {@code "{{.}}"} and {@code "{{arr}}"} on string arrays (doubled quotes);</li>
 *   <li>sections whose commas break the JSON when an option takes another value (found by rendering
 *       with that value).</li>
 * </ul>
 * A template that goes over the {@link RenderBudget} with its defaults is an error ({@code TEMPLATE-BUDGET});
 * the defaults render and the variations share one budget, so the rule ends in about the budget's time.
 * Thread-safe; renders through one shared {@link Renderer} so compiled templates are reused.
 */
public final class TemplateRule implements Rule {

    /** Enough to cover the options that switch sections in real templates, bounded for the live panel. */
    private static final int MAX_VARIATIONS = 48;

    private final Renderer renderer;
    private final RenderBudget budget;
    /**
     * Whether a variation renders JSON, by what decides its text: typing in config.json or package.json
     * leaves the template, defaults and resource as they were, so the variations need no rendering again.
     * Room for the edited revision's variations twice over: each entry keeps its compiled template, defaults
     * and resource alive, and at 512 entries a whole-corpus validate kept 100 MB alive for 1 % hits (ADR 0159).
     */
    private final Map<Object, Boolean> wellFormed = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Boolean> eldest) {
                    return size() > 2 * MAX_VARIATIONS;
                }
            });

    public TemplateRule() {
        this(new Renderer());
    }

    public TemplateRule(Renderer renderer) {
        this(renderer, RenderBudget.DEFAULT);
    }

    public TemplateRule(Renderer renderer, RenderBudget budget) {
        this.renderer = renderer;
        this.budget = budget;
    }

    @Override
    public List<Problem> check(Revision revision) {
        String template = revision.template().orElse("");
        if (template.isEmpty() || revision.packageJson().flatMap(JsonDocument::object).isEmpty()) {
            return List.of();
        }
        JsonDocument configDoc = revision.config().orElse(null);
        if (configDoc != null && configDoc.object().isEmpty()) {
            return List.of();
        }
        List<Problem> out = new ArrayList<>();
        RenderBudget shared = budget.startedNow();
        RenderResult defaults = renderer.render(revision, RenderRequest.defaults(), shared);
        renderProblems(defaults, configDoc, out);
        if (defaults instanceof RenderFailure f && (f.kind() == RenderFailureKind.TEMPLATE_COMPILE_ERROR
                || f.kind() == RenderFailureKind.RENDER_STOPPED || f.kind() == RenderFailureKind.RENDER_BUDGET_EXCEEDED)) {
            return out; // the template must change first; a runaway one is not analysed further
        }
        JsonNode config = configDoc == null ? null : configDoc.tree().orElse(null);
        TemplateStructure tags = renderer.tags(template);
        JsonNode resource = CosmosPackage.resource(revision);
        List<TemplateUses.Use> uses = new TemplateUses(config, resource).analyse(template, tags);
        undefined(template, config, resource, uses, out);
        valueShapes(uses, out);
        if (configDoc != null) {
            unused(configDoc, uses, template, out);
        }
        if (defaults instanceof RenderSuccess) {
            commas(revision, uses, out, shared);
        }
        return out;
    }

    private static void renderProblems(RenderResult result, JsonDocument configDoc, List<Problem> out) {
        if (!(result instanceof RenderFailure f)) {
            return;
        }
        TextPosition at = f.tag() == null ? null : f.tag().start();
        String optionsPointer = f.optionsErrors().isEmpty() ? "" : schemaPointerOf(f.optionsErrors().get(0));
        TextPosition inConfig = configDoc == null ? null : configDoc.locations().nearest(optionsPointer);
        switch (f.kind()) {
            case SERVICE_MARATHON_TEMPLATE_NOT_FOUND, INVALID_PACKAGE, RENDER_STOPPED -> {
                // Nothing to render, other rules report the broken file, or the caller has moved on.
            }
            case RENDER_BUDGET_EXCEEDED -> out.add(Problem.error("TEMPLATE-BUDGET").in(RevisionFile.TEMPLATE)
                    .at(at == null ? TextPosition.START : at)
                    .hint("Loop over fewer items, nest fewer sections, or move the repetition into the options.")
                    .message("The template goes over what a render may take: " + f.message()));
            case JSON_SCHEMA_MISMATCH, OPTIONS_NOT_ALLOWED -> out.add(Problem.warning("TEMPLATE-NEEDS-INPUT")
                    .in(RevisionFile.CONFIG).at(optionsPointer).at(inConfig)
                    .hint("Give the options defaults that satisfy config.json, or document what users must set.")
                    .message("The package needs user input: with the config.json defaults alone, Cosmos refuses to"
                            + " render it (" + firstError(f) + ")."));
            case JSON_PARSING_ERROR -> out.add(Problem.warning("TEMPLATE-NOT-JSON").in(RevisionFile.TEMPLATE)
                    .at(f.templatePosition() != null ? f.templatePosition() : at)
                    .hint(f.syntax() != null ? f.syntax().hint() + " Check the result in the preview."
                            : "Look at the rendered text in the preview; quote string values and mind the commas"
                            + " around sections.")
                    .message("With the default options the template does not render JSON, so Cosmos cannot install"
                            + " the package without other options: " + (f.syntax() != null ? f.syntax().message()
                            + "." : f.message())));
            case TEMPLATE_COMPILE_ERROR, TEMPLATE_RUNTIME_ERROR -> out.add(Problem.error("TEMPLATE-COMPILE")
                    .in(RevisionFile.TEMPLATE).at(at)
                    .hint("Check that every {{#section}} and {{^section}} is closed by a matching {{/section}}.")
                    .message("Cosmos cannot render the template: " + f.message()));
            case MARATHON_TEMPLATE_MUST_BE_JSON_OBJECT -> out.add(Problem.error("TEMPLATE-NOT-OBJECT")
                    .in(RevisionFile.TEMPLATE).at(TextPosition.START)
                    .hint("Wrap the app definition in { ... }.")
                    .message("The template renders JSON that is not an object; a Marathon app must be a JSON object."));
            case JSON_DECODING_ERROR -> out.add(Problem.error("TEMPLATE-LABELS").in(RevisionFile.TEMPLATE).at(at)
                    .hint("Quote every label value, e.g. \"DCOS_SERVICE_PORT_INDEX\": \"0\".")
                    .message("\"labels\" must map names to strings; Cosmos refuses other values."));
        }
    }

    private static String firstError(RenderFailure f) {
        if (f.optionsErrors().isEmpty()) {
            return f.message();
        }
        OptionsError e = f.optionsErrors().get(0);
        return (e.instancePointer().isEmpty() ? "" : e.instancePointer() + ": ") + e.message();
    }

    private static String schemaPointerOf(OptionsError e) {
        String p = e.schemaPointer();
        return p == null ? "" : p.startsWith("#") ? p.substring(1) : p;
    }

    private static void undefined(String template, JsonNode config, JsonNode resource, List<TemplateUses.Use> uses,
                                  List<Problem> out) {
        Set<String> reported = new HashSet<>();
        for (TemplateUses.Use use : uses) {
            if (use.target() != TemplateUses.Target.UNDEFINED || !reported.add(use.tag().name())) {
                continue;
            }
            String name = use.tag().name();
            boolean resourceName = name.startsWith("resource.");
            String suggestion = ClosestName.suggest(name, config, resource, use.enclosing());
            List<TemplateTag> sameName = uses.stream().filter(u -> u.target() == TemplateUses.Target.UNDEFINED
                    && u.tag().name().equals(name)).map(TemplateUses.Use::tag).toList();
            String shown = suggestion == null ? null : use.tag().withName(suggestion).display();
            out.add(Problem.warning("TEMPLATE-UNDEFINED-VARIABLE").in(RevisionFile.TEMPLATE).at(use.tag().start())
                    .hint(suggestion != null ? "Did you mean " + shown + "? Otherwise "
                            + (resourceName ? "add the entry to resource.json." : "declare \"" + name
                            + "\" in config.json (with a default).")
                            : resourceName ? "Add the entry to resource.json, or fix the name."
                            : "Declare \"" + name + "\" in config.json (with a default), or fix the name.")
                    .fix(suggestion == null ? null : ClosestName.renameFix(template, sameName, name, suggestion))
                    .message(use.tag().display() + " refers to " + (resourceName ? "a resource entry that resource.json"
                            : "an option that config.json") + " does not define, so it always renders as if empty."
                            + (suggestion != null ? " Did you mean " + shown + "?" : "")
                            + (name.contains(" ") ? " (A literal \"{{\" in the text needs set-delimiter tags.)" : "")));
        }
    }

    private static void valueShapes(List<TemplateUses.Use> uses, List<Problem> out) {
        for (TemplateUses.Use use : uses) {
            TemplateTag tag = use.tag();
            if (!tag.isValue()) {
                continue;
            }
            if (tag.name().equals(".")) {
                JsonNode items = use.enclosing() == null ? null : use.enclosing().get("items");
                if (use.insideString() && items != null && "string".equals(items.path("type").asText())) {
                    out.add(Problem.warning("TEMPLATE-ARRAY-QUOTES").in(RevisionFile.TEMPLATE).at(tag.start())
                            .hint("Write {{.}} without quotes: Cosmos already prints each string of an array with its quotes.")
                            .message("\"{{.}}\" inside a section over an array of strings prints the quotes twice"
                                    + " (\"\"a\"\"), which is not valid JSON."));
                }
                continue;
            }
            JsonNode schema = use.schema();
            JsonNode resourceValue = use.resourceValue();
            if (isObject(schema) || (resourceValue != null && resourceValue.isObject())
                    || (isArray(schema) && isObject(schema.get("items")))) {
                out.add(Problem.warning("TEMPLATE-OBJECT-PRINTED").in(RevisionFile.TEMPLATE).at(tag.start())
                        .hint("Use a section ({{#" + tag.name() + "}}...{{/" + tag.name() + "}}) with the fields inside,"
                                + " or a string option with {{#asJson}}name{{/asJson}}.")
                        .message(tag.display() + " prints an object, which Cosmos writes as {k=v} (Java's format,"
                                + " never valid JSON)."));
            } else if (isArray(schema) && use.insideString() && "string".equals(schema.path("items").path("type").asText())) {
                out.add(Problem.warning("TEMPLATE-ARRAY-QUOTES").in(RevisionFile.TEMPLATE).at(tag.start())
                        .hint("Write " + tag.display() + " without the surrounding quotes: it prints a JSON array.")
                        .message("\"" + tag.display() + "\" puts an array of strings inside a JSON string; its"
                                + " quotes break the JSON."));
            } else if (schema != null && "string".equals(schema.path("type").asText()) && !use.insideString()) {
                out.add(Problem.warning("TEMPLATE-UNQUOTED-STRING").in(RevisionFile.TEMPLATE).at(tag.start())
                        .hint("Write \"" + tag.display() + "\": Cosmos escapes the string's quotes, so it cannot add JSON"
                                + " itself (a list of values belongs in an array option).")
                        .message(tag.display() + " prints a string option without quotes; the result is valid JSON"
                                + " only for some values."));
            }
        }
    }

    private static boolean isObject(JsonNode schema) {
        return schema != null && ("object".equals(schema.path("type").asText()) || schema.has("properties"));
    }

    private static boolean isArray(JsonNode schema) {
        return schema != null && ("array".equals(schema.path("type").asText()) || schema.has("items"));
    }

    private static void unused(JsonDocument configDoc, List<TemplateUses.Use> uses, String template, List<Problem> out) {
        Set<String> used = new HashSet<>();
        boolean open = false;
        for (TemplateUses.Use use : uses) {
            if (use.target() == TemplateUses.Target.OPTION) {
                used.add(use.schemaPointer());
            }
            if (use.target() == TemplateUses.Target.LAMBDA && use.tag().kind() == TemplateTag.Kind.SECTION
                    && use.tag().closeStart() > use.tag().endOffset()) {
                String key = template.substring(use.tag().endOffset(), use.tag().closeStart());
                used.add(JsonPointers.child("/properties", key));
            }
            open |= use.target() == TemplateUses.Target.OPEN && !use.tag().name().equals(".")
                    && use.tag().kind() != TemplateTag.Kind.SECTION && use.enclosing() == null;
        }
        if (open) {
            return;
        }
        Set<String> aboveUsed = new HashSet<>();
        for (String u : used) {
            for (int slash = u.lastIndexOf('/'); slash > 0; slash = u.lastIndexOf('/', slash - 1)) {
                aboveUsed.add(u.substring(0, slash));
            }
        }
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        leaves(configDoc.objectOrEmpty(), "", leaves);
        for (String leaf : leaves.keySet()) {
            if (!isUsed(leaf, used, aboveUsed)) {
                String option = optionName(leaf);
                out.add(Problem.warning("TEMPLATE-UNUSED-OPTION").in(RevisionFile.CONFIG).at(leaf)
                        .at(configDoc.locations().nearest(leaf))
                        .hint("Use {{" + option + "}} in marathon.json.mustache, or remove the option.")
                        .message("The option " + option + " is never used by the template, so setting it changes"
                                + " nothing in the app."));
            }
        }
    }

    /** The leaf is used itself, as part of a used object above it, or through a used option below it. */
    private static boolean isUsed(String leaf, Set<String> used, Set<String> aboveUsed) {
        if (used.contains(leaf) || aboveUsed.contains(leaf) || used.contains("")) {
            return true;
        }
        for (int slash = leaf.lastIndexOf('/'); slash > 0; slash = leaf.lastIndexOf('/', slash - 1)) {
            if (used.contains(leaf.substring(0, slash))) {
                return true;
            }
        }
        return false;
    }

    private static void leaves(JsonNode schema, String pointer, Map<String, JsonNode> out) {
        JsonNode props = schema.get("properties");
        if (props == null || !props.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : props.properties()) {
            String child = JsonPointers.child(pointer + "/properties", e.getKey());
            JsonNode s = e.getValue();
            if (s.isObject() && s.has("properties") && s.get("properties").size() > 0) {
                leaves(s, child, out);
            } else {
                out.put(child, s);
            }
        }
    }

    private static String optionName(String schemaPointer) {
        return String.join(".", JsonPointers.tokens(schemaPointer).stream().filter(t -> !t.equals("properties"))
                .toList());
    }

    /**
     * Renders once per option that switches a section, with the value flipped; reports the sections whose
     * commas then break the JSON. The variations are independent, so they render side by side; most give
     * valid JSON and are dismissed on their bare text, the others are rendered in full to find the tag.
     */
    private void commas(Revision revision, List<TemplateUses.Use> uses, List<Problem> out, RenderBudget shared) {
        Renderer.TextVariations texts = renderer.textVariations(revision).orElse(null);
        if (texts == null) {
            return;
        }
        Map<String, TemplateUses.Use> switches = new LinkedHashMap<>();
        for (TemplateUses.Use use : uses) {
            if (use.tag().isSection() && use.target() == TemplateUses.Target.OPTION && use.enclosing() == null) {
                switches.putIfAbsent(use.schemaPointer(), use);
            }
        }
        List<Variation> variations = new ArrayList<>();
        for (Map.Entry<String, TemplateUses.Use> e : switches.entrySet()) {
            JsonNode flipped = flip(e.getValue().schema());
            if (flipped != null && variations.size() < MAX_VARIATIONS) {
                variations.add(Variation.of(e.getKey(), e.getValue(), flipped));
            }
        }
        List<RenderFailure> failures = variations.parallelStream()
                .map(v -> shared.timeIsUp() || shared.stopped() || isWellFormed(texts, v.options(), shared) ? null
                        : strayComma(revision, v, shared))
                .toList();
        Set<String> reported = new LinkedHashSet<>();
        for (int i = 0; i < variations.size(); i++) {
            RenderFailure f = failures.get(i);
            if (f == null) {
                continue;
            }
            Variation v = variations.get(i);
            TemplateTag culprit = f.tag() != null ? f.tag() : v.use().tag();
            if (reported.add(culprit.startOffset() + culprit.name())) {
                out.add(Problem.warning("TEMPLATE-TRAILING-COMMA").in(RevisionFile.TEMPLATE).at(culprit.start())
                        .hint("Put the comma inside the section on the side that always has a neighbour, or end the"
                                + " list with an element that is always there.")
                        .message("With " + String.join(".", v.path()) + " = " + v.flipped() + " the rendered JSON has"
                                + " a stray comma near " + culprit.display() + " (rendered line " + f.position().line()
                                + "), so Cosmos refuses that choice."));
            }
        }
    }

    /**
     * A variation that fails at run time counts as well-formed: only broken JSON is this lint's business. One
     * that runs out of budget is not remembered, as another time it may finish.
     */
    private boolean isWellFormed(Renderer.TextVariations texts, ObjectNode options, RenderBudget shared) {
        Object inputs = texts.inputsFor(options);
        Boolean known = wellFormed.get(inputs);
        if (known == null) {
            java.util.Optional<String> text = texts.text(options, shared);
            known = text.map(LocatedJsonReader::isWellFormed).orElse(true);
            if (text.isPresent() || !shared.timeIsUp() && !shared.stopped()) {
                wellFormed.put(inputs, known);
            }
        }
        return known;
    }

    /** The full render of a variation when its JSON breaks at a comma; null otherwise. */
    private RenderFailure strayComma(Revision revision, Variation v, RenderBudget shared) {
        RenderResult r = renderer.render(revision, RenderRequest.defaults().withOptions(v.options()), shared);
        return r instanceof RenderFailure f && f.kind() == RenderFailureKind.JSON_PARSING_ERROR
                && f.position() != null && commaProblem(f.renderedText(), f.position().offset()) ? f : null;
    }

    /** One option set to its other value: the options object that does it and the option's path. */
    private record Variation(TemplateUses.Use use, JsonNode flipped, List<String> path, ObjectNode options) {
        static Variation of(String schemaPointer, TemplateUses.Use use, JsonNode flipped) {
            List<String> path = JsonPointers.tokens(schemaPointer).stream().filter(t -> !t.equals("properties")).toList();
            ObjectNode options = JsonNodeFactory.instance.objectNode();
            ObjectNode at = options;
            for (int i = 0; i < path.size() - 1; i++) {
                at = at.putObject(path.get(i));
            }
            at.set(path.get(path.size() - 1), flipped);
            return new Variation(use, flipped, path, options);
        }
    }

    /** The other value a section switch can take, or null when there is no obvious one. */
    private static JsonNode flip(JsonNode schema) {
        JsonNode def = schema.get("default");
        String type = schema.path("type").asText("");
        if (type.equals("boolean")) {
            return BooleanNode.valueOf(def == null || !def.asBoolean());
        }
        if (type.equals("string") && schema.get("enum") == null && schema.get("pattern") == null
                && schema.get("format") == null) {
            return def != null && def.isTextual() && !def.asText().isEmpty() ? TextNode.valueOf("") : TextNode.valueOf("x");
        }
        if (type.equals("array") && def != null && def.isArray() && !def.isEmpty()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        return null;
    }

    /** True when the JSON broke at a comma: a stray one before a closer, or one with nothing before it. */
    private static boolean commaProblem(String text, int offset) {
        int before = offset - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        int after = offset;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        char prev = before >= 0 ? text.charAt(before) : ' ';
        char next = after < text.length() ? text.charAt(after) : ' ';
        return (prev == ',' && (next == '}' || next == ']' || next == ','))
                || (next == ',' && (prev == '[' || prev == '{' || prev == ','));
    }
}

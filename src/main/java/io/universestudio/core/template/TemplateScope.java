package io.universestudio.core.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.universestudio.core.schema.ConfigOption;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.schema.OptionPath;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the variables of a template against config.json and resource.json the way mustache.java looks
 * names up in Cosmos (cosmos-rendering.md section 1.2): the first name is looked for in the innermost
 * enclosing section that is an object, then outwards, and at the top among the options and
 * {@code resource}. Sections over booleans or lists do not add a scope we can know, so names inside them
 * resolve outwards.
 */
public final class TemplateScope {

    private final TemplateStructure structure;
    private final ConfigSchema config;
    private final JsonNode resource;
    private final Map<TemplateTag, Optional<VariableRef>> sectionTargets = new HashMap<>();

    public TemplateScope(TemplateStructure structure, ConfigSchema config, JsonNode resource) {
        this.structure = structure;
        this.config = config;
        this.resource = resource == null ? MissingNode.getInstance() : resource;
    }

    public TemplateStructure structure() {
        return structure;
    }

    /** What the variable tag refers to; empty for tags without a variable or names found nowhere. */
    public Optional<VariableRef> resolve(TemplateTag tag) {
        if (!tag.kind().readsVariable() || tag.name().isEmpty() || tag.name().equals(".")) {
            return Optional.empty();
        }
        if (tag.kind() == TemplateTag.Kind.CLOSE) {
            return structure.matching(tag).flatMap(this::resolve);
        }
        return resolve(tag.name(), objectScopes(tag.startOffset()));
    }

    /** The variable under {@code offset}, if the caret is on a tag that names one. */
    public Optional<VariableRef> resolveAt(int offset) {
        return structure.tagAt(offset).flatMap(this::resolve);
    }

    /** Every tag that refers to {@code path} of {@code source} or to something below it, in text order. */
    public List<TemplateTag> usages(VariableRef.Source source, List<String> path) {
        List<TemplateTag> out = new ArrayList<>();
        for (TemplateTag t : structure.tags()) {
            resolve(t).filter(r -> r.source() == source && r.path().size() >= path.size()
                    && r.path().subList(0, path.size()).equals(path)).ifPresent(r -> out.add(t));
        }
        return out;
    }

    /** The object scopes (config paths) around {@code offset}, innermost first. */
    List<VariableRef> objectScopes(int offset) {
        List<MustacheSection> enclosing = structure.enclosing(offset);
        List<VariableRef> scopes = new ArrayList<>();
        for (int i = enclosing.size() - 1; i >= 0; i--) {
            MustacheSection s = enclosing.get(i);
            if (s.open().startOffset() == offset || s.open().kind() != TemplateTag.Kind.SECTION) {
                continue;
            }
            sectionTarget(s.open()).filter(this::isObject).ifPresent(scopes::add);
        }
        return scopes;
    }

    private Optional<VariableRef> sectionTarget(TemplateTag open) {
        Optional<VariableRef> known = sectionTargets.get(open);
        if (known == null) {
            known = resolve(open.name(), objectScopes(open.startOffset()));
            sectionTargets.put(open, known);
        }
        return known;
    }

    private Optional<VariableRef> resolve(String name, List<VariableRef> scopes) {
        String[] names = name.split("\\.", -1);
        for (VariableRef scope : scopes) {
            List<String> candidate = new ArrayList<>(scope.path());
            candidate.add(names[0]);
            if (exists(scope.source(), candidate)) {
                candidate.addAll(List.of(names).subList(1, names.length));
                return Optional.of(new VariableRef(scope.source(), candidate, scope.path().size(),
                        exists(scope.source(), candidate)));
            }
        }
        if (names[0].equals("resource")) {
            List<String> path = List.of(names).subList(1, names.length);
            return Optional.of(new VariableRef(VariableRef.Source.RESOURCE, path, 0, exists(VariableRef.Source.RESOURCE, path)));
        }
        if (config.option(OptionPath.of(names[0])).isEmpty()) {
            return Optional.empty();
        }
        List<String> path = List.of(names);
        return Optional.of(new VariableRef(VariableRef.Source.CONFIG, path, 0, exists(VariableRef.Source.CONFIG, path)));
    }

    private boolean exists(VariableRef.Source source, List<String> path) {
        if (source == VariableRef.Source.CONFIG) {
            return config.option(new OptionPath(path)).isPresent();
        }
        return !resourceNode(path).isMissingNode();
    }

    private JsonNode resourceNode(List<String> path) {
        JsonNode n = resource;
        for (String p : path) {
            n = n.path(p);
        }
        return n;
    }

    private boolean isObject(VariableRef ref) {
        if (!ref.exists()) {
            return false;
        }
        if (ref.source() == VariableRef.Source.RESOURCE) {
            return resourceNode(ref.path()).isObject();
        }
        return config.option(ref.optionPath()).map(ConfigOption::isGroup).orElse(false);
    }
}

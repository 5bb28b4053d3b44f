package io.universestudio.core.schema;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks behind {@link ConfigOption#issues()}: mistakes in keywords that the Universe CI lets through. */
final class OptionChecks {

    private OptionChecks() {
    }

    static List<OptionIssue> check(ConfigOption o) {
        List<OptionIssue> out = new ArrayList<>();
        OptionPath p = o.path();
        if (o.malformed()) {
            out.add(new OptionIssue(p, "", "This option's schema must be a JSON object."));
            return out;
        }
        JsonNode type = o.schema().get("type");
        if (type != null && o.types().isEmpty()) {
            out.add(new OptionIssue(p, "type", "Unknown type " + type + ": use string, integer, number, boolean,"
                    + " object or array."));
        }
        o.patternProblem().ifPresent(m -> out.add(new OptionIssue(p, "pattern", m)));
        JsonNode e = o.schema().get("enum");
        if (e != null && (!e.isArray() || e.isEmpty())) {
            out.add(new OptionIssue(p, "enum", "enum needs at least one value (draft-04 rejects an empty list)."));
        }
        if (o.minimum().isPresent() && o.maximum().isPresent() && o.minimum().get().compareTo(o.maximum().get()) > 0) {
            out.add(new OptionIssue(p, "minimum", "The minimum is larger than the maximum."));
        }
        o.defaultValue().ifPresent(d -> ValueCheck.problems(o, d)
                .forEach(m -> out.add(new OptionIssue(p, "default", "Default: " + m))));
        JsonNode r = o.schema().get("required");
        if (r != null && r.isArray() && r.isEmpty()) {
            out.add(new OptionIssue(p, "required", "An empty required list is invalid in draft-04: remove it."));
        }
        Set<String> children = new HashSet<>();
        o.children().forEach(c -> children.add(c.name()));
        for (String name : o.requiredNames()) {
            if (!children.contains(name)) {
                out.add(new OptionIssue(p, "required", "Requires \"" + name + "\", which is not one of its options."));
            }
        }
        return out;
    }
}

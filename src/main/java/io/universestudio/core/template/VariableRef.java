package io.universestudio.core.template;

import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.schema.OptionPath;

import java.util.List;

/**
 * What a template variable refers to: an option of config.json or a value of resource.json (which Cosmos
 * puts in the scope as {@code resource}), with the full path from the top of that file.
 *
 * @param fromScope how many leading names of {@code path} come from enclosing sections rather than from
 *                  the tag's own name ({@code {{#service}}{{name}}} gives path [service, name], fromScope 1)
 * @param exists    whether config.json (or resource.json) actually has it
 */
public record VariableRef(Source source, List<String> path, int fromScope, boolean exists) {

    public enum Source { CONFIG, RESOURCE }

    public VariableRef {
        path = List.copyOf(path);
    }

    public OptionPath optionPath() {
        return new OptionPath(path);
    }

    /**
     * The JSON pointer of its definition: for an option, its schema in config.json (for a missing option,
     * the deepest existing ancestor is found by {@code JsonLocations.nearest}); for a resource value, its
     * place in resource.json.
     */
    public String pointer() {
        if (source == Source.CONFIG) {
            return optionPath().pointer();
        }
        String p = "";
        for (String n : path) {
            p = JsonPointers.child(p, n);
        }
        return p;
    }

    /** As written in full from the top: {@code service.name} or {@code resource.assets.uris.jar}. */
    public String dotted() {
        return (source == Source.RESOURCE ? "resource." : "") + String.join(".", path);
    }
}

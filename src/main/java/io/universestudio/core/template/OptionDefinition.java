package io.universestudio.core.template;

import io.universestudio.core.json.JsonLocations;
import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.schema.ConfigSchema;

import java.util.Optional;

/**
 * "Go to the option behind a variable" (Ctrl+click): the file, JSON pointer and line:column of what the
 * variable under the caret refers to. For a missing option the place is its nearest existing ancestor.
 */
public record OptionDefinition(VariableRef ref, RevisionFile file, String pointer, TextPosition position) {

    /**
     * @param resourceLocations locations of resource.json's text ({@code JsonDocument.locations()}), or
     *                          {@link JsonLocations#EMPTY}
     */
    public static Optional<OptionDefinition> at(TemplateScope scope, int offset, ConfigSchema config,
                                                JsonLocations resourceLocations) {
        return scope.resolveAt(offset).map(ref -> {
            boolean fromConfig = ref.source() == VariableRef.Source.CONFIG;
            JsonLocations locations = fromConfig ? config.locations() : resourceLocations;
            String pointer = ref.pointer();
            return new OptionDefinition(ref, fromConfig ? RevisionFile.CONFIG : RevisionFile.RESOURCE, pointer,
                    locations.nearest(pointer));
        });
    }
}

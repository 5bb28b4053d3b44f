package io.universestudio.ui.editor.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.schema.OptionPath;

import java.util.List;

/**
 * Where a JSON pointer into config.json lands in the options form: the option whose schema holds it and
 * the keyword of that schema it is about, so going to a problem selects the option and focuses its field.
 * {@code /properties/service/properties/cpus/default} is {@code service.cpus} and {@code default};
 * {@code /properties/service/required/1} is the option that entry names and {@code required}.
 *
 * @param path    the nearest option the form has (the root when none of the path exists)
 * @param keyword the schema keyword, or "" when the pointer is the option itself or below what the form shows
 */
public record OptionTarget(OptionPath path, String keyword) {

    public static OptionTarget of(ConfigSchema schema, String pointer) {
        // Schema validators write pointers as URI fragments ("#/properties/..."); the validator's are plain.
        String plain = pointer == null ? "" : pointer.startsWith("#") ? pointer.substring(1) : pointer;
        List<String> tokens = JsonPointers.tokens(plain);
        OptionPath path = OptionPath.ROOT;
        int i = 0;
        while (i + 1 < tokens.size() && tokens.get(i).equals("properties")) {
            path = path.child(tokens.get(i + 1));
            i += 2;
        }
        String keyword = i < tokens.size() ? tokens.get(i) : "";
        if (keyword.equals("required") && i + 1 < tokens.size() && plain.startsWith("/")) {
            // An entry of a group's "required" list names the option it makes required.
            JsonNode named = schema.tree().at(plain);
            if (named.isTextual()) {
                path = path.child(named.asText());
            }
        }
        OptionPath found = path;
        while (!found.isRoot() && schema.option(found).isEmpty()) {
            found = found.parent();
        }
        return new OptionTarget(found, found.equals(path) ? keyword : "");
    }
}

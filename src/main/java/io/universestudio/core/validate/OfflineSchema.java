package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A package's config.json as a schema that resolves nothing outside itself. Cosmos resolves nothing: the
 * {@code id} values of real configs are documentation URLs and {@code $schema} is ignored (draft-04 is
 * always used). Left in, they and a remote {@code $ref} would make the schema library fetch a URL while
 * someone types, or render, a package: a hostile config could make it call any address.
 */
public final class OfflineSchema {

    private OfflineSchema() {
    }

    /** A copy of {@code config} without {@code id}, {@code $schema} and {@code $ref}s that leave the document. */
    public static ObjectNode copyOf(ObjectNode config) {
        ObjectNode copy = config.deepCopy();
        List<ObjectNode> schemas = new ArrayList<>();
        ConfigSchemaWalker.walk(copy, (p, s) -> schemas.add((ObjectNode) s));
        for (ObjectNode s : schemas) {
            s.remove("id");
            s.remove("$schema");
            JsonNode ref = s.get("$ref");
            if (ref != null && !(ref.isTextual() && ref.asText().startsWith("#"))) {
                s.remove("$ref");
            }
        }
        return copy;
    }
}

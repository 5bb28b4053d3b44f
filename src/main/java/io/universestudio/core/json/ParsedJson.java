package io.universestudio.core.json;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * The result of reading a JSON text: the tree (absent when the text does not parse), where everything
 * is, the syntax problems and the duplicate keys.
 */
public record ParsedJson(JsonNode tree, JsonLocations locations, List<JsonSyntaxProblem> problems,
                         List<DuplicateKey> duplicateKeys) {

    public ParsedJson {
        problems = List.copyOf(problems);
        duplicateKeys = List.copyOf(duplicateKeys);
        locations = locations == null ? JsonLocations.EMPTY : locations;
    }

    public Optional<JsonNode> treeIfParsed() {
        return Optional.ofNullable(tree);
    }

    public boolean parsed() {
        return tree != null;
    }
}

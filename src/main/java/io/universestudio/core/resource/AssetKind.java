package io.universestudio.core.resource;

import java.util.List;

/** The two alias tables of resource.json's {@code assets}, and where they sit. */
public enum AssetKind {
    URIS(List.of("assets", "uris")),
    DOCKER(List.of("assets", "container", "docker"));

    private final List<String> path;

    AssetKind(List<String> path) {
        this.path = path;
    }

    /** The keys that lead to the table from the top of resource.json. */
    public List<String> path() {
        return path;
    }

    /** How a template names an entry: {@code resource.assets.uris.<alias>}. */
    public String templatePath(String alias) {
        return "resource." + String.join(".", path) + "." + alias;
    }
}

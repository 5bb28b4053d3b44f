package io.universestudio.core.resource;

/** One row of an asset table: the alias a template uses and the URI or Docker image it stands for. */
public record Asset(AssetKind kind, String alias, String value) {

    public String templatePath() {
        return kind.templatePath(alias);
    }
}

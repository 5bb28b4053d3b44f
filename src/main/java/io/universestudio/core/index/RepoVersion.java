package io.universestudio.core.index;

/** The versions of the repository format Cosmos accepts, each with its media type (universe-format.md 4.6). */
public enum RepoVersion {
    V3, V4, V5;

    /** The exact Content-Type Cosmos accepts: no spaces, lower case. */
    public String mediaType() {
        return "application/vnd.dcos.universe.repo+json;charset=utf-8;version=" + label();
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    String schemaResource() {
        return RepoSchemas.FOLDER + label() + "-repo-schema.json";
    }

    /** Whether entries of this packagingVersion may appear in a file of this repository version. */
    boolean allows(String packagingVersion) {
        return switch (packagingVersion) {
            case "2.0", "3.0" -> true;
            case "4.0" -> this != V3;
            case "5.0" -> this == V5;
            default -> false;
        };
    }
}

package io.universestudio.core.model;

import java.util.Arrays;
import java.util.Optional;

/** The files a package revision may have. */
public enum RevisionFile {
    PACKAGE("package.json", true),
    CONFIG("config.json", true),
    RESOURCE("resource.json", true),
    COMMAND("command.json", true),
    TEMPLATE("marathon.json.mustache", false);

    private final String fileName;
    private final boolean json;

    RevisionFile(String fileName, boolean json) {
        this.fileName = fileName;
        this.json = json;
    }

    public String fileName() {
        return fileName;
    }

    public boolean isJson() {
        return json;
    }

    public static Optional<RevisionFile> byFileName(String name) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(name)).findFirst();
    }
}

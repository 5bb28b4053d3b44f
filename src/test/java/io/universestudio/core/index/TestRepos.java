package io.universestudio.core.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small Universe repositories for tests: real folders, real files. */
public final class TestRepos {

    private TestRepos() {
    }

    /** Writes {@code packages/<L>/<name>/<rev>/<file>} for each (file name, content) pair. */
    public static Path revision(Path repo, String name, int rev, String... fileAndContent) throws IOException {
        Path dir = repo.resolve("packages").resolve(name.substring(0, 1).toUpperCase()).resolve(name)
                .resolve(Integer.toString(rev));
        Files.createDirectories(dir);
        for (int i = 0; i < fileAndContent.length; i += 2) {
            Files.writeString(dir.resolve(fileAndContent[i]), fileAndContent[i + 1], StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** A minimal valid package.json; {@code extra} is spliced in as more members (e.g. {@code "a": 1}). */
    public static String packageJson(String name, String packagingVersion, String version, String extra) {
        return "{\"packagingVersion\": \"" + packagingVersion + "\", \"name\": \"" + name + "\", \"version\": \""
                + version + "\", \"maintainer\": \"me@example.com\", \"description\": \"Test package\","
                + " \"tags\": [\"test\"]" + (extra == null || extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    /** A valid 4.0 revision with a template, a config and a resource. */
    public static Path valid(Path repo, String name, int rev, String version) throws IOException {
        return revision(repo, name, rev,
                "package.json", packageJson(name, "4.0", version, "\"minDcosReleaseVersion\": \"1.10\""),
                "config.json", "{\"type\": \"object\", \"properties\": {\"service\": {\"type\": \"object\","
                        + " \"properties\": {\"name\": {\"type\": \"string\", \"default\": \"" + name + "\"}}}}}",
                "marathon.json.mustache", "{\"id\": \"{{service.name}}\", \"cmd\": \"sleep 1000\"}\n",
                "resource.json", "{\"images\": {\"icon-small\": \"https://example.com/s.png\"}}");
    }
}

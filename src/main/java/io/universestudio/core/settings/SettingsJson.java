package io.universestudio.core.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.JsonText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings file format, version 1. It holds credential <em>references</em> only, never secrets, so the
 * same text is safe to export or share.
 */
public final class SettingsJson {

    public static final int FORMAT = 1;

    /** What was read, and the entries that could not be (kept out, described). */
    public record Read(Settings settings, List<String> skipped) {
        public Read {
            skipped = List.copyOf(skipped);
        }
    }

    private SettingsJson() {
    }

    public static String write(Settings settings) {
        ObjectNode root = JsonText.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("selectedRepository", settings.selectedRepositoryId());
        if (!settings.serverBindAddress().isEmpty()) {
            root.put("serverBindAddress", settings.serverBindAddress());
        }
        ArrayNode list = root.putArray("repositories");
        for (RepositorySettings r : settings.repositories()) {
            ObjectNode o = list.addObject();
            o.put("id", r.id());
            o.put("name", r.name());
            if (r.kind() instanceof RepositoryKind.LocalFolder local) {
                o.put("kind", "local");
                o.put("path", local.path().toString());
            } else if (r.kind() instanceof RepositoryKind.GitRemote git) {
                o.put("kind", "git");
                o.put("url", Urls.withoutUserInfo(git.url()));
                o.put("branch", git.branch());
                o.put("authorName", git.authorName());
                o.put("authorEmail", git.authorEmail());
                o.put("username", git.username());
                o.put("credentialRef", git.credentialRef());
            } else if (r.kind() instanceof RepositoryKind.BuiltInServer server) {
                o.put("kind", "server");
                o.put("serves", server.servesId());
                o.put("port", server.port());
                o.put("bindAddress", server.bindAddress());
            }
        }
        return JsonText.pretty(root);
    }

    /**
     * Reads the settings text.
     *
     * @throws IllegalArgumentException when the text is not a settings file at all (not JSON, not an
     *                                  object, or a format from a newer version)
     */
    public static Read read(String text) {
        JsonNode root;
        try {
            root = JsonText.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("The settings file is not valid JSON.", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The settings file does not hold a JSON object.");
        }
        int format = root.path("format").asInt(FORMAT);
        if (format > FORMAT) {
            throw new IllegalArgumentException("The settings file was written by a newer Universe Studio (format "
                    + format + ").");
        }
        List<RepositorySettings> repositories = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (JsonNode o : root.path("repositories")) {
            String label = o.path("name").asText(o.path("id").asText("(unnamed)"));
            try {
                repositories.add(repository(o));
            } catch (IllegalArgumentException e) {
                skipped.add("The repository \"" + label + "\" could not be read: " + e.getMessage());
            }
        }
        return new Read(new Settings(repositories, root.path("selectedRepository").asText(""),
                root.path("serverBindAddress").asText("")), skipped);
    }

    private static RepositorySettings repository(JsonNode o) {
        String id = o.path("id").asText("");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("it has no id.");
        }
        String name = o.path("name").asText("");
        String kind = o.path("kind").asText("");
        RepositoryKind k = switch (kind) {
            case "local" -> new RepositoryKind.LocalFolder(Path.of(required(o, "path")));
            case "git" -> new RepositoryKind.GitRemote(required(o, "url"), o.path("branch").asText(""),
                    o.path("authorName").asText(""), o.path("authorEmail").asText(""), o.path("username").asText(""),
                    o.path("credentialRef").asText(""));
            case "server" -> new RepositoryKind.BuiltInServer(o.path("serves").asText(""),
                    o.path("port").asInt(RepositoryKind.BuiltInServer.DEFAULT_PORT), o.path("bindAddress").asText(""));
            default -> throw new IllegalArgumentException("its kind \"" + kind + "\" is unknown.");
        };
        return new RepositorySettings(id, name, k);
    }

    private static String required(JsonNode o, String field) {
        String v = o.path(field).asText("");
        if (v.isBlank()) {
            throw new IllegalArgumentException("it has no " + field + ".");
        }
        return v;
    }
}

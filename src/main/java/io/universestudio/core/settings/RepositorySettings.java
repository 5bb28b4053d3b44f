package io.universestudio.core.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One repository in the preferences: a stable id (what other settings and credential references point
 * to), a name people chose, and its kind with the kind's own fields.
 */
public record RepositorySettings(String id, String name, RepositoryKind kind) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    public RepositorySettings {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
        Objects.requireNonNull(kind, "kind");
    }

    /** A new entry with a fresh id. */
    public static RepositorySettings create(String name, RepositoryKind kind) {
        return new RepositorySettings(UUID.randomUUID().toString(), name, kind);
    }

    public RepositorySettings withName(String newName) {
        return new RepositorySettings(id, newName, kind);
    }

    public RepositorySettings withKind(RepositoryKind newKind) {
        return new RepositorySettings(id, name, newKind);
    }

    /** The credential reference for a git repository: derived from the id, so it never clashes. */
    public String defaultCredentialRef() {
        return "git-" + id;
    }

    /** What is wrong with this entry on its own, in plain language (the edit dialog shows these). */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (name.isEmpty()) {
            out.add("Give the repository a name.");
        }
        if (kind instanceof RepositoryKind.LocalFolder local) {
            if (local.path().toString().isBlank()) {
                out.add("Choose the folder of the local Universe repository.");
            } else if (!local.path().isAbsolute()) {
                out.add("The folder must be a full path, such as " + local.path().toAbsolutePath() + ".");
            }
        } else if (kind instanceof RepositoryKind.GitRemote git) {
            if (git.url().isEmpty()) {
                out.add("Enter the URL of the git repository.");
            } else if (!Urls.withoutUserInfo(git.url()).equals(git.url())) {
                out.add("Remove the user name and password from the URL; enter them in the credential fields,"
                        + " which keep the password in the system's secret store.");
            }
            if (!git.branch().matches("^[A-Za-z0-9._/-]+$") || git.branch().contains("..")) {
                out.add("\"" + git.branch() + "\" is not a usable branch name.");
            }
            if (git.authorName().isEmpty()) {
                out.add("Enter the author name for the commits.");
            }
            if (!EMAIL.matcher(git.authorEmail()).matches()) {
                out.add("Enter the author e-mail for the commits, such as you@example.com.");
            }
        } else if (kind instanceof RepositoryKind.BuiltInServer server) {
            if (server.servesId().isEmpty()) {
                out.add("Choose which repository the server serves.");
            }
            if (server.port() < 0 || server.port() > 65535) {
                out.add("The port must be between 1 and 65535 (or 0 for any free port).");
            }
        }
        return out;
    }
}

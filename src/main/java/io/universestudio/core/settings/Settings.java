package io.universestudio.core.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user's preferences (immutable): the repositories, which one the Publish button uses, and the address
 * the built-in server last listened on ("" when never chosen). Every change returns a new Settings, handed
 * to {@link SettingsStore#save}.
 */
public record Settings(List<RepositorySettings> repositories, String selectedRepositoryId, String serverBindAddress) {

    public static final Settings EMPTY = new Settings(List.of(), "");

    public Settings {
        repositories = List.copyOf(repositories);
        selectedRepositoryId = selectedRepositoryId == null ? "" : selectedRepositoryId;
        serverBindAddress = serverBindAddress == null ? "" : serverBindAddress.trim();
    }

    public Settings(List<RepositorySettings> repositories, String selectedRepositoryId) {
        this(repositories, selectedRepositoryId, "");
    }

    /** The server's bind address as the person last chose it in the Server window. */
    public Settings withServerBindAddress(String address) {
        return new Settings(repositories, selectedRepositoryId, address);
    }

    public Optional<RepositorySettings> find(String id) {
        return repositories.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The repository Publish uses: the selected one if it still exists, else the first. */
    public Optional<RepositorySettings> selected() {
        return find(selectedRepositoryId).or(() -> repositories.stream().findFirst());
    }

    public Settings withSelected(String id) {
        if (find(id).isEmpty()) {
            throw new IllegalArgumentException("There is no repository with the id " + id);
        }
        return new Settings(repositories, id, serverBindAddress);
    }

    /** Adds a repository; refuses one whose problems are not fixed or whose name is taken. */
    public Settings withAdded(RepositorySettings repository) {
        List<String> problems = problemsOf(repository);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        List<RepositorySettings> list = new ArrayList<>(repositories);
        list.add(repository);
        return new Settings(list, selectedRepositoryId.isEmpty() ? repository.id() : selectedRepositoryId, serverBindAddress);
    }

    /** Replaces the repository with the same id. */
    public Settings withReplaced(RepositorySettings repository) {
        if (find(repository.id()).isEmpty()) {
            throw new IllegalArgumentException("There is no repository with the id " + repository.id());
        }
        List<String> problems = problemsOf(repository);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        List<RepositorySettings> list = new ArrayList<>(repositories);
        list.replaceAll(r -> r.id().equals(repository.id()) ? repository : r);
        return new Settings(list, selectedRepositoryId, serverBindAddress);
    }

    /**
     * Removes a repository, and any built-in server entry that served it (a server without its repository
     * means nothing). The caller removes the credential of a git repository from the credential store.
     */
    public Settings withRemoved(String id) {
        List<RepositorySettings> list = new ArrayList<>(repositories);
        list.removeIf(r -> r.id().equals(id)
                || r.kind() instanceof RepositoryKind.BuiltInServer s && s.servesId().equals(id));
        return new Settings(list, selectedRepositoryId.equals(id) ? "" : selectedRepositoryId, serverBindAddress);
    }

    /**
     * Everything wrong with {@code repository} as part of these settings: its own problems, a name
     * already used by another entry, a server serving something that is not a local folder here.
     */
    public List<String> problemsOf(RepositorySettings repository) {
        List<String> out = new ArrayList<>(repository.problems());
        boolean nameTaken = repositories.stream().anyMatch(r -> !r.id().equals(repository.id())
                && r.name().equalsIgnoreCase(repository.name()));
        if (nameTaken && !repository.name().isEmpty()) {
            out.add("Another repository is already called \"" + repository.name() + "\".");
        }
        if (repository.kind() instanceof RepositoryKind.BuiltInServer server && !server.servesId().isEmpty()) {
            Optional<RepositorySettings> served = find(server.servesId());
            if (served.isEmpty()) {
                out.add("The repository the server should serve no longer exists.");
            } else if (!(served.get().kind() instanceof RepositoryKind.LocalFolder)) {
                out.add("The server can serve only a local Universe folder; \"" + served.get().name() + "\" is not one.");
            }
        }
        return out;
    }
}

package io.universestudio.ui.serve;

import io.universestudio.core.index.IndexResult;
import io.universestudio.core.model.LooseVersion;
import io.universestudio.core.serve.RepositoryServer;
import io.universestudio.core.serve.RequestLogEntry;
import io.universestudio.core.settings.RepositoryKind;
import io.universestudio.core.settings.RepositorySettings;
import io.universestudio.core.settings.Settings;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.Prompts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Server panel: start and stop the built-in repository server for a configured repository, its URL
 * and {@code dcos package repo add} command, how many packages each DC/OS release gets, and the requests
 * as they come. The server re-indexes by itself when the folder changes, so it keeps serving while the
 * author edits and re-publishes. One server at a time.
 */
public final class ServerViewModel {

    private static final System.Logger LOG = System.getLogger(ServerViewModel.class.getName());
    private static final int LOG_LINES = 500;
    private static final String UP_TO = "repo-up-to-";

    /** A repository the server can serve: a local folder, directly or through a built-in server entry. */
    public record Choice(String id, String name, Path root, String bindAddress, int port) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Starts a server on a folder (built by the composition root: how it indexes and how often it looks). */
    @FunctionalInterface
    public interface Starter {
        RepositoryServer start(Path root, String bindAddress, int port) throws java.io.IOException;
    }

    private final Supplier<Settings> settings;
    private final Starter starter;
    private final Prompts prompts;
    private final Messages messages;
    private final Executor worker;
    private final Executor fx;
    private final Executor events;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty command = new SimpleStringProperty(this, "command", "");
    private final ObservableList<String> releases = FXCollections.observableArrayList();
    private final ObservableList<RequestLogEntry> log = FXCollections.observableArrayList();
    private final Consumer<RequestLogEntry> listener = this::onRequest;
    private RepositoryServer server;
    private Choice serving;

    /**
     * @param worker where the server starts and stops (indexing takes a moment)
     * @param fx     where results of start and stop are applied
     * @param events the FX thread for requests, which arrive on the server's own threads
     */
    public ServerViewModel(Supplier<Settings> settings, Starter starter, Prompts prompts, Messages messages,
                           Executor worker, Executor fx, Executor events) {
        this.settings = settings;
        this.starter = starter;
        this.prompts = prompts;
        this.messages = messages;
        this.worker = worker;
        this.fx = fx;
        this.events = events;
        refresh();
    }

    /** Re-reads the repositories that can be served. */
    public void refresh() {
        Settings s = settings.get();
        List<Choice> out = new ArrayList<>();
        for (RepositorySettings r : s.repositories()) {
            if (r.kind() instanceof RepositoryKind.LocalFolder local) {
                // The usual port, so the URL given to "dcos package repo add" stays the same between runs.
                out.add(new Choice(r.id(), r.name(), local.path(), RepositoryKind.BuiltInServer.LOOPBACK,
                        RepositoryKind.BuiltInServer.DEFAULT_PORT));
            } else if (r.kind() instanceof RepositoryKind.BuiltInServer b) {
                s.find(b.servesId()).filter(x -> x.kind() instanceof RepositoryKind.LocalFolder).ifPresent(x ->
                        out.add(new Choice(r.id(), r.name(), ((RepositoryKind.LocalFolder) x.kind()).path(),
                                b.bindAddress(), b.port())));
            }
        }
        Choice was = selected.get();
        choices.setAll(out);
        selected.set(out.stream().filter(c -> was != null && c.id().equals(was.id())).findFirst()
                .orElse(out.isEmpty() ? null : out.get(0)));
    }

    public void start() {
        Choice choice = selected.get();
        if (choice == null || busy.get()) {
            return;
        }
        if (running.get()) {
            stop();
        }
        busy.set(true);
        CompletableFuture.supplyAsync(() -> {
            try {
                return startOn(choice, choice.port());
            } catch (java.net.BindException busy) {
                if (choice.port() == 0 || !choice.id().equals(localFolderId(choice))) {
                    throw new CompletionException(busy);
                }
                // A plain local folder has no port of its own: when the usual one is taken, any free one will do.
                try {
                    return startOn(choice, 0);
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, worker).whenCompleteAsync((started, failure) -> {
            busy.set(false);
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                LOG.log(System.Logger.Level.WARNING, "The server for " + choice.root() + " did not start", cause);
                prompts.error(messages.get("server.startFailed", choice.name()), String.valueOf(cause.getMessage()));
                return;
            }
            server = started;
            serving = choice;
            started.addRequestListener(listener);
            url.set(started.url().toString());
            command.set(repoAddCommand(choice.name(), started.url().toString()));
            running.set(true);
            log.clear();
            updateReleases();
        }, fx);
    }

    private RepositoryServer startOn(Choice choice, int port) throws java.io.IOException {
        return starter.start(choice.root(), choice.bindAddress(), port);
    }

    /** The id when {@code choice} is a plain local folder (not a server entry with a port of its own). */
    private String localFolderId(Choice choice) {
        return settings.get().find(choice.id()).filter(r -> r.kind() instanceof RepositoryKind.LocalFolder)
                .map(RepositorySettings::id).orElse("");
    }

    public void stop() {
        RepositoryServer s = server;
        if (s == null) {
            return;
        }
        server = null;
        serving = null;
        s.removeRequestListener(listener);
        running.set(false);
        url.set("");
        command.set("");
        releases.clear();
        worker.execute(s::close);
    }

    /** Stops the server now, on the calling thread (when the window closes). */
    public void shutdown() {
        RepositoryServer s = server;
        server = null;
        if (s != null) {
            s.close();
        }
    }

    /** The URL of the running server when it serves the repository (or server entry) {@code id}. */
    public Optional<String> urlFor(String id) {
        Choice c = serving;
        RepositoryServer s = server;
        if (c == null || s == null) {
            return Optional.empty();
        }
        Settings st = settings.get();
        boolean same = c.id().equals(id) || st.find(id).map(r -> r.kind() instanceof RepositoryKind.BuiltInServer b
                && st.find(b.servesId()).map(x -> x.kind() instanceof RepositoryKind.LocalFolder l
                && l.path().equals(c.root())).orElse(false)).orElse(false);
        return same ? Optional.of(s.url().toString()) : Optional.empty();
    }

    private void onRequest(RequestLogEntry entry) {
        events.execute(() -> {
            log.add(entry);
            if (log.size() > LOG_LINES) {
                log.remove(0, log.size() - LOG_LINES);
            }
            updateReleases();
        });
    }

    /** "DC/OS 1.10: 3 packages" for each release file of the current index. */
    private void updateReleases() {
        RepositoryServer s = server;
        IndexResult index = s == null ? null : s.lastIndex();
        if (index == null) {
            releases.clear();
            return;
        }
        Map<String, Integer> byRelease = new TreeMap<>(LooseVersion::compare);
        index.entryCounts().forEach((file, count) -> {
            if (file.startsWith(UP_TO) && file.endsWith(".json")) {
                byRelease.put(file.substring(UP_TO.length(), file.length() - ".json".length()), count);
            }
        });
        List<String> lines = new ArrayList<>();
        byRelease.forEach((release, count) -> lines.add(messages.get("server.release", release, count)));
        if (index.entryCounts().containsKey("universe.json")) {
            lines.add(messages.get("server.allReleases", index.entryCounts().get("universe.json")));
        }
        if (index.hasErrors()) {
            lines.add(messages.get("server.leftOut", index.problems().size()));
        }
        releases.setAll(lines);
    }

    /** {@code dcos package repo add <name> <url>}, the name made one shell word. */
    public static String repoAddCommand(String repositoryName, String url) {
        return "dcos package repo add " + commandName(repositoryName) + " " + url;
    }

    static String commandName(String name) {
        String n = name.strip().replaceAll("[^A-Za-z0-9._-]+", "-");
        return n.isEmpty() ? "universe-studio" : n;
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public ObjectProperty<Choice> selectedProperty() {
        return selected;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty commandProperty() {
        return command;
    }

    public ObservableList<String> releases() {
        return releases;
    }

    public ObservableList<RequestLogEntry> log() {
        return log;
    }
}

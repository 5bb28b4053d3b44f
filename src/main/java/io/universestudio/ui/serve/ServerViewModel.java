package io.universestudio.ui.serve;

import io.universestudio.core.index.IndexResult;
import io.universestudio.core.model.LooseVersion;
import io.universestudio.core.serve.ReachableAddresses;
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

    /** Where the server listens: this computer only, one interface's address, or every address. */
    public record BindChoice(String address, Reach reach, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** How far a bind address reaches. */
    public enum Reach { THIS_COMPUTER, ONE_ADDRESS, ALL_ADDRESSES }

    /**
     * An address a cluster can reach, with its {@code dcos package repo add} command; {@code served} when
     * the running server answers there now.
     */
    public record ReachableUrl(String url, String command, boolean served) {
    }

    public static final String ALL = "0.0.0.0";

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
    private final ObservableList<BindChoice> bindChoices = FXCollections.observableArrayList();
    private final ObjectProperty<BindChoice> bindChoice = new SimpleObjectProperty<>(this, "bindChoice");
    private final StringProperty reachNote = new SimpleStringProperty(this, "reachNote", "");
    private final ObservableList<ReachableUrl> reachable = FXCollections.observableArrayList();
    private List<ReachableAddresses.Address> addresses = List.of();
    private final Consumer<RequestLogEntry> listener = this::onRequest;
    private RepositoryServer server;
    private Choice serving;
    private String servingBind;
    private final Consumer<String> rememberBind;
    /** True while the bind choice is set from the settings rather than by the person. */
    private boolean restoringBind;

    /**
     * @param worker where the server starts and stops (indexing takes a moment)
     * @param fx     where results of start and stop are applied
     * @param events the FX thread for requests, which arrive on the server's own threads
     */
    public ServerViewModel(Supplier<Settings> settings, Consumer<String> rememberBind, Starter starter, Prompts prompts,
                           Messages messages, Executor worker, Executor fx, Executor events) {
        this.settings = settings;
        this.rememberBind = rememberBind;
        this.starter = starter;
        this.prompts = prompts;
        this.messages = messages;
        this.worker = worker;
        this.fx = fx;
        this.events = events;
        bindChoices.setAll(bindChoicesFor(List.of()));
        bindChoice.set(bindChoices.get(0));
        selected.addListener((o, a, choice) -> {
            if (choice != null && !running.get()) {
                restoreBind(choice.bindAddress());
            }
        });
        bindChoice.addListener((o, a, b) -> {
            updateReach();
            if (b != null && !restoringBind) {
                rememberBind.accept(b.address());
            }
        });
        refresh();
    }

    /**
     * Looks up this machine's addresses (off the FX thread: listing interfaces can take a moment), then
     * offers each as a bind address and lists the URL a cluster would use there.
     */
    public void refreshAddresses() {
        CompletableFuture.supplyAsync(ReachableAddresses::list, worker).thenAcceptAsync(found -> {
            addresses = found;
            String was = bindChoice.get() == null ? null : bindChoice.get().address();
            restoringBind = true;
            try {
                bindChoices.setAll(bindChoicesFor(found));
            } finally {
                restoringBind = false;
            }
            restoreBind(was != null ? was : selected.get() == null ? remembered() : selected.get().bindAddress());
            updateReach();
        }, fx);
    }

    private List<BindChoice> bindChoicesFor(List<ReachableAddresses.Address> found) {
        List<BindChoice> out = new ArrayList<>();
        out.add(new BindChoice(RepositoryKind.BuiltInServer.LOOPBACK, Reach.THIS_COMPUTER,
                messages.get("server.bind.loopback", RepositoryKind.BuiltInServer.LOOPBACK)));
        for (ReachableAddresses.Address a : found) {
            out.add(new BindChoice(a.host(), Reach.ONE_ADDRESS, messages.get("server.bind.address", a.host(), a.interfaceName())));
        }
        out.add(new BindChoice(ALL, Reach.ALL_ADDRESSES, messages.get("server.bind.all")));
        return out;
    }

    /** Shows {@code address} as the choice without taking it for the person's own choice. */
    private void restoreBind(String address) {
        restoringBind = true;
        try {
            bindChoice.set(choiceFor(address));
        } finally {
            restoringBind = false;
        }
    }

    /** The bind address last chosen in this window (kept in the settings), or 127.0.0.1. */
    private String remembered() {
        String address = settings.get().serverBindAddress();
        return address.isEmpty() ? RepositoryKind.BuiltInServer.LOOPBACK : address;
    }

    /** The offered choice for {@code address}; an address not offered (any more) is added as it is. */
    private BindChoice choiceFor(String address) {
        for (BindChoice c : bindChoices) {
            if (c.address().equals(address)) {
                return c;
            }
        }
        Reach reach = address.equals("::") ? Reach.ALL_ADDRESSES : address.startsWith("127.") || address.equals("::1")
                ? Reach.THIS_COMPUTER : Reach.ONE_ADDRESS;
        BindChoice added = new BindChoice(address, reach, address);
        bindChoices.add(added);
        return added;
    }

    /** The note under the bind address and the URLs a cluster can use, for the chosen address and the port. */
    private void updateReach() {
        BindChoice bind = bindChoice.get();
        if (bind == null) {
            return;
        }
        reachNote.set(switch (bind.reach()) {
            case THIS_COMPUTER -> messages.get("server.reach.loopback");
            case ONE_ADDRESS -> messages.get("server.reach.address", bind.address());
            case ALL_ADDRESSES -> messages.get("server.reach.all");
        });
        RepositoryServer s = server;
        Choice c = serving != null ? serving : selected.get();
        int port = s != null ? s.port() : c != null ? c.port() : RepositoryKind.BuiltInServer.DEFAULT_PORT;
        String name = c == null ? "" : c.name();
        String boundNow = s == null || serving == null ? null : servingBind;
        List<ReachableUrl> rows = new ArrayList<>();
        for (ReachableAddresses.Address a : addresses) {
            String u = a.url(port).toString();
            boolean served = boundNow != null && (boundNow.equals(ALL) || boundNow.equals("::") || boundNow.equals(a.host()));
            rows.add(new ReachableUrl(u, repoAddCommand(name, u), served));
        }
        reachable.setAll(rows);
    }

    /** Re-reads the repositories that can be served. */
    public void refresh() {
        Settings s = settings.get();
        List<Choice> out = new ArrayList<>();
        for (RepositorySettings r : s.repositories()) {
            if (r.kind() instanceof RepositoryKind.LocalFolder local) {
                // The usual port, so the URL given to "dcos package repo add" stays the same between runs.
                out.add(new Choice(r.id(), r.name(), local.path(), remembered(),
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
        String bind = bindChoice.get() == null ? choice.bindAddress() : bindChoice.get().address();
        CompletableFuture.supplyAsync(() -> {
            try {
                return startOn(choice, bind, choice.port());
            } catch (java.net.BindException busy) {
                if (choice.port() == 0 || !choice.id().equals(localFolderId(choice))) {
                    throw new CompletionException(busy);
                }
                // A plain local folder has no port of its own: when the usual one is taken, any free one will do.
                try {
                    return startOn(choice, bind, 0);
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
            servingBind = bind;
            started.addRequestListener(listener);
            url.set(started.url().toString());
            command.set(repoAddCommand(choice.name(), started.url().toString()));
            running.set(true);
            log.clear();
            updateReleases();
            updateReach();
        }, fx);
    }

    private RepositoryServer startOn(Choice choice, String bind, int port) throws java.io.IOException {
        return starter.start(choice.root(), bind, port);
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
        servingBind = null;
        s.removeRequestListener(listener);
        running.set(false);
        url.set("");
        command.set("");
        releases.clear();
        updateReach();
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

    public ObservableList<BindChoice> bindChoices() {
        return bindChoices;
    }

    public ObjectProperty<BindChoice> bindChoiceProperty() {
        return bindChoice;
    }

    /** Why the chosen bind address reaches what it reaches ("127.0.0.1 answers only on this computer"). */
    public StringProperty reachNoteProperty() {
        return reachNote;
    }

    /** Each non-loopback address of this machine with the URL and the command a cluster would use there. */
    public ObservableList<ReachableUrl> reachable() {
        return reachable;
    }
}

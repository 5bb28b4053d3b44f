package io.universestudio.ui.prefs;

import io.universestudio.core.secrets.Secret;
import io.universestudio.core.settings.Repositories;
import io.universestudio.core.settings.RepositoryKind;
import io.universestudio.core.settings.RepositorySettings;
import io.universestudio.core.settings.RepositoryTestResult;
import io.universestudio.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Preferences > Repositories: the list, saving an added or edited entry (a git password goes to the
 * credential store, never back into a field), removing, and the "can I reach it and write to it?" test.
 * Everything that touches the disk, the secret store or the network runs on the io thread.
 */
public final class RepositoriesViewModel {

    private final Repositories repositories;
    private final Messages messages;
    private final Executor io;
    private final Executor fx;
    private final Runnable changed;
    private final ObservableList<RepositorySettings> list = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<RepositoryTestResult> testResult = new SimpleObjectProperty<>(this, "testResult");

    /** @param changed told after every saved change (the Publish button and the Server panel re-read) */
    public RepositoriesViewModel(Repositories repositories, Messages messages, Executor io, Executor fx, Runnable changed) {
        this.repositories = repositories;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
        this.changed = changed;
        list.setAll(repositories.current().repositories());
    }

    /** What is wrong with {@code candidate} before saving; empty when it can be saved. */
    public List<String> problemsOf(RepositorySettings candidate) {
        return repositories.current().problemsOf(candidate);
    }

    public boolean isNew(RepositorySettings candidate) {
        return repositories.current().find(candidate.id()).isEmpty();
    }

    /** Adds or replaces; {@code secret} empty keeps a saved password. Result: the saved entry, or empty on failure. */
    public CompletableFuture<Optional<RepositorySettings>> save(RepositorySettings candidate, Optional<Secret> secret) {
        List<String> problems = problemsOf(candidate);
        if (!problems.isEmpty()) {
            message.set(String.join(" ", problems));
            return CompletableFuture.completedFuture(Optional.empty());
        }
        boolean add = isNew(candidate);
        return run(() -> add ? repositories.add(candidate, secret) : repositories.update(candidate, secret))
                .thenApplyAsync(saved -> {
                    secret.ifPresent(Secret::clear);
                    if (saved != null) {
                        message.set(messages.get("repos.saved", saved.name()));
                    }
                    return Optional.ofNullable(saved);
                }, fx);
    }

    public CompletableFuture<Optional<RepositorySettings>> remove(RepositorySettings r) {
        return run(() -> {
            repositories.remove(r.id());
            return r;
        }).thenApplyAsync(done -> {
            if (done != null) {
                message.set(messages.get("repos.removed", r.name()));
            }
            return Optional.ofNullable(done);
        }, fx);
    }

    /** Tests the entry as it is in the form (saved or not). */
    public void test(RepositorySettings candidate) {
        busy.set(true);
        testResult.set(null);
        message.set(messages.get("repos.testing", candidate.name()));
        CompletableFuture.supplyAsync(() -> repositories.test(candidate), io).whenCompleteAsync((result, failure) -> {
            busy.set(false);
            RepositoryTestResult r = failure == null ? result
                    : new RepositoryTestResult(false, messages.get("repos.testFailed"), List.of(String.valueOf(failure.getMessage())));
            testResult.set(r);
            message.set(r.summary());
        }, fx);
    }

    private interface Change {
        RepositorySettings apply() throws Exception;
    }

    private CompletableFuture<RepositorySettings> run(Change change) {
        busy.set(true);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return change.apply();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, io).handleAsync((saved, failure) -> {
            busy.set(false);
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                message.set(messages.get("repos.saveFailed", String.valueOf(cause.getMessage())));
                return null;
            }
            list.setAll(repositories.current().repositories());
            changed.run();
            return saved;
        }, fx);
    }

    /** The local folders a built-in server can serve. */
    public List<RepositorySettings> localFolders() {
        return list.stream().filter(r -> r.kind() instanceof RepositoryKind.LocalFolder).toList();
    }

    public ObservableList<RepositorySettings> list() {
        return list;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<RepositoryTestResult> testResultProperty() {
        return testResult;
    }
}

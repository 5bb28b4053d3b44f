package io.universestudio.ui.publish;

import io.universestudio.core.model.Revision;
import io.universestudio.core.publish.PublishProgress;
import io.universestudio.core.publish.PublishResult;
import io.universestudio.core.publish.PublishReview;
import io.universestudio.core.publish.PublishStep;
import io.universestudio.core.settings.Repositories;
import io.universestudio.core.settings.RepositoryKind;
import io.universestudio.core.settings.RepositorySettings;
import io.universestudio.core.settings.Settings;
import io.universestudio.core.validate.Problem;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.Notification;
import io.universestudio.ui.common.Prompts;
import io.universestudio.ui.serve.ServerViewModel;
import io.universestudio.ui.session.EditorSession;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The toolbar's Publish: which repository it goes to, publishing the current revision on the publish
 * thread with progress and cancel, and the outcome as a {@link Notification} with the next step.
 * First the package is reviewed ({@link PublishReview}): errors, or a template that cannot render JSON with
 * its defaults, refuse it (the banner says why and the problems panel comes forward); warnings are listed
 * for the person to confirm (publish anyway / cancel). A changed package under a version the repository
 * holds is refused with "New revision" as the next step. A failure goes to the error dialog with the core's
 * full message as details. The core publishers leave the target as it was on any failure.
 */
public final class PublishViewModel {

    private static final System.Logger LOG = System.getLogger(PublishViewModel.class.getName());

    private final EditorSession session;
    private final Repositories repositories;
    private final PublishTargets targets;
    private final Function<String, Optional<String>> runningServerUrl;
    private final Runnable revealProblems;
    private final Runnable newRevision;
    private final Prompts prompts;
    private final Messages messages;
    private final Executor worker;
    private final Executor fx;
    private final ObservableList<RepositorySettings> choices = FXCollections.observableArrayList();
    private final ObjectProperty<RepositorySettings> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty step = new SimpleStringProperty(this, "step", "");
    private final ObjectProperty<Notification> notification;
    private final ObjectProperty<PublishResult> lastResult = new SimpleObjectProperty<>(this, "lastResult");
    private volatile AtomicBoolean cancel = new AtomicBoolean();

    /**
     * @param runningServerUrl the URL of the running built-in server for a repository id, if it runs
     * @param revealProblems   brings the problems panel forward
     * @param newRevision      makes a new revision of the open package (the next step after a version clash)
     * @param worker           the publish thread
     */
    public PublishViewModel(EditorSession session, Repositories repositories, PublishTargets targets,
                            Function<String, Optional<String>> runningServerUrl, Runnable revealProblems,
                            Runnable newRevision, ObjectProperty<Notification> notification, Prompts prompts,
                            Messages messages, Executor worker, Executor fx) {
        this.session = session;
        this.repositories = repositories;
        this.targets = targets;
        this.runningServerUrl = runningServerUrl;
        this.revealProblems = revealProblems;
        this.newRevision = newRevision;
        this.notification = notification;
        this.prompts = prompts;
        this.messages = messages;
        this.worker = worker;
        this.fx = fx;
        refresh();
    }

    /** Re-reads the repositories (after the preferences changed them). */
    public void refresh() {
        Settings s = repositories.current();
        choices.setAll(s.repositories());
        selected.set(s.selected().orElse(null));
    }

    /** Makes {@code repository} the one the main part of the button publishes to (remembered). */
    public void choose(RepositorySettings repository) {
        repositories.select(repository.id());
        selected.set(repository);
    }

    /**
     * Reviews the current revision on the publish thread, asks about its warnings, then publishes it to the
     * chosen repository; does nothing while a publish runs.
     */
    public void publish() {
        RepositorySettings target = selected.get();
        if (running.get() || target == null) {
            return;
        }
        Revision revision = session.current();
        Settings settings = repositories.current();
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        running.set(true);
        progress.set(0);
        step.set(messages.get("publish.reviewing"));
        CompletableFuture.supplyAsync(() -> PublishReview.of(revision), worker)
                .whenCompleteAsync((review, failure) -> {
                    if (failure != null) {
                        finish();
                        LOG.log(System.Logger.Level.WARNING, "Reviewing the package before publishing failed", failure);
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        prompts.error(messages.get("publish.couldNotStart", target.name()), cause.getMessage());
                        return;
                    }
                    if (!review.publishable() && !stop.get()) {
                        finish();
                        refused(target, review.refusal(), review.refusalProblems());
                        return;
                    }
                    if (review.needsConfirmation() && !stop.get() && !prompts.confirm("publishWarnings",
                            messages.get("publish.warnings.header", what(revision), target.name()), warningLines(review), messages.get("publish.warnings.go"))) {
                        finish();
                        return;
                    }
                    publish(target, settings, revision, stop);
                }, fx);
    }

    private static String what(Revision revision) {
        return revision.name().orElse("?") + " " + revision.version().orElse("");
    }

    private static List<String> warningLines(PublishReview review) {
        List<String> lines = new java.util.ArrayList<>(review.warnings().stream()
                .map(p -> (p.file() == null ? "" : p.file().fileName() + ": ") + p.message()).toList());
        review.installerNote().ifPresent(lines::add);
        return lines;
    }

    private void finish() {
        running.set(false);
        step.set("");
    }

    private void publish(RepositorySettings target, Settings settings, Revision revision, AtomicBoolean stop) {
        step.set(messages.get("publish.starting", target.name()));
        PublishProgress report = new PublishProgress() {
            @Override
            public void step(PublishStep s, String detail) {
                fx.execute(() -> {
                    progress.set(s.fraction());
                    step.set(s.label() + (detail == null || detail.isBlank() ? "" : ": " + detail));
                });
            }

            @Override
            public boolean isCancelled() {
                return stop.get();
            }
        };
        CompletableFuture.supplyAsync(() -> run(target, settings, revision, report), worker)
                .whenCompleteAsync((result, failure) -> {
                    finish();
                    if (failure != null) {
                        LOG.log(System.Logger.Level.WARNING, "Publishing to " + target.name() + " could not start", failure);
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        prompts.error(messages.get("publish.couldNotStart", target.name()), cause.getMessage());
                        return;
                    }
                    lastResult.set(result);
                    show(target, result);
                }, fx);
    }

    private PublishResult run(RepositorySettings target, Settings settings, Revision revision, PublishProgress report) {
        PublishTargets.Target t;
        try {
            t = targets.targetFor(target, settings);
        } catch (Exception e) {
            throw new java.util.concurrent.CompletionException(e);
        }
        try {
            return t.publisher().publish(revision, report);
        } finally {
            t.credentials().clear();
        }
    }

    /** Asks the running publish to stop; it stops before anything becomes visible, or finishes. */
    public void cancel() {
        cancel.set(true);
        step.set(messages.get("publish.cancelling"));
    }

    private void show(RepositorySettings target, PublishResult r) {
        String what = r.packageName() + " " + r.version();
        switch (r.status()) {
            case PUBLISHED -> notification.set(published(target, r, what));
            case UNCHANGED -> notification.set(Notification.of(Notification.Kind.INFO,
                    messages.get("publish.unchanged.title", what, r.revision()), r.message()));
            case CANCELLED -> notification.set(Notification.of(Notification.Kind.INFO,
                    messages.get("publish.cancelled.title"), r.message()));
            case REFUSED -> refused(target, r.message(), r.problems());
            case FAILED -> {
                notification.set(null);
                String key = PublishFailures.key(PublishFailures.causeOf(r.message()));
                prompts.error(messages.get(key, target.name()), r.message()
                        + (r.location() == null ? "" : "\n\n" + messages.get("publish.failed.target", r.location())));
            }
        }
    }

    /** The banner says why; a version clash offers New revision, other refusals bring the problems forward. */
    private void refused(RepositorySettings target, String why, List<Problem> problems) {
        Notification n = Notification.of(Notification.Kind.ERROR, messages.get("publish.refused.title", target.name()),
                why).withDetails(problems.stream().map(PublishViewModel::line).collect(Collectors.joining("\n")));
        if (problems.stream().anyMatch(p -> p.code().equals("PUBLISH-SAME-VERSION"))) {
            notification.set(n.withAction(messages.get("publish.newRevision"), newRevision));
            return;
        }
        notification.set(n);
        revealProblems.run();
    }

    private Notification published(RepositorySettings target, PublishResult r, String what) {
        String title = messages.get("publish.done.title", what, r.revision(), target.name());
        if (target.kind() instanceof RepositoryKind.GitRemote git) {
            String commit = r.commitIfAny().map(c -> c.length() > 10 ? c.substring(0, 10) : c).orElse("?");
            Notification n = Notification.of(Notification.Kind.SUCCESS, title,
                    messages.get("publish.done.git", commit, git.branch(), git.url()));
            return PullRequestLinks.forBranch(git.url(), git.branch())
                    .map(link -> n.withLink(link).withDetails(messages.get("publish.next.pullRequest")))
                    .orElse(n.withDetails(messages.get("publish.next.git", git.branch())));
        }
        if (target.kind() instanceof RepositoryKind.BuiltInServer server) {
            Optional<String> running = runningServerUrl.apply(target.id());
            String url = running.orElse("http://" + server.bindAddress() + ":"
                    + (server.port() == 0 ? RepositoryKind.BuiltInServer.DEFAULT_PORT : server.port()) + "/repo");
            return Notification.of(Notification.Kind.SUCCESS, title, running.isPresent()
                            ? messages.get("publish.done.served", url) : messages.get("publish.done.serverStopped", url))
                    .withCommand(ServerViewModel.repoAddCommand(target.name(), url))
                    .withDetails(r.location());
        }
        return Notification.of(Notification.Kind.SUCCESS, title, messages.get("publish.done.local", r.location()))
                .withDetails(messages.get("publish.next.local"));
    }

    private static String line(Problem p) {
        return p.severity() + " " + p.code() + " " + (p.file() == null ? "" : p.file().fileName())
                + (p.pointer() == null ? "" : " " + p.pointer()) + ": " + p.message();
    }

    public ObservableList<RepositorySettings> choices() {
        return choices;
    }

    public ObjectProperty<RepositorySettings> selectedProperty() {
        return selected;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty stepProperty() {
        return step;
    }

    public ObjectProperty<PublishResult> lastResultProperty() {
        return lastResult;
    }

    public ObjectProperty<Notification> notificationProperty() {
        return notification;
    }
}

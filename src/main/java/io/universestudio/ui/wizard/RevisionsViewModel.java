package io.universestudio.ui.wizard;

import io.universestudio.core.authoring.AppRenderer;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.ui.editor.pkg.PackagingMigrations;
import io.universestudio.core.authoring.NewRevision;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.model.Revision;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.Notification;
import io.universestudio.ui.common.Prompts;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.session.EditorSession;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * New revision and the packaging migrations for the package in the editor. A new revision is written to the
 * repository the open revision sits in (on the io thread) and then opened, with its diff against the
 * previous revision; the migration is one undoable edit with its summary told in the banner.
 */
public final class RevisionsViewModel {

    private static final System.Logger LOG = System.getLogger(RevisionsViewModel.class.getName());

    private final EditorSession session;
    private final ObjectProperty<Notification> notification;
    private final Prompts prompts;
    private final Messages messages;
    private final AppRenderer renderer;
    private final Executor io;
    private final Executor fx;
    private final PackagingMigrations migrations;
    private final ObjectProperty<NewRevision.Result> lastNewRevision = new SimpleObjectProperty<>(this, "lastNewRevision");

    public RevisionsViewModel(EditorSession session, ObjectProperty<Notification> notification, Prompts prompts,
                              Messages messages, AppRenderer renderer, Executor io, Executor fx) {
        this.session = session;
        this.notification = notification;
        this.prompts = prompts;
        this.messages = messages;
        this.renderer = renderer;
        this.io = io;
        this.fx = fx;
        this.migrations = new PackagingMigrations(session, notification, messages);
    }

    /** The repository holding the open revision ({@code packages/[L/]name/N}), if it sits in one. */
    public Optional<Path> repositoryOfCurrent() {
        Optional<Path> folder = session.current().origin().folderIfAny();
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        // packages/L/name/N or repo/packages/L/name/N: the repository is a few folders up.
        Path p = folder.get().toAbsolutePath().normalize();
        for (int up = 0; up < 5 && p.getParent() != null; up++) {
            p = p.getParent();
            if (UniverseRepository.isRepository(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** New revision is possible when the open revision sits in a repository. */
    public boolean canCreateRevision() {
        return repositoryOfCurrent().isPresent();
    }

    /** Writes the next revision of the open package and opens it; the result (with the diff) is published. */
    public void newRevision() {
        Optional<Path> root = repositoryOfCurrent();
        if (root.isEmpty()) {
            prompts.error(messages.get("revision.notInRepository"), null);
            return;
        }
        Revision current = session.current();
        CompletableFuture.supplyAsync(() -> {
            try {
                return NewRevision.create(UniverseRepository.open(root.get()), current, renderer);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, io).whenCompleteAsync((result, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                LOG.log(System.Logger.Level.WARNING, "New revision failed", cause);
                prompts.error(messages.get("revision.failed"), String.valueOf(cause.getMessage()));
                return;
            }
            session.open(result.revision());
            notification.set(Notification.of(Notification.Kind.SUCCESS,
                    messages.get("revision.created", result.number(), result.newVersion()),
                    messages.get("revision.createdIn", result.folder()))
                    .withDetails(String.join("\n", result.changes())));
            lastNewRevision.set(result);
        }, fx);
    }

    /** Migrates the open 2.0/3.0 package to 4.0 as one undoable edit; returns whether it changed anything. */
    public boolean migrate() {
        return migrations.migrate(PackagingVersion.V4_0);
    }

    /** The migrations to 4.0 and 5.0, which the menu and the package form offer where they apply. */
    public PackagingMigrations migrations() {
        return migrations;
    }

    public ObjectProperty<NewRevision.Result> lastNewRevisionProperty() {
        return lastNewRevision;
    }
}

package io.universestudio.ui.editor.pkg;

import io.universestudio.core.authoring.Migration;
import io.universestudio.core.authoring.MigrationToV5;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.Notification;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.session.EditorSession;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Optional;

/**
 * The packaging migrations the open package can take: 2.0/3.0 to 4.0 ({@link Migration}) and 4.0 to 5.0
 * ({@link MigrationToV5}), one step at a time. Each is one undoable edit whose list of changes is told in the
 * banner; the menu and the package form offer only the one that applies (ADR 0123).
 */
public final class PackagingMigrations {

    private final EditorSession session;
    private final ObjectProperty<Notification> notification;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<PackagingVersion> target = new ReadOnlyObjectWrapper<>(this, "target");

    public PackagingMigrations(EditorSession session, ObjectProperty<Notification> notification, Messages messages) {
        this.session = session;
        this.notification = notification;
        this.messages = messages;
        session.currentProperty().addListener((o, a, r) -> target.set(targetOf(r).orElse(null)));
        target.set(targetOf(session.current()).orElse(null));
    }

    /** The packaging version {@code revision} can be migrated to next, if any. */
    public static Optional<PackagingVersion> targetOf(Revision revision) {
        if (Migration.applies(revision)) {
            return Optional.of(PackagingVersion.V4_0);
        }
        return MigrationToV5.applies(revision) ? Optional.of(PackagingVersion.V5_0) : Optional.empty();
    }

    /** The version the open package can be migrated to; null when there is nothing to migrate. */
    public ReadOnlyObjectProperty<PackagingVersion> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /**
     * Migrates the open package to {@code version} as one undoable edit and tells what changed; when that
     * migration does not apply, says why and changes nothing. Returns whether it changed anything.
     */
    public boolean migrate(PackagingVersion version) {
        Revision current = session.current();
        Migration.Result result = version == PackagingVersion.V5_0 ? MigrationToV5.migrate(current)
                : Migration.toV4(current);
        if (!result.migrated()) {
            notification.set(Notification.of(Notification.Kind.INFO, messages.get("migrate.nothing"),
                    String.join(" ", result.needsAttention())));
            return false;
        }
        session.apply(Edit.of(messages.get("edit.migrate", version.text()), r -> result.revision()));
        notification.set(Notification.of(result.needsAttention().isEmpty() ? Notification.Kind.SUCCESS : Notification.Kind.INFO,
                messages.get("migrate.done", version.text()), messages.get("migrate.doneText", result.changes().size(),
                        result.needsAttention().size())).withDetails(result.summary()));
        return true;
    }
}

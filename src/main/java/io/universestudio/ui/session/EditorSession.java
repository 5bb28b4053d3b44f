package io.universestudio.ui.session;

import io.universestudio.core.model.Revision;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The package being edited: the current {@link Revision}, the stacks of revisions for undo and redo, and
 * the revision last saved (which decides "unsaved changes"). Used on the FX thread only; revisions are
 * immutable, so background work can read any of them freely.
 */
public final class EditorSession {

    /** Edits with the same merge key closer together than this become one undo step. */
    public static final long MERGE_WINDOW_MILLIS = 1500;

    private record Step(Revision revision, String description, String mergeKey, long at) {
    }

    private final LongSupplier clock;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Revision> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private Revision saved;
    private Step top;
    private long changeCount;
    private long openings;

    public EditorSession(Revision initial, LongSupplier clockMillis) {
        this.clock = clockMillis;
        open(initial);
    }

    public EditorSession(Revision initial) {
        this(initial, System::currentTimeMillis);
    }

    /** Replaces everything with a freshly opened revision, which counts as saved. */
    public void open(Revision revision) {
        openings++;
        undo.clear();
        redo.clear();
        saved = revision;
        top = new Step(revision, "", null, 0);
        publish();
    }

    /** Opens {@code base} (as saved) and then applies {@code restored} as an undoable edit on top of it. */
    public void openWithChanges(Revision base, Revision restored, String description) {
        open(base);
        apply(Edit.of(description, r -> restored));
    }

    /** Applies an edit; does nothing when it changes no byte. Returns true when the revision changed. */
    public boolean apply(Edit edit) {
        Revision before = top.revision();
        Revision after = Objects.requireNonNull(edit.change().apply(before));
        if (after == before || after.sameContentAs(before)) {
            return false;
        }
        long now = clock.getAsLong();
        boolean merge = edit.mergeKey() != null && edit.mergeKey().equals(top.mergeKey())
                && now - top.at() < MERGE_WINDOW_MILLIS && !undo.isEmpty();
        if (!merge) {
            undo.push(top);
        }
        redo.clear();
        top = new Step(after, edit.description(), edit.mergeKey(), now);
        publish();
        return true;
    }

    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        redo.push(new Step(top.revision(), top.description(), null, 0));
        top = undo.pop();
        top = new Step(top.revision(), top.description(), null, 0);
        publish();
        return true;
    }

    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        undo.push(top);
        top = redo.pop();
        publish();
        return true;
    }

    /**
     * Records that {@code written} is now on disk, read back as {@code onDisk} (same content, with its
     * folder as origin). If nothing was edited meanwhile, the current revision becomes {@code onDisk}.
     */
    public void markSaved(Revision written, Revision onDisk) {
        if (top.revision() == written) {
            top = new Step(onDisk, top.description(), null, 0);
        }
        saved = onDisk;
        publish();
    }

    private void publish() {
        changeCount++;
        current.set(top.revision());
        dirty.set(!top.revision().sameContentAs(saved)
                || !Objects.equals(top.revision().origin(), saved.origin()));
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoDescription.set(undo.isEmpty() ? "" : top.description());
        redoDescription.set(redo.isEmpty() ? "" : redo.peek().description());
    }

    public Revision current() {
        return top.revision();
    }

    public Revision saved() {
        return saved;
    }

    /** Grows by one on every change of the current revision, undo and redo included. */
    public long changeCount() {
        return changeCount;
    }

    /**
     * Grows by one each time a package is opened (not on edits, undo or save): a form that keeps the last
     * version of a file it could read must not keep one of the package opened before.
     */
    public long openings() {
        return openings;
    }

    public ReadOnlyObjectProperty<Revision> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}

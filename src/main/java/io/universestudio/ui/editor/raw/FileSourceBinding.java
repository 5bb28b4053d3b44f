package io.universestudio.ui.editor.raw;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.problems.ProblemsViewModel;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.session.EditorSession;
import javafx.collections.ListChangeListener;

import java.util.concurrent.CompletableFuture;

/**
 * Keeps a source editor and one file of the session in step: the session's text is shown (unless the
 * editor already has it), typed text becomes an edit (consecutive typing is one undo step, a replacement
 * is a step of its own), and the
 * file's problems are underlined. Text that does not parse is kept exactly as typed. After a pause in typing
 * the new revision is made (parsed) off the FX thread; before undo, save or a switch of view it is made at once.
 */
public final class FileSourceBinding {

    private static final System.Logger LOG = System.getLogger(FileSourceBinding.class.getName());

    private final SourceEditor editor;
    private final RevisionFile file;
    private final EditorSession session;
    private final String typingDescription;
    /** Numbers the texts handed over: one still being parsed when a newer one comes is dropped. */
    private long handovers;

    public FileSourceBinding(SourceEditor editor, RevisionFile file, EditorSession session, ProblemsViewModel problems,
                             Messages messages) {
        this.editor = editor;
        this.file = file;
        this.session = session;
        this.typingDescription = messages.get("edit.editFile", file.fileName());
        editor.onEdit(text -> {
            handovers++;
            session.apply(typed(text, null, null));
        });
        editor.onEditSoon(this::parseThenApply);
        // A replacement never merges with typing around it: each replace and each replace-all is one undo step.
        editor.onReplace((text, description) -> {
            handovers++;
            session.apply(new Edit(description, null, r -> r.withText(file, text)));
        });
        session.currentProperty().addListener((o, a, r) -> show(r));
        problems.all().addListener((ListChangeListener<Object>) c -> editor.setProblems(problems.inFile(file)));
        editor.setProblems(problems.inFile(file)); // those found before this editor was made
        show(session.current());
    }

    /**
     * Text handed over after a pause in typing: the revision with it (for config.json, a parse of 148 KB) is
     * made on the editor's background thread, and applied on the FX thread if nothing newer was handed over.
     */
    private void parseThenApply(String text, Runnable done) {
        long mine = ++handovers;
        Revision base = session.current();
        CompletableFuture.supplyAsync(() -> base.withText(file, text), editor.background()).whenCompleteAsync((prepared, failure) -> {
            done.run();
            if (mine != handovers) {
                return;
            }
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "Reading " + file.fileName() + " in the background failed; read on the FX thread", failure);
            }
            session.apply(typed(text, base, failure == null ? prepared : null));
        }, editor.fx());
    }

    /** Typing in this file (one undo step while it goes on); {@code prepared} is {@code base} with {@code text}, made beforehand. */
    private Edit typed(String text, Revision base, Revision prepared) {
        return new Edit(typingDescription, "source:" + file.fileName(),
                r -> r == base && prepared != null ? prepared : r.withText(file, text));
    }

    private void show(Revision revision) {
        editor.show(revision.text(file).orElse(""));
    }

    public SourceEditor editor() {
        return editor;
    }

    public RevisionFile file() {
        return file;
    }
}

package io.universestudio.ui.editor.raw;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.problems.ProblemsViewModel;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.session.EditorSession;
import javafx.collections.ListChangeListener;

/**
 * Keeps a source editor and one file of the session in step: the session's text is shown (unless the
 * editor already has it), typed text becomes an edit (consecutive typing is one undo step, a replacement
 * is a step of its own), and the
 * file's problems are underlined. Text that does not parse is kept exactly as typed.
 */
public final class FileSourceBinding {

    private final SourceEditor editor;
    private final RevisionFile file;
    private final EditorSession session;

    public FileSourceBinding(SourceEditor editor, RevisionFile file, EditorSession session, ProblemsViewModel problems,
                             Messages messages) {
        this.editor = editor;
        this.file = file;
        this.session = session;
        editor.onEdit(text -> session.apply(new Edit(messages.get("edit.editFile", file.fileName()),
                "source:" + file.fileName(), r -> r.withText(file, text))));
        // A replacement never merges with typing around it: each replace and each replace-all is one undo step.
        editor.onReplace((text, description) -> session.apply(new Edit(description, null, r -> r.withText(file, text))));
        session.currentProperty().addListener((o, a, r) -> show(r));
        problems.all().addListener((ListChangeListener<Object>) c -> editor.setProblems(problems.inFile(file)));
        editor.setProblems(problems.inFile(file)); // those found before this editor was made
        show(session.current());
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

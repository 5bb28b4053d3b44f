package io.universestudio.ui.session;

import io.universestudio.core.io.Samples;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class EditorSessionTest {

    private final AtomicLong clock = new AtomicLong(1_000);
    private final Revision sample = Samples.load(Samples.DEFAULT);
    private final EditorSession session = new EditorSession(sample, clock::get);

    private static Edit setTemplate(String text, String key) {
        return new Edit("edit template", key, r -> r.withText(RevisionFile.TEMPLATE, text));
    }

    @Test
    void anEditMakesANewRevisionAndUndoRedoWalkTheStack() {
        assertThat(session.isDirty()).isFalse();
        assertThat(session.apply(setTemplate("{}", null))).isTrue();
        Revision edited = session.current();
        assertThat(edited.template()).contains("{}");
        assertThat(session.isDirty()).isTrue();
        assertThat(session.canUndoProperty().get()).isTrue();
        assertThat(session.undoDescriptionProperty().get()).isEqualTo("edit template");

        assertThat(session.undo()).isTrue();
        assertThat(session.current()).isSameAs(sample);
        assertThat(session.isDirty()).isFalse();
        assertThat(session.canRedoProperty().get()).isTrue();

        assertThat(session.redo()).isTrue();
        assertThat(session.current()).isSameAs(edited);
        assertThat(session.redo()).isFalse();
    }

    @Test
    void anEditThatChangesNothingIsNotAnUndoStep() {
        assertThat(session.apply(setTemplate(sample.template().orElseThrow(), null))).isFalse();
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void typingInOnePlaceInQuickSuccessionIsOneUndoStep() {
        session.apply(setTemplate("{", "source:t"));
        clock.addAndGet(200);
        session.apply(setTemplate("{}", "source:t"));
        clock.addAndGet(EditorSession.MERGE_WINDOW_MILLIS + 1);
        session.apply(setTemplate("{ }", "source:t"));
        session.undo();
        assertThat(session.current().template()).contains("{}");
        session.undo();
        assertThat(session.current()).isSameAs(sample);
        assertThat(session.undo()).isFalse();
    }

    @Test
    void anEditAfterUndoClearsRedoAndDoesNotMergeIntoTheUndoneStep() {
        session.apply(setTemplate("a", "k"));
        session.undo();
        session.apply(setTemplate("b", "k"));
        assertThat(session.canRedoProperty().get()).isFalse();
        session.undo();
        assertThat(session.current()).isSameAs(sample);
    }

    @Test
    void savingMakesTheSessionCleanAndKeepsUndo() {
        session.apply(setTemplate("{}", null));
        Revision written = session.current();
        Revision onDisk = written.withOrigin(new RevisionOrigin(Path.of("/tmp/x"), null));
        session.markSaved(written, onDisk);
        assertThat(session.isDirty()).isFalse();
        assertThat(session.current()).isSameAs(onDisk);
        session.undo();
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void aSaveFinishingAfterFurtherTypingKeepsTheTypingAndStaysDirty() {
        session.apply(setTemplate("{}", null));
        Revision written = session.current();
        session.apply(setTemplate("{ }", null));
        session.markSaved(written, written);
        assertThat(session.current().template()).contains("{ }");
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void restoredChangesSitOnTopOfTheSavedRevision() {
        Revision restored = sample.withText(RevisionFile.TEMPLATE, "{\"id\": 1}");
        session.openWithChanges(sample, restored, "restore");
        assertThat(session.current().template()).contains("{\"id\": 1}");
        assertThat(session.isDirty()).isTrue();
        session.undo();
        assertThat(session.current()).isSameAs(sample);
        assertThat(session.isDirty()).isFalse();
    }
}

package io.universestudio.ui.session;

import io.universestudio.core.io.Samples;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.concurrent.Debouncer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class DraftStoreTest {

    @TempDir
    Path data;

    private DraftStore store() {
        return new DraftStore(data, Debouncer.immediate(), Clock.systemUTC());
    }

    @Test
    void unsavedWorkIsWrittenAndRemovedOnceClean() {
        DraftStore drafts = store();
        EditorSession session = new EditorSession(Samples.load(Samples.DEFAULT));
        drafts.watch(session);
        assertThat(drafts.find()).isEmpty();
        session.apply(Edit.of("t", r -> r.withText(RevisionFile.TEMPLATE, "{ broken")));
        assertThat(drafts.path()).exists();
        Draft draft = store().find().orElseThrow();
        assertThat(draft.files().get(RevisionFile.TEMPLATE)).isEqualTo("{ broken");
        assertThat(draft.originIfAny()).isEmpty();
        session.undo();
        assertThat(drafts.path()).doesNotExist();
    }

    @Test
    void aDraftRecreatesTheRevisionOverItsBase() throws Exception {
        Path folder = data.resolve("pkg");
        Revision base = Samples.load(Samples.DEFAULT).withOrigin(new RevisionOrigin(folder, null));
        Revision edited = base.withText(RevisionFile.CONFIG, "{\"x\": 1}").without(RevisionFile.RESOURCE);
        store().writeNow(edited);
        Draft draft = store().find().orElseThrow();
        assertThat(draft.origin()).isEqualTo(folder);
        Revision restored = draft.applyTo(base);
        assertThat(restored.sameContentAs(edited)).isTrue();
        assertThat(restored.has(RevisionFile.RESOURCE)).isFalse();
    }

    @Test
    void anUnreadableDraftIsKeptAsideNotDeleted() throws Exception {
        Files.createDirectories(store().path().getParent());
        Files.writeString(store().path(), "not json");
        assertThat(store().find()).isEmpty();
        try (var files = Files.list(store().path().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().startsWith("draft.json.corrupt-");
        }
    }
}

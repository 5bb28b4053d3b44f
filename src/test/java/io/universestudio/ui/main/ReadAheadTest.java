package io.universestudio.ui.main;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.prefs.PreferencesStore;
import io.universestudio.ui.session.DraftStore;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.testsupport.ScriptedPrompts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revision a folder is read into is shown to the read-ahead listener before it is opened, and it is the
 * very object the session then opens: the first check's head start is taken by identity (ADR 0150).
 */
class ReadAheadTest {

    @TempDir
    Path home;

    @Test
    void theRevisionReadIsTheOneOpenedAndTheListenerSeesItFirst() throws Exception {
        Path folder = home.resolve("pkg");
        RevisionWriter.write(Samples.load(Samples.DEFAULT), folder);
        EditorSession session = new EditorSession(Revision.empty(RevisionOrigin.NEW));
        ScriptedPrompts prompts = new ScriptedPrompts();
        MainViewModel main = new MainViewModel(session, prompts,
                new PreferencesStore(home.resolve("config"), Debouncer.immediate(), Clock.systemUTC()),
                new DraftStore(home.resolve("data"), Debouncer.immediate(), Clock.systemUTC()),
                Messages.load(), Runnable::run, Runnable::run);
        List<Revision> read = new ArrayList<>();
        List<Revision> currentWhenRead = new ArrayList<>();
        main.onRead(r -> {
            read.add(r);
            currentWhenRead.add(session.current());
        });

        main.start(Optional.of(folder));

        assertThat(prompts.errors).isEmpty();
        assertThat(read).singleElement().isSameAs(session.current());
        assertThat(currentWhenRead).singleElement().isNotSameAs(session.current());
        assertThat(session.current().origin().folderIfAny()).contains(folder);
    }
}

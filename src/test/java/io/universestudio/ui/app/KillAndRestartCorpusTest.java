package io.universestudio.ui.app;

import io.universestudio.core.io.Samples;
import io.universestudio.core.settings.UserFolders;
import io.universestudio.testsupport.Shared;
import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.main.MainViewModel;
import io.universestudio.ui.prefs.PreferencesStore;
import io.universestudio.ui.session.DraftStore;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.testsupport.ScriptedPrompts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real application JVM (SIGKILL, no shutdown hooks) after an edit, then starts again on the same
 * user folders: the unsaved edit comes back, on top of the package as it is on disk.
 */
class KillAndRestartCorpusTest {

    @TempDir
    Path home;

    @Test
    void anEditSurvivesAKill() throws Exception {
        Path folder = StudioWindow.copyRevision(Shared.revision("D/datastax-dse/700"), home.resolve("repo"));
        UserFolders folders = StudioWindow.folders(home);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                KillProbe.Main.class.getName(), folders.config().toString(), folders.data().toString(), folder.toString(),
                "7.7.7-killed"));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(home.resolve("child.log").toFile()).start();
        Path draft = folders.data().resolve("drafts").resolve("draft.json");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!(Files.exists(draft) && Files.readString(draft, StandardCharsets.UTF_8).contains("7.7.7-killed"))) {
                assertThat(child.isAlive()).as("the child ended early: %s", log()).isTrue();
                assertThat(System.nanoTime()).as("no draft was written in time: %s", log()).isLessThan(deadline);
                Thread.sleep(100); // waiting on another process's file: there is no event to wait for
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readString(folder.resolve("package.json"))).doesNotContain("7.7.7-killed");

        // The next start, through the same code the window uses (no toolkit needed for the view model).
        EditorSession session = new EditorSession(Samples.load(Samples.DEFAULT));
        PreferencesStore prefs = new PreferencesStore(folders.config(), Debouncer.immediate(), Clock.systemUTC());
        DraftStore drafts = new DraftStore(folders.data(), Debouncer.immediate(), Clock.systemUTC());
        ScriptedPrompts prompts = new ScriptedPrompts();
        MainViewModel main = new MainViewModel(session, prompts, prefs, drafts, Messages.load(), Runnable::run, Runnable::run);
        main.start(Optional.of(folder));
        assertThat(session.current().version()).contains("7.7.7-killed");
        assertThat(session.current().origin().folderIfAny()).contains(folder);
        assertThat(session.isDirty()).isTrue();
        assertThat(main.restoredDraftProperty().get()).isNotNull();
        assertThat(prompts.errors).as("nothing failed at start").isEmpty();
        assertThat(prompts.confirmations).as("nothing asked at start").isEmpty();
        assertThat(prompts.unsavedQuestions).as("nothing asked at start").isEmpty();
        session.undo();
        assertThat(session.current().version()).contains("3.2.0-6.7.7");
    }

    private String log() throws java.io.IOException {
        Path log = home.resolve("child.log");
        return Files.exists(log) ? Files.readString(log) : "(no output)";
    }
}

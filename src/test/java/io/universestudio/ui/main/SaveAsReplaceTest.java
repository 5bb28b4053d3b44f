package io.universestudio.ui.main;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.prefs.PreferencesStore;
import io.universestudio.ui.session.DraftStore;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.testsupport.ScriptedPrompts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Save As into a folder that holds another package asks first, naming it; real folders, no window needed. */
class SaveAsReplaceTest {

    @TempDir
    Path home;

    private final ScriptedPrompts prompts = new ScriptedPrompts();

    private MainViewModel model(EditorSession session) {
        return new MainViewModel(session, prompts,
                new PreferencesStore(home.resolve("config"), Debouncer.immediate(), Clock.systemUTC()),
                new DraftStore(home.resolve("data"), Debouncer.immediate(), Clock.systemUTC()),
                Messages.load(), Runnable::run, Runnable::run);
    }

    @AfterEach
    void nothingFailed() {
        assertThat(prompts.errors).isEmpty();
    }

    @Test
    void saveAsOverAnotherPackageAsksNamingItAndLeavesItWhenRefused() throws Exception {
        Revision other = Samples.load("docker-service");
        Path chosen = home.resolve("other");
        prompts.folder = chosen;
        RevisionWriter.write(other, chosen);
        String before = Files.readString(chosen.resolve("package.json"));
        String otherName = other.name().orElseThrow() + " " + other.version().orElseThrow();

        MainViewModel main = model(new EditorSession(Samples.load(Samples.DEFAULT)));
        prompts.confirm = false;
        assertThat(main.saveAs()).isFalse();
        assertThat(prompts.confirmations).singleElement().asString()
                .startsWith("replacePackage|The folder " + chosen + " holds the package " + otherName
                        + ". Replace its files with this package?|")
                .endsWith("|Replace");
        assertThat(Files.readString(chosen.resolve("package.json"))).isEqualTo(before);

        prompts.confirm = true;
        assertThat(main.saveAs()).isTrue();
        assertThat(Files.readString(chosen.resolve("package.json")))
                .isEqualTo(Samples.load(Samples.DEFAULT).text(RevisionFile.PACKAGE).orElseThrow());
    }

    @Test
    void saveAsIntoAnEmptyFolderOrThePackagesOwnFolderDoesNotAsk() throws Exception {
        Path chosen = home.resolve("empty");
        prompts.folder = chosen;
        Files.createDirectories(chosen);
        EditorSession session = new EditorSession(Samples.load(Samples.DEFAULT));
        MainViewModel main = model(session);
        assertThat(main.saveAs()).isTrue();
        assertThat(Files.isRegularFile(chosen.resolve("package.json"))).isTrue();
        assertThat(session.current().origin().folderIfAny()).isPresent();

        assertThat(main.saveAs()).as("its own folder").isTrue();
        assertThat(prompts.confirmations).isEmpty();
    }
}

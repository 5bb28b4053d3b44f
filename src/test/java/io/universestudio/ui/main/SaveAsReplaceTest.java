package io.universestudio.ui.main;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.Prompts;
import io.universestudio.ui.prefs.PreferencesStore;
import io.universestudio.ui.session.DraftStore;
import io.universestudio.ui.session.EditorSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Save As into a folder that holds another package asks first, naming it; real folders, no window needed. */
class SaveAsReplaceTest {

    @TempDir
    Path home;

    private final List<String> asked = new ArrayList<>();
    private boolean replace;
    private Path chosen;

    private MainViewModel model(EditorSession session) {
        Prompts prompts = new Prompts() {
            @Override
            public Unsaved askUnsaved(String what) {
                return Unsaved.CANCEL;
            }

            @Override
            public void error(String message, String details) {
                throw new AssertionError(message + "\n" + details);
            }

            @Override
            public boolean confirm(String id, String header, List<String> items, String go) {
                asked.add(id + "|" + header + "|" + go);
                return replace;
            }

            @Override
            public Optional<Path> chooseFolder(String title, Path initial) {
                return Optional.of(chosen);
            }

            @Override
            public Optional<Path> chooseFile(String title, String kind, String... patterns) {
                return Optional.empty();
            }
        };
        return new MainViewModel(session, prompts,
                new PreferencesStore(home.resolve("config"), Debouncer.immediate(), Clock.systemUTC()),
                new DraftStore(home.resolve("data"), Debouncer.immediate(), Clock.systemUTC()),
                Messages.load(), Runnable::run, Runnable::run);
    }

    @Test
    void saveAsOverAnotherPackageAsksNamingItAndLeavesItWhenRefused() throws Exception {
        Revision other = Samples.load("docker-service");
        chosen = home.resolve("other");
        RevisionWriter.write(other, chosen);
        String before = Files.readString(chosen.resolve("package.json"));
        String otherName = other.name().orElseThrow() + " " + other.version().orElseThrow();

        MainViewModel main = model(new EditorSession(Samples.load(Samples.DEFAULT)));
        replace = false;
        assertThat(main.saveAs()).isFalse();
        assertThat(asked).containsExactly("replacePackage|The folder " + chosen + " holds the package " + otherName
                + ". Replace its files with this package?|Replace");
        assertThat(Files.readString(chosen.resolve("package.json"))).isEqualTo(before);

        replace = true;
        assertThat(main.saveAs()).isTrue();
        assertThat(Files.readString(chosen.resolve("package.json")))
                .isEqualTo(Samples.load(Samples.DEFAULT).text(RevisionFile.PACKAGE).orElseThrow());
    }

    @Test
    void saveAsIntoAnEmptyFolderOrThePackagesOwnFolderDoesNotAsk() throws Exception {
        chosen = home.resolve("empty");
        Files.createDirectories(chosen);
        EditorSession session = new EditorSession(Samples.load(Samples.DEFAULT));
        MainViewModel main = model(session);
        assertThat(main.saveAs()).isTrue();
        assertThat(Files.isRegularFile(chosen.resolve("package.json"))).isTrue();
        assertThat(session.current().origin().folderIfAny()).isPresent();

        assertThat(main.saveAs()).as("its own folder").isTrue();
        assertThat(asked).isEmpty();
    }
}

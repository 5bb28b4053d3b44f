package io.universestudio.ui.main;

import io.universestudio.core.bundle.BundleBuilder;
import io.universestudio.core.bundle.BundleLimits;
import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.prefs.PreferencesStore;
import io.universestudio.ui.session.DraftStore;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.testsupport.ScriptedPrompts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unsaved work on a revision opened from a package.dcos survives a crash as work on that package.dcos: the
 * restored draft saves back as a new bundle beside it, without asking for a folder. Real files, no window.
 */
class DraftOfAPackageFileTest {

    @TempDir
    Path home;

    private final ScriptedPrompts prompts = new ScriptedPrompts();

    @AfterEach
    void nothingWasAsked() {
        assertThat(prompts.errors).isEmpty();
        assertThat(prompts.confirmations).isEmpty();
    }

    private MainViewModel model(EditorSession session) {
        DraftStore drafts = new DraftStore(home.resolve("data"), Debouncer.immediate(), Clock.systemUTC());
        MainViewModel model = new MainViewModel(session, prompts,
                new PreferencesStore(home.resolve("config"), Debouncer.immediate(), Clock.systemUTC()),
                drafts, Messages.load(), Runnable::run, Runnable::run);
        drafts.watch(session); // as the application wires them
        return model;
    }

    private static List<Path> bundles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".dcos")).sorted().toList();
        }
    }

    @Test
    void aRestoredDraftOfAPackageDcosSavesBackAsABundle() throws Exception {
        Path folder = home.resolve("sample");
        RevisionWriter.write(Samples.load(Samples.DEFAULT), folder);
        Path out = Files.createDirectories(home.resolve("bundles"));
        Path bundle = new BundleBuilder("test", BundleLimits.DEFAULT).build(folder, out).file();

        EditorSession crashed = new EditorSession(Revision.empty(RevisionOrigin.NEW));
        MainViewModel before = model(crashed);
        before.open(bundle);
        assertThat(before.packageFileProperty().get().path()).isEqualTo(bundle);
        String description = "Restored from a draft of a package.dcos";
        crashed.apply(Edit.of("type", r -> r.withText(RevisionFile.PACKAGE,
                r.text(RevisionFile.PACKAGE).orElseThrow().replaceFirst("\"description\": \"[^\"]*\"",
                        "\"description\": \"" + description + "\""))));
        // The process dies here: nothing is saved, the draft stays.

        EditorSession restarted = new EditorSession(Revision.empty(RevisionOrigin.NEW));
        MainViewModel after = model(restarted);
        after.start(Optional.empty());
        assertThat(after.restoredDraftProperty().get()).isNotNull();
        assertThat(after.packageFileProperty().get()).as("the package.dcos the draft was made from").isNotNull();
        assertThat(after.packageFileProperty().get().path()).isEqualTo(bundle);
        assertThat(after.titleBinding().get()).startsWith("* ").contains(bundle.getFileName().toString());
        assertThat(restarted.current().text(RevisionFile.PACKAGE).orElseThrow()).contains(description);

        assertThat(after.save()).isTrue();
        assertThat(bundles(out)).hasSize(2).contains(bundle);
        assertThat(restarted.isDirty()).isFalse();
        assertThat(home.resolve("data/drafts/draft.json")).doesNotExist();
    }

    @Test
    void aDraftWhosePackageDcosIsGoneFallsBackToANewPackage() throws Exception {
        Path folder = home.resolve("sample");
        RevisionWriter.write(Samples.load(Samples.DEFAULT), folder);
        Path bundle = new BundleBuilder("test", BundleLimits.DEFAULT).build(folder, Files.createDirectories(home.resolve("b"))).file();
        EditorSession crashed = new EditorSession(Revision.empty(RevisionOrigin.NEW));
        model(crashed).open(bundle);
        crashed.apply(Edit.of("type", r -> r.withText(RevisionFile.CONFIG, "{ \"type\": \"object\" }")));
        Files.delete(bundle);

        EditorSession restarted = new EditorSession(Revision.empty(RevisionOrigin.NEW));
        MainViewModel after = model(restarted);
        after.start(Optional.empty());
        assertThat(after.packageFileProperty().get()).isNull();
        assertThat(restarted.current().text(RevisionFile.CONFIG)).contains("{ \"type\": \"object\" }");
    }
}

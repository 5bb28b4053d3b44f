package io.universestudio.ui.app;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.settings.SettingsStore;
import io.universestudio.core.settings.UserFolders;
import io.universestudio.ui.prefs.Preferences;
import io.universestudio.ui.prefs.PreferencesStore;
import io.universestudio.ui.session.DraftStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings, the preferences and the crash draft once set unusable files aside under three names
 * ({@code .corrupt-<ms>}, {@code .corrupt-yyyyMMdd-HHmmss} replacing an earlier one of the same second,
 * {@code .before-recovery-<ms>}); now all three go through one store and one name.
 */
class KeptAsideNamesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:15:00.999Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    @Test
    void settingsPreferencesAndDraftsKeepAnUnusableFileUnderTheSameName() throws Exception {
        UserFolders folders = new UserFolders(home.resolve("config"), home.resolve("data"));
        Files.createDirectories(folders.config());
        Path draft = folders.data().resolve("drafts").resolve("draft.json");
        Files.createDirectories(draft.getParent());
        Files.writeString(folders.settingsFile(), "{ broken");
        Files.writeString(folders.config().resolve(PreferencesStore.FILE_NAME), "{ broken");
        Files.writeString(draft, "{ broken");

        new SettingsStore(folders, Debouncer.immediate(), CLOCK).load();
        assertThat(new PreferencesStore(folders.config(), Debouncer.immediate(), CLOCK).load()).isEqualTo(Preferences.defaults());
        assertThat(new DraftStore(folders.data(), Debouncer.immediate(), CLOCK).find()).isEmpty();

        for (Path kept : new Path[] {folders.config().resolve("settings.json.corrupt-20261124-101500"),
                folders.config().resolve("preferences.json.corrupt-20261124-101500"),
                draft.resolveSibling("draft.json.corrupt-20261124-101500")}) {
            assertThat(kept).hasContent("{ broken");
        }
    }

    @Test
    void aSecondBadPreferencesFileInTheSameSecondIsKeptNextToTheFirst() throws Exception {
        Path config = Files.createDirectories(home.resolve("config"));
        Path file = config.resolve(PreferencesStore.FILE_NAME);
        Files.writeString(file, "first {");
        new PreferencesStore(config, Debouncer.immediate(), CLOCK).load();
        Files.writeString(file, "{ \"zoom\": \"big\" }");
        new PreferencesStore(config, Debouncer.immediate(), CLOCK).load();
        assertThat(config.resolve("preferences.json.corrupt-20261124-101500")).hasContent("first {");
        assertThat(config.resolve("preferences.json.corrupt-20261124-101500-2")).hasContent("{ \"zoom\": \"big\" }");
    }
}

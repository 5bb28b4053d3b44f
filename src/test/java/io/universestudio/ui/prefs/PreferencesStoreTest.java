package io.universestudio.ui.prefs;

import io.universestudio.core.concurrent.Debouncer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesStoreTest {

    @TempDir
    Path config;

    private PreferencesStore store() {
        return new PreferencesStore(config, Debouncer.immediate(), Clock.systemUTC());
    }

    @Test
    void whatIsSavedIsWhatTheNextRunLoads() {
        PreferencesStore first = store();
        first.load();
        first.update(first.current().withTheme(Preferences.DARK).withZoom(1.3).withWindow(10, 20, 1000, 700, false)
                .withDividers(0.2, 0.6, 0.7).withRecent("/a").withRecent("/b").withRecent("/a"));
        Preferences loaded = store().load();
        assertThat(loaded.theme()).isEqualTo(Preferences.DARK);
        assertThat(loaded.zoom()).isEqualTo(1.3);
        assertThat(loaded.windowWidth()).isEqualTo(1000);
        assertThat(loaded.navigatorDivider()).isEqualTo(0.2);
        assertThat(loaded.recent()).containsExactly("/a", "/b");
    }

    @Test
    void aCorruptFileIsKeptAsideAndDefaultsAreUsed() throws Exception {
        Files.writeString(config.resolve(PreferencesStore.FILE_NAME), "{ \"theme\": ", StandardCharsets.UTF_8);
        Preferences loaded = store().load();
        assertThat(loaded).isEqualTo(Preferences.defaults());
        try (Stream<Path> files = Files.list(config)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .singleElement().asString().startsWith(PreferencesStore.FILE_NAME + ".corrupt-");
        }
    }

    @Test
    void aFileWithWrongTypesIsKeptAsideToo() throws Exception {
        Files.writeString(config.resolve(PreferencesStore.FILE_NAME), "{ \"zoom\": \"big\" }", StandardCharsets.UTF_8);
        assertThat(store().load()).isEqualTo(Preferences.defaults());
        assertThat(config.resolve(PreferencesStore.FILE_NAME)).doesNotExist();
    }

    @Test
    void outOfRangeValuesFallBackToDefaults() throws Exception {
        Files.writeString(config.resolve(PreferencesStore.FILE_NAME),
                "{ \"zoom\": 40, \"navigatorDivider\": 3, \"theme\": \"neon\", \"windowWidth\": 5, \"future\": 1 }",
                StandardCharsets.UTF_8);
        Preferences p = store().load();
        assertThat(p.zoom()).isEqualTo(1.0);
        assertThat(p.navigatorDivider()).isEqualTo(0.18);
        assertThat(p.theme()).isEqualTo(Preferences.LIGHT);
        assertThat(p.windowWidth()).isEqualTo(1400);
    }

    @Test
    void theRecentListKeepsTheTenLatest() {
        Preferences p = Preferences.defaults();
        for (int i = 0; i < 15; i++) {
            p = p.withRecent("/p" + i);
        }
        assertThat(p.recent()).hasSize(Preferences.MAX_RECENT).startsWith("/p14").endsWith("/p5");
    }
}

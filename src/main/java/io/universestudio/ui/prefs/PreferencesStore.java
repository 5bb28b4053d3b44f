package io.universestudio.ui.prefs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.settings.JsonFileStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads and saves {@link Preferences} as one JSON file in the user's config folder. Saving is debounced
 * (dragging a divider makes many changes) and atomic; a corrupt file is kept aside and defaults are used.
 */
public final class PreferencesStore {

    public static final String FILE_NAME = "preferences.json";
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final JsonFileStore file;
    private final AtomicReference<Preferences> current = new AtomicReference<>();

    public PreferencesStore(Path configFolder, Debouncer saves, Clock clock) {
        this.file = new JsonFileStore(configFolder.resolve(FILE_NAME), saves, clock);
    }

    public Preferences load() {
        Preferences loaded = file.readObject(MAPPER).map(tree -> {
            try {
                return PreferencesJson.read(tree);
            } catch (IllegalArgumentException e) {
                file.keepAsideUnusable("its values have the wrong types: " + e.getMessage());
                return null;
            }
        }).orElseGet(Preferences::defaults);
        current.set(loaded);
        return loaded;
    }

    public Preferences current() {
        Preferences p = current.get();
        return p != null ? p : load();
    }

    /** Remembers {@code prefs} now and writes it to disk after a pause. */
    public void update(Preferences prefs) {
        current.set(prefs);
        file.save(() -> MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(prefs));
    }

    /** Writes whatever is waiting; called when the application closes. */
    public void flush() {
        file.flush();
    }

    public Path path() {
        return file.file();
    }
}

package io.universestudio.core.settings;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.io.UniverseRepository;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads and saves the settings: one JSON file in the user's config folder, kept by a {@link JsonFileStore}.
 * Saves are debounced (a burst of edits is one write, {@link #DEFAULT_DEBOUNCE} after the last, on the
 * scheduler of the debouncer given) and atomic. A file that cannot be read is set aside (never deleted) and
 * the defaults are used; entries that cannot be read are left out and the whole file is copied aside first,
 * so nothing the user had is lost.
 *
 * <p>On first use (no settings file) the defaults hold one local Universe folder in the user's data
 * folder, created on disk, so that publishing works with no set-up.
 */
public final class SettingsStore {

    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(500);
    public static final String DEFAULT_REPOSITORY_NAME = "My packages";

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());

    /** How loading went: what the window may want to tell the user. */
    public record Loaded(Settings settings, Status status, Optional<Path> keptAside, List<String> notes) {
        public enum Status { FIRST_USE, LOADED, RECOVERED }

        public Loaded {
            notes = List.copyOf(notes);
        }
    }

    private final UserFolders folders;
    private final JsonFileStore file;

    /** {@code saves} decides where and when saves run: the io thread in the application, at once in tests. */
    public SettingsStore(UserFolders folders, Debouncer saves) {
        this(folders, saves, Clock.systemUTC());
    }

    public SettingsStore(UserFolders folders, Debouncer saves, Clock clock) {
        this.folders = folders;
        this.file = new JsonFileStore(folders.settingsFile(), saves, clock);
    }

    public Path file() {
        return file.file();
    }

    /** Reads the settings; never fails: problems become defaults plus notes. */
    public Loaded load() {
        Optional<String> text;
        try {
            text = file.readText();
        } catch (IOException e) {
            // Unreadable bytes (not UTF-8) or a folder in the way: treat as corrupt.
            return recoverFrom("it could not be read (" + e.getMessage() + ")");
        }
        if (text.isEmpty()) {
            return new Loaded(defaults(), Loaded.Status.FIRST_USE, Optional.empty(), List.of());
        }
        SettingsJson.Read read;
        try {
            read = SettingsJson.read(text.get());
        } catch (IllegalArgumentException e) {
            return recoverFrom(e.getMessage());
        }
        List<String> notes = new ArrayList<>(read.skipped());
        Optional<Path> copy = Optional.empty();
        if (!read.skipped().isEmpty()) {
            try {
                copy = Optional.of(file.copyAside());
                notes.add("The settings file as it was is kept in " + copy.get() + ".");
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not keep a copy of the settings file: {0}", e.getMessage());
            }
        }
        Settings settings = read.settings();
        if (settings.repositories().isEmpty()) {
            settings = defaults();
            notes.add("No repository was configured; the default local folder is added.");
        }
        return new Loaded(settings, copy.isPresent() ? Loaded.Status.RECOVERED : Loaded.Status.LOADED, copy, notes);
    }

    private Loaded recoverFrom(String why) {
        List<String> notes = new ArrayList<>();
        Optional<Path> kept = Optional.empty();
        try {
            Path aside = file.moveAside();
            kept = Optional.of(aside);
            notes.add("The settings file could not be used: " + why + " It is kept as " + aside
                    + " and the default settings are used.");
        } catch (IOException e) {
            notes.add("The settings file could not be used: " + why + " It could not be set aside either ("
                    + e.getMessage() + "), so settings will not be saved over it until it is moved.");
        }
        LOG.log(System.Logger.Level.WARNING, "Settings file unusable ({0}); kept aside as {1}", why, kept.orElse(null));
        return new Loaded(defaults(), Loaded.Status.RECOVERED, kept, notes);
    }

    /** The first-use settings: one local Universe folder in the data folder, created now. */
    public Settings defaults() {
        Path repo = folders.defaultRepository();
        try {
            UniverseRepository.openOrCreate(repo);
        } catch (IOException e) {
            // Not fatal: the repository test and publishing report it in words when it is used.
            LOG.log(System.Logger.Level.WARNING, "The default repository folder {0} could not be created: {1}",
                    repo, e.getMessage());
        }
        RepositorySettings local = RepositorySettings.create(DEFAULT_REPOSITORY_NAME,
                new RepositoryKind.LocalFolder(repo.toAbsolutePath()));
        return Settings.EMPTY.withAdded(local);
    }

    /** Saves soon: a burst of calls writes once, the last settings given. */
    public void save(Settings settings) {
        file.save(() -> SettingsJson.write(settings));
    }

    /** Writes any pending save now (on exit, before export). */
    public void flush() {
        file.flush();
    }

    /** Writes now, reporting failure to the caller. */
    public void saveNow(Settings settings) throws IOException {
        file.saveNow(SettingsJson.write(settings));
    }

    /** The settings as shareable JSON: no secret is ever in it, only credential references. */
    public static String export(Settings settings) {
        return SettingsJson.write(settings);
    }
}

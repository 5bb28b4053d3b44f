package io.universestudio.core.settings;

import io.universestudio.core.io.AtomicFiles;
import io.universestudio.core.io.UniverseRepository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Loads and saves the settings: one JSON file in the user's config folder. Saves are debounced (a burst of
 * edits is one write, {@link #DEFAULT_DEBOUNCE} after the last) and atomic. A file that cannot be read
 * is set aside under a new name (never deleted) and the defaults are used; entries that cannot be read
 * are left out and the whole file is copied aside, so nothing the user had is lost.
 *
 * <p>On first use (no settings file) the defaults hold one local Universe folder in the user's data
 * folder, created on disk, so that publishing works with no set-up.
 */
public final class SettingsStore implements AutoCloseable {

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
    private final Duration debounce;
    private final ScheduledExecutorService saver;
    private final Object lock = new Object();
    private Settings pending;
    private ScheduledFuture<?> scheduled;
    private volatile String lastSaveProblem;

    public SettingsStore(UserFolders folders) {
        this(folders, DEFAULT_DEBOUNCE);
    }

    public SettingsStore(UserFolders folders, Duration debounce) {
        this.folders = folders;
        this.debounce = debounce;
        this.saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "settings-save");
            t.setDaemon(true);
            return t;
        });
    }

    public Path file() {
        return folders.settingsFile();
    }

    /** Reads the settings; never fails: problems become defaults plus notes. */
    public Loaded load() {
        Path file = file();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(defaults(), Loaded.Status.FIRST_USE, Optional.empty(), List.of());
        } catch (IOException e) {
            // Unreadable bytes (not UTF-8) or a folder in the way: treat as corrupt.
            return recoverFrom(file, "it could not be read (" + e.getMessage() + ")");
        }
        SettingsJson.Read read;
        try {
            read = SettingsJson.read(text);
        } catch (IllegalArgumentException e) {
            return recoverFrom(file, e.getMessage());
        }
        List<String> notes = new ArrayList<>(read.skipped());
        Optional<Path> copy = Optional.empty();
        if (!read.skipped().isEmpty()) {
            copy = copyAside(file);
            copy.ifPresent(p -> notes.add("The settings file as it was is kept in " + p + "."));
        }
        Settings settings = read.settings();
        if (settings.repositories().isEmpty()) {
            settings = defaults();
            notes.add("No repository was configured; the default local folder is added.");
        }
        return new Loaded(settings, copy.isPresent() ? Loaded.Status.RECOVERED : Loaded.Status.LOADED, copy, notes);
    }

    private Loaded recoverFrom(Path file, String why) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + Instant.now().toEpochMilli());
        List<String> notes = new ArrayList<>();
        Optional<Path> kept = Optional.empty();
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
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

    private static Optional<Path> copyAside(Path file) {
        Path copy = file.resolveSibling(file.getFileName() + ".before-recovery-" + Instant.now().toEpochMilli());
        try {
            Files.copy(file, copy);
            return Optional.of(copy);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not keep a copy of the settings file: {0}", e.getMessage());
            return Optional.empty();
        }
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
        synchronized (lock) {
            pending = settings;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            scheduled = saver.schedule(this::writePending, debounce.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Writes any pending save now (on exit, before export). */
    public void flush() {
        synchronized (lock) {
            if (scheduled != null) {
                scheduled.cancel(false);
                scheduled = null;
            }
        }
        writePending();
    }

    /** Writes now, reporting failure to the caller. */
    public void saveNow(Settings settings) throws IOException {
        synchronized (lock) {
            pending = null;
            if (scheduled != null) {
                scheduled.cancel(false);
                scheduled = null;
            }
        }
        AtomicFiles.writeString(file(), SettingsJson.write(settings));
        lastSaveProblem = null;
    }

    /** Why the last background save failed, if it did (the window shows it once). */
    public Optional<String> lastSaveProblem() {
        return Optional.ofNullable(lastSaveProblem);
    }

    /** The settings as shareable JSON: no secret is ever in it, only credential references. */
    public static String export(Settings settings) {
        return SettingsJson.write(settings);
    }

    private void writePending() {
        Settings toWrite;
        synchronized (lock) {
            toWrite = pending;
            pending = null;
        }
        if (toWrite == null) {
            return;
        }
        try {
            AtomicFiles.writeString(file(), SettingsJson.write(toWrite));
            lastSaveProblem = null;
        } catch (IOException e) {
            lastSaveProblem = "The settings could not be saved to " + file() + ": " + e.getMessage();
            LOG.log(System.Logger.Level.WARNING, lastSaveProblem);
        }
    }

    /** Writes what is pending and stops the save thread. */
    @Override
    public void close() {
        flush();
        saver.shutdown();
    }
}

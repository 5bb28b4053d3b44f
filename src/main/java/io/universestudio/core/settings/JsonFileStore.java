package io.universestudio.core.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.io.AsideFiles;
import io.universestudio.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One JSON file the application owns: the settings, the window preferences, the crash draft. Writes are
 * atomic ({@link AtomicFiles}); saves are debounced on the scheduler the {@link Debouncer} was given (a burst
 * of changes is one write, of the last text), so nothing here needs a UI toolkit or starts a thread. A file
 * that cannot be used is moved aside under {@link AsideFiles}' one naming scheme, never deleted.
 */
public final class JsonFileStore {

    private static final System.Logger LOG = System.getLogger(JsonFileStore.class.getName());

    /** The text to write, made when the write happens; serializers may throw. */
    @FunctionalInterface
    public interface Content {
        String text() throws IOException;
    }

    /** One write or removal of the file. */
    private interface Change {
        void apply() throws IOException;
    }

    private final Path file;
    private final Debouncer saves;
    private final Clock clock;
    private final AtomicLong requested = new AtomicLong();
    private final Object writing = new Object();
    private long applied; // guarded by writing

    public JsonFileStore(Path file, Debouncer saves, Clock clock) {
        this.file = file;
        this.saves = saves;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** The file's text; empty when there is no file. Bytes that are not UTF-8 or a folder in the way throw. */
    public Optional<String> readText() throws IOException {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * The file as a JSON object; empty when there is no file, or when it cannot be read or is not a JSON
     * object, in which case it has been kept aside (and that was logged).
     */
    public Optional<ObjectNode> readObject(ObjectMapper mapper) {
        Optional<String> text;
        try {
            text = readText();
        } catch (IOException e) {
            keepAsideUnusable("it could not be read: " + e.getMessage());
            return Optional.empty();
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(text.get());
        } catch (IOException e) {
            keepAsideUnusable("it is not valid JSON: " + e.getMessage());
            return Optional.empty();
        }
        if (!(tree instanceof ObjectNode object)) {
            keepAsideUnusable("it does not hold a JSON object");
            return Optional.empty();
        }
        return Optional.of(object);
    }

    /** Renames the file out of the way, keeping it for the person to look at; returns the new name. */
    public Path moveAside() throws IOException {
        return AsideFiles.moveAside(file, clock);
    }

    /** Keeps a copy of the file as it is, before a repair replaces it; returns the copy's name. */
    public Path copyAside() throws IOException {
        return AsideFiles.copyAside(file, clock);
    }

    /** Moves an unusable file aside and logs why; empty when even that failed (logged as well). */
    public Optional<Path> keepAsideUnusable(String why) {
        try {
            Path aside = moveAside();
            LOG.log(System.Logger.Level.WARNING, "{0} could not be used ({1}); it is kept as {2} and defaults are used",
                    file, why, aside);
            return Optional.of(aside);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} could not be used ({1}) nor moved aside: {2}", file, why, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Writes the text after the debounce delay; a later {@link #save} or {@link #deleteSoon} replaces it. The
     * text is made only when the write happens, on the scheduler's thread, so a burst costs one encoding.
     */
    public void save(Content content) {
        long change = requested.incrementAndGet();
        saves.submit(() -> {
            String text;
            try {
                text = content.text();
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "{0} could not be saved: {1}", file, e.getMessage());
                return;
            }
            applyLogged(change, () -> AtomicFiles.writeString(file, text), "saved");
        });
    }

    /** Removes the file after the debounce delay; a later {@link #save} replaces this. */
    public void deleteSoon() {
        long change = requested.incrementAndGet();
        saves.submit(() -> applyLogged(change, () -> Files.deleteIfExists(file), "removed"));
    }

    /** Writes now, dropping any waiting save, and reports failure to the caller. */
    public void saveNow(String json) throws IOException {
        long change = requested.incrementAndGet();
        saves.cancel();
        apply(change, () -> AtomicFiles.writeString(file, json));
    }

    /** Removes the file now, dropping any waiting save. */
    public void deleteNow() throws IOException {
        long change = requested.incrementAndGet();
        saves.cancel();
        apply(change, () -> Files.deleteIfExists(file));
    }

    /** Does what is waiting now, on the caller's thread (at exit, before export). */
    public void flush() {
        saves.flush();
    }

    /**
     * Applies changes one at a time and never an older one after a newer: a debounced write already running
     * on the save thread cannot land after a {@link #flush} or {@link #saveNow} made on another thread.
     */
    private void apply(long change, Change what) throws IOException {
        synchronized (writing) {
            if (change < applied) {
                return;
            }
            what.apply();
            applied = change;
        }
    }

    private void applyLogged(long change, Change what, String verb) {
        try {
            apply(change, what);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} could not be {1}: {2}", file, verb, e.getMessage());
        }
    }
}

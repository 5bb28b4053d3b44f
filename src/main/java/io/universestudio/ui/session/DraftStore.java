package io.universestudio.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.ui.common.Debouncer;
import io.universestudio.ui.common.JsonFileStore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Keeps unsaved work safe: while the session has unsaved changes, its revision is written (debounced,
 * atomically, on the io thread) to {@code drafts/draft.json} in the user data folder; when the work is
 * saved or discarded the draft is removed. After a crash or a kill the next start finds the draft.
 */
public final class DraftStore {

    private static final System.Logger LOG = System.getLogger(DraftStore.class.getName());

    private final JsonFileStore file;
    private final Debouncer debouncer;
    private final Executor io;
    private final Clock clock;

    public DraftStore(Path dataFolder, Debouncer debouncer, Executor io, Clock clock) {
        this.file = new JsonFileStore(dataFolder.resolve("drafts").resolve("draft.json"), JsonText.mapper(), clock);
        this.debouncer = debouncer;
        this.io = io;
        this.clock = clock;
    }

    public Path path() {
        return file.file();
    }

    /** Watches a session: every change schedules a write of the draft, or its removal once clean. */
    public void watch(EditorSession session) {
        session.currentProperty().addListener((obs, old, now) -> changed(session));
        session.dirtyProperty().addListener((obs, old, now) -> changed(session));
    }

    private void changed(EditorSession session) {
        Revision revision = session.current();
        boolean dirty = session.isDirty();
        debouncer.submit(() -> io.execute(() -> {
            if (dirty) {
                writeNow(revision);
            } else {
                discardNow();
            }
        }));
    }

    /** Writes what is waiting now (at a clean exit the draft must not outlive the decision). */
    public void flush() {
        debouncer.flush();
    }

    void writeNow(Revision revision) {
        ObjectNode root = JsonText.mapper().createObjectNode();
        revision.origin().folderIfAny().ifPresentOrElse(p -> root.put("origin", p.toString()), () -> root.putNull("origin"));
        root.put("writtenAt", clock.instant().toString());
        ObjectNode files = root.putObject("files");
        for (RevisionFile f : RevisionFile.values()) {
            revision.text(f).ifPresent(t -> files.put(f.fileName(), t));
        }
        try {
            file.write(root);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "The draft could not be written to " + file.file(), e);
        }
    }

    void discardNow() {
        try {
            file.delete();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "The draft " + file.file() + " could not be removed", e);
        }
    }

    /** Removes the draft at once (the user chose to discard it). */
    public void discard() {
        debouncer.cancel();
        discardNow();
    }

    /** The draft left by an earlier run, if there is one that can be read. */
    public Optional<Draft> find() {
        return file.read().flatMap(this::parse);
    }

    private Optional<Draft> parse(JsonNode root) {
        JsonNode files = root.path("files");
        if (!files.isObject()) {
            file.keepAside(new IOException("no files in the draft"));
            return Optional.empty();
        }
        Map<RevisionFile, String> texts = new EnumMap<>(RevisionFile.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            RevisionFile.byFileName(e.getKey()).ifPresent(f -> texts.put(f, e.getValue().asText()));
        }
        JsonNode origin = root.path("origin");
        Instant at;
        try {
            at = Instant.parse(root.path("writtenAt").asText());
        } catch (RuntimeException e) {
            at = clock.instant();
        }
        return Optional.of(new Draft(origin.isTextual() ? Path.of(origin.asText()) : null, texts, at));
    }
}

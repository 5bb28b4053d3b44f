package io.universestudio.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.settings.JsonFileStore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps unsaved work safe: while the session has unsaved changes, its revision is written (debounced,
 * atomically, on the scheduler of the {@code saves} debouncer: the io thread in the application) to
 * {@code drafts/draft.json} in the user data folder; when the work is saved or discarded the draft is
 * removed. After a crash or a kill the next start finds the draft.
 */
public final class DraftStore {

    private static final System.Logger LOG = System.getLogger(DraftStore.class.getName());

    private final JsonFileStore file;
    private final Clock clock;
    /** The package.dcos or build definition the session's revision came from; null for a folder or a new one. */
    private volatile Path packageFile;

    public DraftStore(Path dataFolder, Debouncer saves, Clock clock) {
        this.file = new JsonFileStore(dataFolder.resolve("drafts").resolve("draft.json"), saves, clock);
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

    /**
     * Says which package.dcos or build definition the session's revision was opened from (null: a folder or
     * a new package), so a restored draft saves back to it instead of asking for a folder.
     */
    public void packageFile(Path file) {
        this.packageFile = file;
    }

    private void changed(EditorSession session) {
        Revision revision = session.current();
        if (session.isDirty()) {
            Path from = packageFile;
            file.save(() -> json(revision, from));
        } else {
            file.deleteSoon();
        }
    }

    /** Writes what is waiting now (at a clean exit the draft must not outlive the decision). */
    public void flush() {
        file.flush();
    }

    void writeNow(Revision revision) throws IOException {
        file.saveNow(json(revision, packageFile));
    }

    private String json(Revision revision, Path from) {
        ObjectNode root = JsonText.mapper().createObjectNode();
        revision.origin().folderIfAny().ifPresentOrElse(p -> root.put("origin", p.toString()), () -> root.putNull("origin"));
        if (from != null) {
            root.put("packageFile", from.toString());
        }
        root.put("writtenAt", clock.instant().toString());
        ObjectNode files = root.putObject("files");
        for (RevisionFile f : RevisionFile.values()) {
            revision.text(f).ifPresent(t -> files.put(f.fileName(), t));
        }
        return JsonText.pretty(root);
    }

    /** Removes the draft at once (the user chose to discard it). */
    public void discard() {
        try {
            file.deleteNow();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "The draft " + file.file() + " could not be removed", e);
        }
    }

    /** The draft left by an earlier run, if there is one that can be read. */
    public Optional<Draft> find() {
        return file.readObject(JsonText.mapper()).flatMap(this::parse);
    }

    private Optional<Draft> parse(JsonNode root) {
        JsonNode files = root.path("files");
        if (!files.isObject()) {
            file.keepAsideUnusable("it holds no files");
            return Optional.empty();
        }
        Map<RevisionFile, String> texts = new EnumMap<>(RevisionFile.class);
        for (Map.Entry<String, JsonNode> e : files.properties()) {
            RevisionFile.byFileName(e.getKey()).ifPresent(f -> texts.put(f, e.getValue().asText()));
        }
        JsonNode origin = root.path("origin");
        JsonNode packageFile = root.path("packageFile");
        Instant at;
        try {
            at = Instant.parse(root.path("writtenAt").asText());
        } catch (RuntimeException e) {
            at = clock.instant();
        }
        return Optional.of(new Draft(origin.isTextual() ? Path.of(origin.asText()) : null,
                packageFile.isTextual() ? Path.of(packageFile.asText()) : null, texts, at));
    }
}

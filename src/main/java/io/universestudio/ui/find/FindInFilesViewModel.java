package io.universestudio.ui.find;

import io.universestudio.core.model.Revision;
import io.universestudio.core.search.FileHit;
import io.universestudio.core.search.RevisionSearch;
import io.universestudio.core.search.SearchQuery;
import io.universestudio.core.search.TextSearch;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.session.EditorSession;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Find in files (Ctrl+Shift+F): the query, the hits in every file of the current revision and a summary.
 * The search runs on a background thread from the immutable revision, again whenever the query or the
 * revision changes while someone is looking (the latest search wins).
 */
public final class FindInFilesViewModel {

    private static final System.Logger LOG = System.getLogger(FindInFilesViewModel.class.getName());

    private final EditorSession session;
    private final Messages messages;
    private final Executor background;
    private final Executor fx;
    private final ObjectProperty<SearchQuery> query = new SimpleObjectProperty<>(this, "query", SearchQuery.of(""));
    private final ObservableList<FileHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Consumer<FileHit> navigator = h -> { };
    private boolean watching;
    private long generation;

    /**
     * @param background where the revision is searched
     * @param fx         where the hits come back
     */
    public FindInFilesViewModel(EditorSession session, Messages messages, Executor background, Executor fx) {
        this.session = session;
        this.messages = messages;
        this.background = background;
        this.fx = fx;
        query.addListener((o, a, b) -> search());
        session.currentProperty().addListener((o, a, b) -> {
            if (watching) {
                search();
            }
        });
    }

    /** While true (the result list is shown) the hits follow every edit; while false nothing runs. */
    public void setWatching(boolean on) {
        boolean start = on && !watching;
        watching = on;
        if (start) {
            search();
        }
    }

    /** Where a chosen hit is shown (the file's source, at the match). */
    public void setNavigator(Consumer<FileHit> navigator) {
        this.navigator = navigator;
    }

    public void open(FileHit hit) {
        if (hit != null) {
            navigator.accept(hit);
        }
    }

    private void search() {
        long run = ++generation;
        SearchQuery q = query.get();
        TextSearch search = TextSearch.of(q);
        if (!search.isActive()) {
            hits.clear();
            summary.set(search.problem().map(p -> messages.get("find.badRegex", p)).orElse(""));
            return;
        }
        Revision revision = session.current();
        CompletableFuture.supplyAsync(() -> RevisionSearch.search(revision, search), background)
                .whenCompleteAsync((result, failure) -> {
                    if (run != generation) {
                        return; // a newer query or revision is being searched
                    }
                    if (failure != null) {
                        LOG.log(System.Logger.Level.WARNING, "Find in files failed", failure);
                        hits.clear();
                        summary.set("");
                        return;
                    }
                    show(result);
                }, fx);
    }

    private void show(RevisionSearch.Result result) {
        hits.setAll(result.hits());
        if (result.hits().isEmpty()) {
            summary.set(messages.get("findFiles.none"));
        } else if (result.truncated()) {
            summary.set(messages.get("findFiles.truncated", result.hits().size()));
        } else {
            int n = result.hits().size();
            int files = result.files();
            summary.set(messages.get("findFiles.summary",
                    messages.get("findFiles.results", n),
                    messages.get("findFiles.files", files)));
        }
    }

    public ObjectProperty<SearchQuery> queryProperty() {
        return query;
    }

    public ObservableList<FileHit> hits() {
        return hits;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}

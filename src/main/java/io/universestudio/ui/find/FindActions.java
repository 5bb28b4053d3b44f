package io.universestudio.ui.find;

import io.universestudio.core.search.FileHit;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.WindowService;
import io.universestudio.ui.editor.raw.SourceEditor;
import io.universestudio.ui.main.EditorTabs;
import javafx.scene.Node;
import javafx.stage.Stage;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Edit menu's find commands and their keys, for whichever source editor they are meant for: the one
 * with the focus (a file's source, the preview), else the selected tab's, switched to its source view.
 */
public final class FindActions {

    private final EditorTabs tabs;
    private final Supplier<Node> focusOwner;
    private final WindowService windows;
    private final Messages messages;
    private final FindInFilesViewModel files;
    private Stage filesWindow;
    private FindInFilesView filesView;

    /** @param focusOwner the main window's focus owner (null when none) */
    public FindActions(EditorTabs tabs, Supplier<Node> focusOwner, WindowService windows, Messages messages,
                       FindInFilesViewModel files) {
        this.tabs = tabs;
        this.focusOwner = focusOwner;
        this.windows = windows;
        this.messages = messages;
        this.files = files;
        files.setNavigator(this::show);
    }

    /** Ctrl+F (find) and Ctrl+H (replace). */
    public void find(boolean replace) {
        target().ifPresent(e -> e.openFind(replace));
    }

    /** F3 and Shift+F3. */
    public void findNext(boolean forward) {
        target().ifPresent(e -> e.findNext(forward));
    }

    /** Ctrl+G. */
    public void goToLine() {
        target().ifPresent(SourceEditor::openGoToLine);
    }

    /** Ctrl+Shift+F: the Find in Files window, its query filled with the selected text if there is some. */
    public void findInFiles() {
        String selected = SourceEditor.owning(focusOwner.get()).map(e -> e.area().getSelectedText())
                .filter(t -> !t.isEmpty() && t.indexOf('\n') < 0).orElse("");
        if (filesWindow == null) {
            filesView = new FindInFilesView(files, messages);
            filesWindow = windows.secondary(messages.get("findFiles.title"), filesView, 620, 420);
            filesWindow.showingProperty().addListener((o, a, showing) -> files.setWatching(showing));
        }
        filesWindow.show();
        filesWindow.toFront();
        filesView.focusQuery(selected);
    }

    /** The Find in Files window once opened, else empty (for tests). */
    public Optional<FindInFilesView> filesView() {
        return Optional.ofNullable(filesView);
    }

    private void show(FileHit hit) {
        tabs.showInSource(hit.file(), hit.offset(), hit.length());
        windows.main().requestFocus();
    }

    private Optional<SourceEditor> target() {
        Node focused = focusOwner.get();
        Optional<SourceEditor> owner = focused == null ? Optional.empty() : SourceEditor.owning(focused);
        return owner.isPresent() ? owner : tabs.showSelectedSource();
    }
}

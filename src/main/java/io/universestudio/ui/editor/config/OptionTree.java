package io.universestudio.ui.editor.config;

import io.universestudio.core.schema.ConfigOption;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.schema.OptionPath;
import io.universestudio.ui.common.WhenShown;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The options as a tree in key order (the order DC/OS shows them). Rebuilt from the schema after each
 * edit, keeping what was expanded. Dragging an option onto the upper or lower edge of another puts it
 * before or after it; onto the middle of a group, inside it.
 */
final class OptionTree {

    static final DataFormat OPTION_PATH = new DataFormat("application/x-universe-studio-option-path");

    private final OptionsEditorViewModel model;
    private final TreeView<OptionPath> view = new TreeView<>();
    private final Set<OptionPath> expanded = new HashSet<>(Set.of(OptionPath.ROOT));
    private boolean rebuilding;
    /** The options the items stand for, depth first (null when there are none). */
    private List<OptionPath> shownPaths;

    OptionTree(OptionsEditorViewModel model) {
        this.model = model;
        view.setId("optionsTree");
        view.setShowRoot(true);
        view.setCellFactory(v -> new OptionCell());
        view.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!rebuilding && item != null) {
                model.selectionProperty().set(item.getValue());
            }
        });
        // Items only where they can be seen: not for the tree of an Options tab not selected yet.
        WhenShown shown = new WhenShown(view, () -> {
            rebuild(model.schema());
            select(model.selectionProperty().get()); // rebuild keeps the items of the same options, unselected
        });
        model.schemaProperty().addListener((o, a, s) -> shown.update(() -> rebuild(s)));
        model.selectionProperty().addListener((o, a, p) -> shown.update(() -> select(p)));
    }

    TreeView<OptionPath> view() {
        return view;
    }

    private void rebuild(ConfigSchema schema) {
        List<OptionPath> paths = schema == null ? null : schema.allOptions().stream().map(ConfigOption::path).toList();
        if (schema != null && paths.equals(shownPaths) && view.getRoot() != null) {
            // The same options in the same order (a description or default typed in the source): the items
            // stay; the rows shown are redrawn. Remaking hundreds of items at every pause in typing cost frames.
            view.refresh();
            return;
        }
        shownPaths = paths;
        rebuilding = true;
        try {
            if (schema == null) {
                view.setRoot(null);
                return;
            }
            view.setRoot(item(schema.root()));
        } finally {
            rebuilding = false;
        }
        select(model.selectionProperty().get());
    }

    private TreeItem<OptionPath> item(ConfigOption option) {
        TreeItem<OptionPath> item = new TreeItem<>(option.path());
        for (ConfigOption c : option.children()) {
            item.getChildren().add(item(c));
        }
        item.setExpanded(expanded.contains(option.path()));
        item.expandedProperty().addListener((o, a, on) -> {
            if (on) {
                expanded.add(option.path());
            } else {
                expanded.remove(option.path());
            }
        });
        return item;
    }

    private void select(OptionPath path) {
        TreeItem<OptionPath> found = find(view.getRoot(), path);
        if (found == null || view.getSelectionModel().getSelectedItem() == found) {
            return;
        }
        for (TreeItem<OptionPath> p = found.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        view.getSelectionModel().select(found);
        int row = view.getRow(found);
        if (row >= 0) {
            view.scrollTo(Math.max(0, row - 3));
        }
    }

    private static TreeItem<OptionPath> find(TreeItem<OptionPath> item, OptionPath path) {
        if (item == null || !path.startsWith(item.getValue())) {
            return null;
        }
        if (item.getValue().equals(path)) {
            return item;
        }
        for (TreeItem<OptionPath> c : item.getChildren()) {
            TreeItem<OptionPath> f = find(c, path);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Where a drop on {@code target} at height fraction {@code y} puts the option: parent and index. */
    record Drop(OptionPath parent, int index) {
    }

    static Drop dropAt(ConfigSchema schema, OptionPath dragged, OptionPath target, double y) {
        ConfigOption t = schema.option(target).orElse(null);
        if (t == null) {
            return null;
        }
        if (target.isRoot() || (t.isGroup() && y > 0.25 && y < 0.75)) {
            return new Drop(target, Integer.MAX_VALUE);
        }
        List<String> siblings = schema.option(target.parent()).orElseThrow().children().stream().map(ConfigOption::name).toList();
        int index = siblings.indexOf(target.name()) + (y >= 0.5 ? 1 : 0);
        // Moving down within the same parent: the option leaves its old place first.
        if (dragged.parent().equals(target.parent()) && siblings.indexOf(dragged.name()) < index) {
            index--;
        }
        return new Drop(target.parent(), index);
    }

    private final class OptionCell extends TreeCell<OptionPath> {

        OptionCell() {
            setOnDragDetected(e -> {
                if (getItem() == null || getItem().isRoot()) {
                    return;
                }
                Dragboard db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent c = new ClipboardContent();
                c.put(OPTION_PATH, getItem().dotted());
                db.setContent(c);
                e.consume();
            });
            setOnDragOver(e -> {
                if (drop(e) != null) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                Drop d = drop(e);
                OptionPath dragged = dragged(e);
                e.setDropCompleted(d != null && model.move(dragged, d.parent(), d.index()));
                e.consume();
            });
        }

        private OptionPath dragged(DragEvent e) {
            Object v = e.getDragboard().getContent(OPTION_PATH);
            return v instanceof String s ? OptionPath.dotted(s) : null;
        }

        private Drop drop(DragEvent e) {
            OptionPath dragged = dragged(e);
            if (dragged == null || getItem() == null || model.schema() == null || getItem().startsWith(dragged)) {
                return null;
            }
            return dropAt(model.schema(), dragged, getItem(), e.getY() / Math.max(1, getHeight()));
        }

        @Override
        protected void updateItem(OptionPath path, boolean empty) {
            super.updateItem(path, empty);
            if (empty || path == null || model.schema() == null) {
                setText(null);
                setGraphic(null);
                setId(null);
                return;
            }
            ConfigOption o = model.schema().option(path).orElse(null);
            setId("option-" + (path.isRoot() ? "root" : path.dotted().replace('.', '_')));
            Label name = new Label(path.isRoot() ? "config.json" : path.name());
            Label type = new Label(o == null ? "" : o.typeText());
            type.getStyleClass().add("option-type");
            // Whole names and types: a narrow tree scrolls sideways rather than showing "obj…" or nothing.
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            type.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox box = new HBox(6, name, type);
            if (o != null && o.required()) {
                Label req = new Label("*");
                req.getStyleClass().add("required-mark");
                box.getChildren().add(1, req);
            }
            if (o != null && !o.issues().isEmpty()) {
                name.getStyleClass().add("option-with-issue");
            }
            setText(null);
            setGraphic(box);
        }
    }
}

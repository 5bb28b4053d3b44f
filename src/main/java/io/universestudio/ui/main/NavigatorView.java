package io.universestudio.ui.main;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.ui.common.Icons;
import io.universestudio.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The left side: the open package's files (a click opens the file's tab) and, when a repository is open,
 * its packages and revisions with a filter box (Enter or a double click opens a revision).
 */
public final class NavigatorView extends VBox {

    private final ListView<RevisionFile> files = new ListView<>();
    private final TreeView<Object> tree = new TreeView<>();
    private final TextField filter = new TextField();
    private final VBox repositoryBox = new VBox(4);
    private RepositoryListing listing;

    public NavigatorView(MainViewModel model, Messages messages, Consumer<RevisionFile> openFile, Consumer<Path> openRevision) {
        super(4);
        setId("navigator");
        getStyleClass().add("navigator");
        setPadding(new Insets(6));
        Label filesTitle = new Label(messages.get("nav.files"));
        filesTitle.getStyleClass().add("panel-title");
        files.setId("navigatorFiles");
        files.setPrefHeight(150);
        files.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RevisionFile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item.fileName());
                setGraphic(empty ? null : Icons.of(item.isJson() ? "mdi2c-code-json" : "mdi2f-file-document-outline"));
            }
        });
        files.setOnMouseClicked(e -> {
            if (files.getSelectionModel().getSelectedItem() != null) {
                openFile.accept(files.getSelectionModel().getSelectedItem());
            }
        });
        model.session().currentProperty().addListener((o, a, r) -> showFiles(r));
        showFiles(model.session().current());

        Label repoTitle = new Label(messages.get("nav.repository"));
        repoTitle.getStyleClass().add("panel-title");
        filter.setId("navigatorFilter");
        filter.setPromptText(messages.get("nav.filter"));
        filter.textProperty().addListener((o, a, t) -> rebuildTree());
        tree.setId("navigatorTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else if (item instanceof RepositoryListing.Package p) {
                    setText(p.name());
                    setGraphic(Icons.of("mdi2p-package-variant-closed"));
                } else if (item instanceof RepositoryListing.Revision r) {
                    setText(messages.get("nav.revision", r.folderName()));
                    setGraphic(Icons.of("mdi2s-source-commit"));
                }
            }
        });
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(openRevision);
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(openRevision);
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox.setVgrow(repositoryBox, Priority.ALWAYS);
        repositoryBox.getChildren().addAll(repoTitle, filter, tree);
        model.repositoryProperty().addListener((o, a, l) -> {
            listing = l;
            rebuildTree();
        });
        listing = model.repositoryProperty().get();
        rebuildTree();
        getChildren().addAll(filesTitle, files, repositoryBox);
    }

    private void openSelected(Consumer<Path> openRevision) {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        if (item.getValue() instanceof RepositoryListing.Revision r) {
            openRevision.accept(r.dir());
        } else if (item.getValue() instanceof RepositoryListing.Package p) {
            p.latest().ifPresent(r -> openRevision.accept(r.dir()));
        }
    }

    private void showFiles(Revision r) {
        List<RevisionFile> present = Arrays.stream(RevisionFile.values()).filter(r::has).toList();
        if (!present.equals(files.getItems())) { // every edit comes here; remaking the rows each time cost frames
            files.getItems().setAll(present);
        }
    }

    private void rebuildTree() {
        boolean has = listing != null;
        repositoryBox.setVisible(has);
        repositoryBox.setManaged(has);
        TreeItem<Object> root = new TreeItem<>("root");
        if (has) {
            String f = filter.getText().strip().toLowerCase(Locale.ROOT);
            for (RepositoryListing.Package p : listing.packages()) {
                if (!f.isEmpty() && !p.name().toLowerCase(Locale.ROOT).contains(f)) {
                    continue;
                }
                TreeItem<Object> item = new TreeItem<>(p);
                p.revisions().forEach(r -> item.getChildren().add(new TreeItem<>(r)));
                item.setExpanded(!f.isEmpty() && p.name().toLowerCase(Locale.ROOT).equals(f));
                root.getChildren().add(item);
            }
        }
        tree.setRoot(root);
    }

    public TreeView<Object> tree() {
        return tree;
    }
}

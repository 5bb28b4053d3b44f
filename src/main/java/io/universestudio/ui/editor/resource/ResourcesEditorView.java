package io.universestudio.ui.editor.resource;

import io.universestudio.core.resource.Asset;
import io.universestudio.core.resource.AssetKind;
import io.universestudio.core.resource.CliBinary;
import io.universestudio.core.resource.IconScaler;
import io.universestudio.core.resource.ImageRef;
import io.universestudio.core.resource.ImageSlot;
import io.universestudio.core.resource.ResourceModel;
import io.universestudio.core.resource.ScaledIcons;
import io.universestudio.ui.common.DialogService;
import io.universestudio.ui.common.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Resources tab's form: images with background thumbnails and checks (dropping a large local image
 * offers the three icons), the URI and Docker asset tables with where the template uses each, and the
 * CLI binaries per OS (dropping a file has the view model compute its sha256 off the FX thread).
 */
public final class ResourcesEditorView {

    private static final ImageSlot[] ICONS = {ImageSlot.ICON_SMALL, ImageSlot.ICON_MEDIUM, ImageSlot.ICON_LARGE};

    private final ResourcesEditorViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final Map<ImageSlot, ImageRow> icons = new EnumMap<>(ImageSlot.class);
    private final VBox screenshots = new VBox(8);
    private final List<ImageRow> screenshotRows = new ArrayList<>();
    private final Map<AssetKind, TableView<Asset>> tables = new EnumMap<>(AssetKind.class);
    private final Map<CliBinary.Os, CliRow> cli = new EnumMap<>(CliBinary.Os.class);
    private final Label refusal = new Label();
    private final VBox root = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(root);

    public ResourcesEditorView(ResourcesEditorViewModel model, Messages messages, DialogService dialogs) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        root.setId("resourcesEditor");
        root.setPadding(new Insets(10));
        refusal.setId("resourcesRefusal");
        refusal.getStyleClass().add("field-problem");
        refusal.textProperty().bind(model.refusalProperty());
        refusal.managedProperty().bind(refusal.textProperty().isNotEmpty());

        VBox images = new VBox(8);
        for (ImageSlot slot : ICONS) {
            ImageRow row = new ImageRow("img-" + slot.key(), slot.key() + "  (" + slot.expected() + ")",
                    model::thumbnail, url -> model.setImage(slot, url));
            icons.put(slot, row);
            images.getChildren().add(row.view());
        }
        Label drop = new Label(messages.get("resources.dropIcon"));
        drop.getStyleClass().add("drop-zone");
        drop.setId("iconDrop");
        drop.setMaxWidth(Double.MAX_VALUE);
        drop.setWrapText(true);
        drop.setOnDragOver(e -> acceptFiles(e, f -> IconScaler.readable(f.getName())));
        drop.setOnDragDropped(e -> {
            firstFile(e).ifPresent(this::makeIcons);
            e.setDropCompleted(true);
            e.consume();
        });
        TextField newShot = new TextField();
        newShot.setId("newScreenshot");
        newShot.setPromptText("https://\u2026");
        Button addShot = new Button(messages.get("resources.addScreenshot"));
        addShot.setId("addScreenshot");
        addShot.setMinWidth(Region.USE_PREF_SIZE);
        addShot.setOnAction(e -> {
            List<String> urls = new ArrayList<>(model.model() == null ? List.of() : model.model().screenshots());
            urls.add(newShot.getText());
            if (model.setScreenshots(urls)) {
                newShot.clear();
            }
        });
        HBox.setHgrow(newShot, Priority.ALWAYS);
        images.getChildren().addAll(drop, section("resources.screenshots"), screenshots, new HBox(6, newShot, addShot));

        root.getChildren().addAll(refusal, section("resources.images"), images,
                section("resources.uris"), assetTable(AssetKind.URIS),
                section("resources.docker"), assetTable(AssetKind.DOCKER),
                section("resources.cli"), cliGrid());
        model.modelProperty().addListener((o, a, m) -> show(m));
        model.readOnlyProperty().addListener((o, a, ro) -> root.setDisable(ro || model.model() == null));
        model.usagesProperty().addListener((o, a, u) -> tables.values().forEach(TableView::refresh));
        show(model.model());
    }

    public Node view() {
        scroll.setFitToWidth(true);
        return scroll;
    }

    /**
     * Goes to what a pointer of resource.json is about (a problem's place): the image's URL field, the
     * asset's row, the CLI binary's row. False when the form has no field for it.
     */
    public boolean focus(String pointer) {
        List<String> t = io.universestudio.core.json.JsonPointers.tokens(pointer == null ? "" : pointer);
        if (model.model() == null || t.isEmpty()) {
            return false;
        }
        Node target = null;
        if (t.get(0).equals("images") && t.size() > 1) {
            for (ImageSlot slot : ICONS) {
                if (slot.key().equals(t.get(1))) {
                    target = icons.get(slot).focus();
                }
            }
            if (t.get(1).equals(ImageSlot.SCREENSHOT.key())) {
                int index = t.size() > 2 && t.get(2).matches("\\d{1,6}") ? Integer.parseInt(t.get(2)) : 0;
                target = index < screenshotRows.size() ? screenshotRows.get(index).focus() : null;
            }
        }
        for (AssetKind kind : AssetKind.values()) {
            if (t.size() >= kind.path().size() && t.subList(0, kind.path().size()).equals(kind.path())) {
                TableView<Asset> table = tables.get(kind);
                String alias = t.size() > kind.path().size() ? t.get(kind.path().size()) : null;
                table.getItems().stream().filter(a -> a.alias().equals(alias)).findFirst().ifPresent(a -> {
                    table.getSelectionModel().select(a);
                    table.scrollTo(a);
                });
                table.requestFocus();
                target = table;
            }
        }
        if (t.get(0).equals("cli") && t.size() > 2) {
            for (CliBinary.Os os : CliBinary.Os.values()) {
                if (os.key().equals(t.get(2))) {
                    cli.get(os).url.requestFocus();
                    target = cli.get(os).url;
                }
            }
        }
        if (target == null) {
            return false;
        }
        scrollTo(target);
        return true;
    }

    private void scrollTo(Node target) {
        double y = root.sceneToLocal(target.localToScene(target.getBoundsInLocal())).getMinY();
        double room = root.getHeight() - scroll.getViewportBounds().getHeight();
        if (room > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / room)));
        }
    }

    private Label section(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("form-heading-2");
        return l;
    }

    private void show(ResourceModel m) {
        root.setDisable(m == null || model.readOnlyProperty().get());
        if (m == null) {
            return;
        }
        for (ImageSlot slot : ICONS) {
            icons.get(slot).show(m.image(slot).map(url -> new ImageRef(slot, -1, url)).orElse(null));
        }
        List<String> shots = m.screenshots();
        while (screenshotRows.size() > shots.size()) {
            screenshotRows.remove(screenshotRows.size() - 1);
            screenshots.getChildren().remove(screenshots.getChildren().size() - 1);
        }
        while (screenshotRows.size() < shots.size()) {
            int index = screenshotRows.size();
            ImageRow row = new ImageRow("img-screenshot-" + index, messages.get("resources.screenshot", index + 1),
                    model::thumbnail, url -> replaceScreenshot(index, url));
            Button remove = new Button(messages.get("options.remove"));
            remove.setOnAction(e -> replaceScreenshot(index, ""));
            screenshotRows.add(row);
            screenshots.getChildren().add(new HBox(6, row.view(), remove));
            HBox.setHgrow(row.view(), Priority.ALWAYS);
        }
        for (int i = 0; i < shots.size(); i++) {
            screenshotRows.get(i).show(new ImageRef(ImageSlot.SCREENSHOT, i, shots.get(i)));
        }
        tables.forEach((kind, table) -> table.getItems().setAll(m.assets(kind)));
        cli.forEach((os, row) -> row.show(m.cliBinary(os).orElse(null)));
    }

    private void replaceScreenshot(int index, String url) {
        List<String> urls = new ArrayList<>(model.model().screenshots());
        if (index < urls.size()) {
            urls.set(index, url);
        }
        model.setScreenshots(urls);
    }

    private Node assetTable(AssetKind kind) {
        TableView<Asset> table = new TableView<>();
        table.setId("assets-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        table.setEditable(true);
        table.setPrefHeight(160);
        // Columns as wide as what they hold: a long URL scrolls sideways rather than showing "https://dow...".
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<Asset, String> alias = new TableColumn<>(messages.get("resources.alias"));
        alias.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().alias()));
        alias.setCellFactory(TextFieldTableCell.forTableColumn());
        alias.setOnEditCommit(e -> {
            if (!model.renameAsset(kind, e.getRowValue().alias(), e.getNewValue())) {
                table.refresh();
            }
        });
        TableColumn<Asset, String> value = new TableColumn<>(messages.get(kind == AssetKind.DOCKER
                ? "resources.image" : "resources.uri"));
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        value.setCellFactory(TextFieldTableCell.forTableColumn());
        value.setOnEditCommit(e -> model.setAsset(kind, e.getRowValue().alias(), e.getNewValue()));
        TableColumn<Asset, String> used = new TableColumn<>(messages.get("resources.usedAt"));
        used.setEditable(false);
        used.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.usedAt(c.getValue()).isEmpty()
                ? messages.get("resources.unused") : messages.get("resources.lines", model.usedAt(c.getValue()))));
        alias.setPrefWidth(140);
        value.setPrefWidth(380);
        used.setPrefWidth(160);
        table.getColumns().setAll(List.of(alias, value, used));
        io.universestudio.ui.common.ColumnsFitContent.follow(table);
        tables.put(kind, table);
        Button add = new Button(messages.get("options.add"));
        add.setId("addAsset-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        add.setOnAction(e -> model.addAsset(kind));
        Button remove = new Button(messages.get("options.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeAsset(kind, table.getSelectionModel().getSelectedItem().alias()));
        return new VBox(4, table, new HBox(6, add, remove));
    }

    /** One OS's CLI binary: kind, URL, sha256 and a drop target that hashes a local file. */
    private final class CliRow {
        final CliBinary.Os os;
        final ComboBox<String> kind = new ComboBox<>();
        final TextField url = new TextField();
        final TextField sha = new TextField();
        final Label status = new Label();
        boolean showing;

        CliRow(CliBinary.Os os) {
            this.os = os;
            kind.getItems().setAll(CliBinary.EXECUTABLE, CliBinary.ZIP);
            kind.setId("cli-" + os.key() + "-kind");
            url.setId("cli-" + os.key() + "-url");
            sha.setId("cli-" + os.key() + "-sha");
            sha.setPromptText(messages.get("resources.dropBinary"));
            status.getStyleClass().add("help-text");
            status.textProperty().bind(model.cliStatusProperty(os));
            kind.valueProperty().addListener((o, a, v) -> commit());
            url.setOnAction(e -> commit());
            sha.setOnAction(e -> commit());
            for (Node n : List.of(url, sha, status)) {
                n.setOnDragOver(e -> acceptFiles(e, f -> f.isFile()));
                n.setOnDragDropped(e -> {
                    firstFile(e).ifPresent(f -> hashInto(os, f.toPath()));
                    e.setDropCompleted(true);
                    e.consume();
                });
            }
        }

        void show(CliBinary b) {
            showing = true;
            try {
                kind.setValue(b == null ? null : b.kind());
                url.setText(b == null ? "" : b.url());
                sha.setText(b == null ? "" : b.sha256());
            } finally {
                showing = false;
            }
        }

        void commit() {
            if (showing) {
                return;
            }
            if (url.getText().isBlank() && sha.getText().isBlank()) {
                if (model.model() != null && model.model().cliBinary(os).isPresent()) {
                    model.removeCliBinary(os);
                }
                return;
            }
            model.setCliBinary(new CliBinary(os, kind.getValue() == null ? CliBinary.EXECUTABLE : kind.getValue(),
                    url.getText().trim(), sha.getText().trim()));
        }

    }

    private Node cliGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Label sha = new Label(messages.get("resources.sha256"));
        sha.setMinWidth(Region.USE_PREF_SIZE);
        Label kind = new Label(messages.get("resources.kind"));
        Label url = new Label(messages.get("resources.url"));
        kind.setMinWidth(Region.USE_PREF_SIZE);
        url.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, new Label(""), kind, url, sha);
        int r = 1;
        for (CliBinary.Os os : CliBinary.Os.values()) {
            CliRow row = new CliRow(os);
            cli.put(os, row);
            Label platform = new Label(os.key() + " x86-64");
            platform.setMinWidth(Region.USE_PREF_SIZE);
            row.kind.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(r++, platform, row.kind, row.url, row.sha);
            grid.add(row.status, 3, r++);
            GridPane.setHgrow(row.url, Priority.ALWAYS);
            GridPane.setHgrow(row.sha, Priority.ALWAYS);
        }
        return grid;
    }

    private static void acceptFiles(DragEvent e, java.util.function.Predicate<File> accepts) {
        if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(accepts)) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private static Optional<File> firstFile(DragEvent e) {
        return e.getDragboard().hasFiles() ? e.getDragboard().getFiles().stream().findFirst() : Optional.empty();
    }

    /** What dropping {@code file} on an OS's CLI row does: keep what was typed, then hash it and set the binary. */
    public void hashInto(CliBinary.Os os, Path file) {
        cli.get(os).commit();
        model.hashCliBinary(os, file);
    }

    /** Has the view model scale a dropped image, then offers to set the three icon URLs. */
    public void makeIcons(File image) {
        model.makeIcons(image.toPath()).thenAccept(this::offerIcons);
    }

    private void offerIcons(ScaledIcons scaled) {
        String title = messages.get("resources.iconsTitle");
        if (scaled.problem().isPresent()) {
            dialogs.question("iconsDialog", title).header(scaled.problem().get()).buttons(ButtonType.CLOSE).ask();
            return;
        }
        TextField baseUrl = new TextField("https://");
        baseUrl.setId("iconsBaseUrl");
        VBox box = new VBox(6);
        scaled.icons().forEach((slot, p) -> box.getChildren().add(new Label(slot.key() + ": " + p.getFileName())));
        scaled.notes().forEach(n -> {
            Label l = new Label(n);
            l.setWrapText(true);
            box.getChildren().add(l);
        });
        box.getChildren().addAll(new Label(messages.get("resources.iconsBaseUrl")), baseUrl);
        ButtonType set = new ButtonType(messages.get("resources.setIcons"), ButtonBar.ButtonData.OK_DONE);
        Optional<ButtonType> answer = dialogs.question("iconsDialog", title)
                .header(messages.get("resources.iconsWritten", scaled.icons().get(ImageSlot.ICON_SMALL).getParent()))
                .content(box).focus(baseUrl).buttons(set, ButtonType.CANCEL).ask();
        if (answer.filter(b -> b == set).isPresent()) {
            model.setIcons(scaled, baseUrl.getText().trim());
        }
    }
}

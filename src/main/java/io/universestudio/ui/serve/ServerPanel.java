package io.universestudio.ui.serve;

import io.universestudio.core.serve.RequestLogEntry;
import io.universestudio.ui.common.Icons;
import io.universestudio.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The Server panel's view: built in code because the lists and log are what the data decides. */
public final class ServerPanel extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    public ServerPanel(ServerViewModel model, Messages messages) {
        super(8);
        setId("serverPanel");
        setPadding(new Insets(10));
        ComboBox<ServerViewModel.Choice> repository = new ComboBox<>(model.choices());
        repository.setId("serverRepository");
        repository.valueProperty().bindBidirectional(model.selectedProperty());
        repository.disableProperty().bind(model.runningProperty().or(model.busyProperty()));
        Button start = new Button(messages.get("server.start"), Icons.of("mdi2p-play"));
        start.setId("startServer");
        start.disableProperty().bind(model.runningProperty().or(model.busyProperty()).or(model.selectedProperty().isNull()));
        start.setOnAction(e -> model.start());
        Button stop = new Button(messages.get("server.stop"), Icons.of("mdi2s-stop"));
        stop.setId("stopServer");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        HBox controls = new HBox(6, new Label(messages.get("server.repository")), repository, start, stop);
        // Texts stay whole at any zoom: the combo box gives way first, down to its own text.
        controls.getChildren().forEach(n -> ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        controls.setAlignment(Pos.CENTER_LEFT);

        TextField url = readOnly("serverUrl");
        url.textProperty().bind(model.urlProperty());
        TextField command = readOnly("serverCommand");
        command.textProperty().bind(model.commandProperty());
        Button copy = new Button(messages.get("notification.copy"), Icons.of("mdi2c-content-copy"));
        copy.setId("copyServerCommand");
        copy.disableProperty().bind(model.runningProperty().not());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(command.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox urlRow = row(new Label(messages.get("server.url")), url);
        HBox commandRow = row(new Label(messages.get("server.command")), command, copy);

        ListView<String> releases = new ListView<>(model.releases());
        releases.setId("serverReleases");
        releases.setPrefHeight(120);
        releases.setMinHeight(90);
        ListView<RequestLogEntry> log = new ListView<>(model.log());
        log.setId("serverLog");
        log.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RequestLogEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : TIME.format(item.time()) + "  " + item.summary());
            }
        });
        model.log().addListener((javafx.collections.ListChangeListener<RequestLogEntry>) c -> {
            if (!model.log().isEmpty()) {
                log.scrollTo(model.log().size() - 1);
            }
        });
        VBox.setVgrow(log, Priority.ALWAYS);
        Label hint = new Label(messages.get("server.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("help-text");
        getChildren().addAll(controls, urlRow, commandRow, hint, title(messages.get("server.releases")), releases,
                title(messages.get("server.log")), log);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-title");
        return l;
    }

    private static TextField readOnly(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setEditable(false);
        f.getStyleClass().add("command-text");
        HBox.setHgrow(f, Priority.ALWAYS);
        return f;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox h = new HBox(6, nodes);
        for (javafx.scene.Node n : nodes) {
            if (n instanceof javafx.scene.control.Labeled l) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }
}

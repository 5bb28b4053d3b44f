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

        ComboBox<ServerViewModel.BindChoice> bind = new ComboBox<>(model.bindChoices());
        bind.setId("serverBind");
        bind.valueProperty().bindBidirectional(model.bindChoiceProperty());
        bind.disableProperty().bind(model.runningProperty().or(model.busyProperty()));
        HBox bindRow = row(new Label(messages.get("server.bind")), bind);
        Label reachNote = new Label();
        reachNote.setId("serverReachNote");
        reachNote.setWrapText(true);
        reachNote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        reachNote.getStyleClass().add("help-text");
        reachNote.textProperty().bind(model.reachNoteProperty());
        ListView<ServerViewModel.ReachableUrl> reachable = new ListView<>(model.reachable());
        reachable.setId("serverAddresses");
        reachable.setPrefHeight(112);
        reachable.setMinHeight(60);
        reachable.setPlaceholder(wrapped(messages.get("server.addresses.none")));
        reachable.setCellFactory(l -> new ReachableCell(messages));

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
        getChildren().addAll(controls, bindRow, reachNote, urlRow, commandRow, hint,
                title(messages.get("server.addresses")), reachable, title(messages.get("server.releases")), releases,
                title(messages.get("server.log")), log);
    }

    /** An address a cluster can reach: its repo add command and a Copy button; dimmed while not served there. */
    private static final class ReachableCell extends ListCell<ServerViewModel.ReachableUrl> {
        private final Messages messages;

        ReachableCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(ServerViewModel.ReachableUrl item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label command = new Label(item.command());
            command.getStyleClass().add("command-text");
            command.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(command, Priority.ALWAYS);
            Button copy = new Button(messages.get("notification.copy"), Icons.of("mdi2c-content-copy"));
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(item.command());
                Clipboard.getSystemClipboard().setContent(content);
            });
            HBox line = row(command, copy);
            pseudoClassStateChanged(NOT_SERVED, !item.served());
            setTooltip(item.served() ? null : new javafx.scene.control.Tooltip(messages.get("server.address.notServed")));
            setGraphic(line);
        }
    }

    private static final javafx.css.PseudoClass NOT_SERVED = javafx.css.PseudoClass.getPseudoClass("not-served");

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
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

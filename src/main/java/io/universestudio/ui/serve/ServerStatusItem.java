package io.universestudio.ui.serve;

import io.universestudio.ui.common.Tooltips;
import io.universestudio.ui.common.Icons;
import io.universestudio.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.HBox;

/**
 * The main window's status-bar sign that the repository server runs, closed Server window or not: the URL
 * it serves (a click shows the Server window) and a Stop button. Hidden while no server runs.
 */
public final class ServerStatusItem extends HBox {

    public ServerStatusItem(ServerViewModel model, Messages messages, Runnable showServer) {
        super(4);
        setId("serverStatus");
        getStyleClass().add("server-status");
        setAlignment(Pos.CENTER_LEFT);
        Hyperlink url = new Hyperlink();
        url.setId("serverStatusUrl");
        url.setGraphic(Icons.of("mdi2s-server-network"));
        url.textProperty().bind(Bindings.createStringBinding(() -> model.urlProperty().get().isEmpty()
                ? "" : messages.get("server.status", model.urlProperty().get()), model.urlProperty()));
        Tooltips.setText(url, messages.get("server.status.tooltip"));
        url.setOnAction(e -> {
            url.setVisited(false);
            showServer.run();
        });
        Button stop = new Button(messages.get("server.stop"), Icons.of("mdi2s-stop"));
        stop.setId("serverStatusStop");
        stop.setOnAction(e -> model.stop());
        getChildren().addAll(url, stop);
        visibleProperty().bind(model.runningProperty());
        managedProperty().bind(model.runningProperty());
    }
}

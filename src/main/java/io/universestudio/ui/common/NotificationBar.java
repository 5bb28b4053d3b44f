package io.universestudio.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The in-window banner that shows the latest {@link Notification}: what happened, the next step with a
 * copy button or a link, and the details folded away. Closing it clears the notification.
 */
public final class NotificationBar extends VBox {

    private final Label title = new Label();
    private final Label message = new Label();
    private final TextField command = new TextField();
    private final Button copy;
    private final Hyperlink link = new Hyperlink();
    private final Button action = new Button();
    private final ObjectProperty<Notification> notification;
    private final TextArea detailsText = new TextArea();
    private final TitledPane details;
    private final HBox commandRow;
    private final HBox top;

    public NotificationBar(ObjectProperty<Notification> notification, Messages messages, Consumer<String> openLink) {
        super(4);
        this.notification = notification;
        setId("notificationBar");
        getStyleClass().add("notification-bar");
        setPadding(new Insets(6, 10, 6, 10));
        title.setId("notificationTitle");
        title.getStyleClass().add("notification-title");
        message.setId("notificationMessage");
        message.setWrapText(true);
        command.setId("notificationCommand");
        command.setEditable(false);
        command.getStyleClass().add("command-text");
        copy = new Button(messages.get("notification.copy"), Icons.of("mdi2c-content-copy"));
        copy.setId("copyCommand");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(command.getText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        HBox.setHgrow(command, Priority.ALWAYS);
        commandRow = new HBox(6, command, copy);
        commandRow.setAlignment(Pos.CENTER_LEFT);
        link.setId("notificationLink");
        link.setOnAction(e -> openLink.accept(link.getText()));
        action.setId("notificationAction");
        action.setOnAction(e -> {
            Notification n = notification.get();
            if (n != null && n.action() != null) {
                notification.set(null);
                n.action().run().run();
            }
        });
        detailsText.setEditable(false);
        detailsText.setWrapText(true);
        detailsText.setPrefRowCount(6);
        details = new TitledPane(messages.get("notification.details"), detailsText);
        details.setId("notificationDetails");
        details.setExpanded(false);
        Button close = new Button(null, Icons.of("mdi2c-close"));
        close.setId("closeNotification");
        close.getStyleClass().add("flat-button");
        close.setOnAction(e -> notification.set(null));
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        top = new HBox(6, title, close);
        top.setAlignment(Pos.CENTER_LEFT);
        notification.addListener((o, a, n) -> show(n));
        show(notification.get());
    }

    private void show(Notification n) {
        setVisible(n != null);
        setManaged(n != null);
        getStyleClass().removeIf(s -> s.startsWith("notification-kind-"));
        if (n == null) {
            return;
        }
        if (getChildren().isEmpty()) {
            // Joined on the first notification: the hidden bar's text area and the rest were 5% of the nodes
            // the first window styled (ADR 0139).
            getChildren().addAll(top, message, commandRow, link, action, details);
        }
        getStyleClass().add("notification-kind-" + n.kind().name().toLowerCase(Locale.ROOT));
        title.setText(n.title());
        message.setText(n.message());
        show(message, !n.message().isEmpty());
        command.setText(n.command());
        show(commandRow, !n.command().isEmpty());
        link.setText(n.link());
        show(link, !n.link().isEmpty());
        action.setText(n.action() == null ? "" : n.action().label());
        show(action, n.action() != null);
        detailsText.setText(n.details());
        details.setExpanded(false);
        show(details, !n.details().isEmpty());
    }

    private static void show(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}

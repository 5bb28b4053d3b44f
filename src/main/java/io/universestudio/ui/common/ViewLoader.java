package io.universestudio.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Loads an FXML file that sits beside its controller's class, with the message bundle for {@code %key}
 * texts, and the controller instance given (built by the composition root with its dependencies).
 */
public final class ViewLoader {

    private final Messages messages;

    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    public Parent load(Object controller, String fxmlName) {
        URL url = controller.getClass().getResource(fxmlName);
        if (url == null) {
            throw new IllegalStateException("Missing FXML " + fxmlName + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(type -> {
            if (type.isInstance(controller)) {
                return controller;
            }
            throw new IllegalStateException("Unexpected controller " + type.getName() + " in " + fxmlName);
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The view " + fxmlName + " could not be loaded", e);
        }
    }
}

package io.universestudio.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** Dialogs owned by the main window: short human messages, details expandable. */
public final class DialogService implements Prompts {

    private final Messages messages;
    private final Supplier<Window> owner;

    public DialogService(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public Unsaved askUnsaved(String what) {
        ButtonType save = new ButtonType(messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("unsaved.text"), save, discard, cancel);
        alert.setTitle(messages.get("unsaved.title"));
        alert.setHeaderText(messages.get("unsaved.header", what));
        alert.initOwner(owner.get());
        alert.getDialogPane().setId("unsavedDialog");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public void error(String message, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(null);
        alert.initOwner(owner.get());
        alert.getDialogPane().setId("errorDialog");
        if (details != null && !details.isBlank()) {
            TextArea text = new TextArea(details);
            text.setEditable(false);
            text.setWrapText(true);
            alert.getDialogPane().setExpandableContent(text);
        }
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        File chosen = chooser.showDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}

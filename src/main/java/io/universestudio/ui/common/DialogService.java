package io.universestudio.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every dialog of the application: short human messages with details expandable, questions with the
 * buttons that answer them, and the system's file and folder choosers. Views ask here; the dialogs come
 * from {@link WindowService}, so each is owned by the window in front, centred on it and styled like it.
 */
public final class DialogService implements Prompts {

    private final Messages messages;
    private final WindowService windows;

    public DialogService(Messages messages, WindowService windows) {
        this.messages = messages;
        this.windows = windows;
    }

    @Override
    public Unsaved askUnsaved(String what) {
        ButtonType save = new ButtonType(messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = windows.alert(Alert.AlertType.CONFIRMATION);
        alert.setContentText(messages.get("unsaved.text"));
        alert.getButtonTypes().setAll(save, discard, cancel);
        alert.setTitle(messages.get("unsaved.title"));
        alert.setHeaderText(messages.get("unsaved.header", what));
        alert.getDialogPane().setId("unsavedDialog");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public void error(String message, String details) {
        Alert alert = windows.alert(Alert.AlertType.ERROR);
        alert.setContentText(message);
        alert.getButtonTypes().setAll(ButtonType.OK);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(null);
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
    public boolean confirm(String id, String header, List<String> items, String go) {
        ButtonType yes = new ButtonType(go, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = windows.alert(Alert.AlertType.WARNING);
        alert.setTitle(messages.get("confirm.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId(id);
        alert.getButtonTypes().setAll(yes, no);
        alert.getDialogPane().lookupButton(yes).setId(id + "Go");
        alert.getDialogPane().lookupButton(no).setId(id + "Cancel");
        // Cancel is the default: going ahead must be a deliberate choice.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        // "Publish anyway" whole at any zoom: the button bar otherwise gives every button the same narrow width.
        for (ButtonType t : List.of(yes, no)) {
            javafx.scene.control.Button b = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(t);
            ButtonBar.setButtonUniformSize(b, false);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (!items.isEmpty()) {
            TextArea list = new TextArea(items.stream().map(i -> "\u2022 " + i).collect(java.util.stream.Collectors.joining("\n")));
            list.setId(id + "Items");
            list.setEditable(false);
            list.setWrapText(true);
            list.setPrefRowCount(Math.min(10, items.size() * 2 + 1));
            alert.getDialogPane().setContent(list);
        }
        return alert.showAndWait().orElse(no) == yes;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        File chosen = chooser.showDialog(windows.inFront());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFile(String title, String kind, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, patterns));
        File chosen = chooser.showOpenDialog(windows.inFront());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    /** Lets the person name a file to write; empty when they cancel. */
    public Optional<Path> chooseFileToSave(String title, String initialName, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File chosen = chooser.showSaveDialog(windows.inFront());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    /** A question to put in a dialog; {@link Question#ask()} shows it and waits for the answer. */
    public Question question(String id, String title) {
        return new Question(id, title);
    }

    /** What a dialog shows: a header, content, the buttons that answer it (with ids and conditions). */
    public final class Question {
        private final String id;
        private final String title;
        private String header;
        private Node content;
        private Node focus;
        private final List<ButtonType> buttons = new ArrayList<>();
        private final Map<ButtonType, String> buttonIds = new LinkedHashMap<>();
        private final Map<ButtonType, ObservableBooleanValue> disabledWhen = new LinkedHashMap<>();

        private Question(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Question header(String text) {
            this.header = text;
            return this;
        }

        public Question content(Node node) {
            this.content = node;
            return this;
        }

        /** The node that has the focus when the dialog opens. */
        public Question focus(Node node) {
            this.focus = node;
            return this;
        }

        public Question buttons(ButtonType... answers) {
            buttons.addAll(List.of(answers));
            return this;
        }

        public Question buttonId(ButtonType button, String buttonId) {
            buttonIds.put(button, buttonId);
            return this;
        }

        public Question disable(ButtonType button, ObservableBooleanValue when) {
            disabledWhen.put(button, when);
            return this;
        }

        /** Shows the dialog and waits; the button pressed, or empty when it was closed otherwise. */
        public Optional<ButtonType> ask() {
            Dialog<ButtonType> dialog = windows.dialog();
            dialog.setTitle(title);
            dialog.getDialogPane().setId(id);
            dialog.setHeaderText(header);
            if (content != null) {
                dialog.getDialogPane().setContent(content);
            }
            dialog.getDialogPane().getButtonTypes().setAll(buttons.isEmpty() ? List.of(ButtonType.CLOSE) : buttons);
            buttonIds.forEach((b, buttonId) -> dialog.getDialogPane().lookupButton(b).setId(buttonId));
            disabledWhen.forEach((b, when) -> dialog.getDialogPane().lookupButton(b).disableProperty().bind(when));
            if (focus != null) {
                dialog.setOnShown(e -> focus.requestFocus());
            }
            return dialog.showAndWait();
        }
    }
}

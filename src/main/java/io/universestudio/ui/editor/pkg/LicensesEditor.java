package io.universestudio.ui.editor.pkg;

import io.universestudio.ui.common.Icons;
import io.universestudio.ui.common.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The licenses list: a row of name and URL per license, with add and remove. */
final class LicensesEditor extends VBox {

    private final Messages messages;
    private final VBox rows = new VBox(4);
    private List<License> values = List.of();
    private Consumer<List<License>> onChange = v -> { };
    private boolean echo;

    LicensesEditor(Messages messages) {
        super(4);
        this.messages = messages;
        Button add = new Button(messages.get("pkg.licenses.add"), Icons.of("mdi2p-plus"));
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setOnAction(e -> {
            List<License> next = new ArrayList<>(values);
            next.add(new License("", "https://"));
            onChange.accept(next);
        });
        getChildren().addAll(rows, add);
    }

    void onChange(Consumer<List<License>> consumer) {
        this.onChange = consumer;
    }

    void setValues(List<License> newValues) {
        if (newValues.equals(values)) {
            return;
        }
        boolean sameShape = newValues.size() == values.size();
        values = List.copyOf(newValues);
        if (sameShape && rows.getChildren().size() == values.size()) {
            echo = true;
            for (int i = 0; i < values.size(); i++) {
                HBox row = (HBox) rows.getChildren().get(i);
                setIfDifferent((TextField) row.getChildren().get(0), values.get(i).name());
                setIfDifferent((TextField) row.getChildren().get(1), values.get(i).url());
            }
            echo = false;
            return;
        }
        rebuild();
    }

    private static void setIfDifferent(TextField field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    private void rebuild() {
        rows.getChildren().clear();
        for (int i = 0; i < values.size(); i++) {
            int index = i;
            TextField name = new TextField(values.get(i).name());
            name.setPromptText(messages.get("pkg.licenses.name"));
            TextField url = new TextField(values.get(i).url());
            url.setPromptText(messages.get("pkg.licenses.url"));
            HBox.setHgrow(url, Priority.ALWAYS);
            name.setPrefColumnCount(16);
            name.textProperty().addListener((o, a, t) -> edit(index, t, null));
            url.textProperty().addListener((o, a, t) -> edit(index, null, t));
            Button remove = new Button();
            remove.setGraphic(Icons.of("mdi2d-delete"));
            remove.setAccessibleText(messages.get("pkg.licenses.remove"));
            remove.setOnAction(e -> {
                List<License> next = new ArrayList<>(values);
                next.remove(index);
                onChange.accept(next);
            });
            rows.getChildren().add(new HBox(4, name, url, remove));
        }
    }

    private void edit(int index, String name, String url) {
        if (echo || index >= values.size()) {
            return;
        }
        List<License> next = new ArrayList<>(values);
        License old = next.get(index);
        next.set(index, new License(name != null ? name : old.name(), url != null ? url : old.url()));
        values = List.copyOf(next);
        onChange.accept(next);
    }
}

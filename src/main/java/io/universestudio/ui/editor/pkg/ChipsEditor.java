package io.universestudio.ui.editor.pkg;

import io.universestudio.ui.common.Icons;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A list of short strings shown as chips (tags, versions): type and press Enter (or a space, for
 * whitespace-free values) to add, click the cross to remove. Optional quick values (such as "*").
 */
final class ChipsEditor extends FlowPane {

    private final TextField input = new TextField();
    private final boolean splitOnSpace;
    private final List<String> values = new ArrayList<>();
    private Consumer<List<String>> onChange = v -> { };

    ChipsEditor(String prompt, boolean splitOnSpace, List<String> quickValues) {
        super(6, 4);
        this.splitOnSpace = splitOnSpace;
        getStyleClass().add("chips");
        input.setPromptText(prompt);
        input.setPrefColumnCount(12);
        input.setOnAction(e -> addTyped());
        input.setOnKeyTyped(e -> {
            if (splitOnSpace && " ".equals(e.getCharacter())) {
                addTyped();
            }
        });
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !values.isEmpty()) {
                List<String> next = new ArrayList<>(values);
                next.remove(next.size() - 1);
                onChange.accept(next);
            }
        });
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                addTyped();
            }
        });
        for (String quick : quickValues) {
            Button b = new Button(quick);
            b.getStyleClass().add("chip-quick");
            b.setOnAction(e -> {
                if (!values.contains(quick)) {
                    List<String> next = new ArrayList<>(values);
                    next.add(quick);
                    onChange.accept(next);
                }
            });
            input.getProperties().put("quick-" + quick, b);
        }
        rebuild();
    }

    void onChange(Consumer<List<String>> consumer) {
        this.onChange = consumer;
    }

    TextField input() {
        return input;
    }

    private void addTyped() {
        String typed = input.getText().strip();
        if (typed.isEmpty()) {
            return;
        }
        List<String> next = new ArrayList<>(values);
        for (String part : splitOnSpace ? typed.split("\\s+") : new String[]{typed}) {
            if (!part.isEmpty() && !next.contains(part)) {
                next.add(part);
            }
        }
        input.clear();
        onChange.accept(next);
    }

    /** Shows {@code newValues} (from the model). */
    void setValues(List<String> newValues) {
        if (newValues.equals(values)) {
            return;
        }
        values.clear();
        values.addAll(newValues);
        rebuild();
    }

    List<String> values() {
        return List.copyOf(values);
    }

    private void rebuild() {
        List<javafx.scene.Node> children = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            int index = i;
            Label text = new Label(values.get(i));
            Button remove = new Button();
            remove.setGraphic(Icons.of("mdi2c-close"));
            remove.getStyleClass().add("chip-remove");
            remove.setAccessibleText("Remove " + values.get(i));
            remove.setOnAction(e -> {
                List<String> next = new ArrayList<>(values);
                next.remove(index);
                onChange.accept(next);
            });
            HBox chip = new HBox(2, text, remove);
            chip.getStyleClass().add("chip");
            children.add(chip);
        }
        children.add(input);
        input.getProperties().forEach((k, v) -> {
            if (k instanceof String s && s.startsWith("quick-")) {
                children.add((javafx.scene.Node) v);
            }
        });
        getChildren().setAll(children);
    }

    boolean splitsOnSpace() {
        return splitOnSpace;
    }
}

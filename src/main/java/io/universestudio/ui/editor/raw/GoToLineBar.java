package io.universestudio.ui.editor.raw;

import io.universestudio.core.search.LineColumn;
import io.universestudio.ui.common.Icons;
import io.universestudio.ui.common.Messages;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

import java.util.Optional;

/** Ctrl+G above a source editor: "line" or "line:column", Enter goes there, Escape goes back to the text. */
final class GoToLineBar extends HBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final SourceEditor editor;
    private final Messages messages;
    private final TextField field = new TextField();
    private final Label hint = new Label();

    GoToLineBar(SourceEditor editor, Messages messages) {
        super(6);
        this.editor = editor;
        this.messages = messages;
        setId("goToLineBar");
        getStyleClass().addAll("find-bar", "go-to-line-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        Label title = new Label(messages.get("goto.title"));
        title.setLabelFor(field);
        field.setId("goToLineField");
        field.setPrefColumnCount(10);
        hint.getStyleClass().add("find-count");
        Button close = new Button(null, Icons.of("mdi2c-close"));
        close.getStyleClass().add("find-button");
        close.setTooltip(new Tooltip(messages.get("find.close")));
        close.setFocusTraversable(false);
        close.setOnAction(e -> close());
        getChildren().addAll(title, field, hint, close);
        field.setOnAction(e -> go());
        field.textProperty().addListener((o, a, b) -> field.pseudoClassStateChanged(INVALID, false));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
    }

    void open() {
        int lines = editor.area().getParagraphs().size();
        int line = editor.area().getCurrentParagraph() + 1;
        hint.setText(messages.get("goto.range", lines));
        field.setPromptText(messages.get("goto.prompt", line));
        field.setText("");
        editor.setBar(this);
        field.requestFocus();
    }

    private void go() {
        Optional<LineColumn> target = LineColumn.parse(field.getText());
        if (target.isEmpty()) {
            field.pseudoClassStateChanged(INVALID, true);
            return;
        }
        editor.setBar(null);
        editor.goToLine(target.get().line(), target.get().column());
    }

    private void close() {
        editor.setBar(null);
        editor.area().requestFocus();
    }
}

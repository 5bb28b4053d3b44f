package io.universestudio.ui.find;

import io.universestudio.core.search.FileHit;
import io.universestudio.core.search.SearchQuery;
import io.universestudio.ui.common.Icons;
import io.universestudio.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The Find in Files window's content: the query with the same toggles as the find bar, a summary, and one
 * row per hit (file, line, the line with the match marked). A click or Enter goes to the hit.
 */
public final class FindInFilesView extends VBox {

    private final FindInFilesViewModel model;
    private final TextField field = new TextField();
    private final ListView<FileHit> list = new ListView<>();

    public FindInFilesView(FindInFilesViewModel model, Messages messages) {
        super(6);
        this.model = model;
        setId("findInFiles");
        getStyleClass().add("find-in-files");
        setPadding(new Insets(8));
        field.setId("findInFilesField");
        field.setPromptText(messages.get("findFiles.prompt"));
        HBox.setHgrow(field, Priority.ALWAYS);
        ToggleButton matchCase = toggle("mdi2f-format-letter-case", "filesMatchCase", messages.get("find.matchCase"));
        ToggleButton wholeWord = toggle("mdi2f-format-letter-matches", "filesWholeWord", messages.get("find.wholeWord"));
        ToggleButton regex = toggle("mdi2r-regex", "filesRegex", messages.get("find.regex"));
        Runnable update = () -> model.queryProperty().set(new SearchQuery(field.getText(), matchCase.isSelected(),
                wholeWord.isSelected(), regex.isSelected()));
        field.textProperty().addListener((o, a, b) -> update.run());
        matchCase.selectedProperty().addListener((o, a, b) -> update.run());
        wholeWord.selectedProperty().addListener((o, a, b) -> update.run());
        regex.selectedProperty().addListener((o, a, b) -> update.run());
        HBox queryRow = new HBox(4, field, matchCase, wholeWord, regex);
        queryRow.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("findInFilesSummary");
        summary.getStyleClass().add("help-text");
        summary.textProperty().bind(model.summaryProperty());
        Label hint = new Label(messages.get("findFiles.hint"));
        hint.getStyleClass().add("help-text");
        hint.setWrapText(true);

        list.setId("findInFilesResults");
        list.setItems(model.hits());
        list.setCellFactory(l -> new HitCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        field.setOnAction(e -> {
            if (!list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().select(0);
            }
        });
        setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(queryRow, summary, list, hint);
    }

    private static ToggleButton toggle(String icon, String id, String tooltip) {
        ToggleButton b = new ToggleButton(null, Icons.of(icon));
        b.setId(id);
        b.getStyleClass().add("find-toggle");
        b.setTooltip(new Tooltip(tooltip));
        return b;
    }

    /** Puts the cursor in the query with its text selected (Ctrl+Shift+F again, or {@code initial} typed in). */
    public void focusQuery(String initial) {
        if (initial != null && !initial.isEmpty()) {
            field.setText(initial);
        }
        field.requestFocus();
        field.selectAll();
    }

    public ListView<FileHit> results() {
        return list;
    }

    /** "config.json:12" and the line, the match in bold. */
    private static final class HitCell extends ListCell<FileHit> {
        @Override
        protected void updateItem(FileHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label where = new Label(hit.file().fileName() + ":" + hit.line());
            where.getStyleClass().add("find-hit-where");
            where.setMinWidth(USE_PREF_SIZE);
            String line = hit.lineText();
            Text before = new Text(line.substring(0, hit.matchStart()).stripLeading());
            Text match = new Text(line.substring(hit.matchStart(), hit.matchEnd()));
            Text after = new Text(line.substring(hit.matchEnd()));
            before.getStyleClass().add("find-hit-text");
            after.getStyleClass().add("find-hit-text");
            match.getStyleClass().addAll("find-hit-text", "find-hit-match");
            TextFlow text = new TextFlow(before, match, after);
            text.getStyleClass().add("find-hit-line");
            HBox row = new HBox(10, where, text);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            setAccessibleText(hit.file().fileName() + " " + hit.line() + ": " + line.strip());
        }
    }
}

package io.universestudio.ui.preview;

import io.universestudio.ui.common.Tooltips;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * One what-if option: its dotted name and its value; Enter or leaving the field applies the value. The
 * name's last part (the option itself) is always shown whole; the path before it gets what room is left,
 * shortened in its middle so its first part stays too, and the tooltip has the whole path.
 */
final class OptionCell extends ListCell<OptionLeaf> {

    static final String PATH_STYLE = "option-path";
    private final Label path = new Label();
    private final Label leafName = new Label();
    private final HBox name = new HBox(0, path, leafName);
    private final TextField value = new TextField();
    private final HBox row = new HBox(8, name, value);
    private OptionLeaf leaf;

    OptionCell(PreviewViewModel model) {
        path.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        path.setMinWidth(0);
        path.getStyleClass().add(PATH_STYLE);
        leafName.setMinWidth(Label.USE_PREF_SIZE);
        name.setAlignment(Pos.CENTER_LEFT);
        name.setMinWidth(60);
        name.prefWidthProperty().bind(row.widthProperty().multiply(0.55));
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(value, Priority.ALWAYS);
        value.setPrefColumnCount(8);
        row.setAlignment(Pos.CENTER_LEFT);
        value.setOnAction(e -> apply(model));
        value.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply(model);
            }
        });
        setText(null);
    }

    private void apply(PreviewViewModel model) {
        if (leaf != null && !value.getText().equals(leaf.text())) {
            model.setOption(leaf.pointer(), value.getText());
        }
    }

    @Override
    protected void updateItem(OptionLeaf item, boolean empty) {
        super.updateItem(item, empty);
        leaf = empty ? null : item;
        if (leaf == null) {
            setGraphic(null);
            value.getProperties().remove("pointer");
            return;
        }
        String dotted = leaf.pointer().substring(1).replace('/', '.');
        int dot = dotted.lastIndexOf('.');
        path.setText(dot < 0 ? "" : dotted.substring(0, dot + 1));
        leafName.setText(dot < 0 ? dotted : dotted.substring(dot + 1));
        Tooltips.setText(path, dotted);
        Tooltips.setText(leafName, dotted);
        for (Label l : java.util.List.of(path, leafName)) {
            l.getStyleClass().removeAll("option-changed", "option-default");
            l.getStyleClass().add(leaf.changed() ? "option-changed" : "option-default");
        }
        value.setText(leaf.text());
        value.getProperties().put("pointer", leaf.pointer());
        setGraphic(row);
    }
}

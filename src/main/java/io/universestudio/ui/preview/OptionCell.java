package io.universestudio.ui.preview;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** One what-if option: its dotted name and its value; Enter or leaving the field applies the value. */
final class OptionCell extends ListCell<OptionLeaf> {

    private final Label name = new Label();
    private final TextField value = new TextField();
    private final HBox row = new HBox(8, name, value);
    private final Tooltip tip = new Tooltip();
    private OptionLeaf leaf;

    OptionCell(PreviewViewModel model) {
        name.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        name.setMinWidth(60);
        name.prefWidthProperty().bind(row.widthProperty().multiply(0.55));
        name.setTooltip(tip);
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
        name.setText(dotted);
        tip.setText(dotted);
        name.getStyleClass().removeAll("option-changed", "option-default");
        name.getStyleClass().add(leaf.changed() ? "option-changed" : "option-default");
        value.setText(leaf.text());
        value.getProperties().put("pointer", leaf.pointer());
        setGraphic(row);
    }
}

package io.universestudio.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps each column of a table as wide as its header and its widest cell, at the zoom in use: a table of
 * URLs then scrolls sideways instead of cutting every URL to "https://dow...". Measures the text with the
 * font the header shows (so zoom and presenter mode count) whenever the rows or that font change.
 */
public final class ColumnsFitContent {

    /** Rows measured at most: the widths of a huge table's first rows are a fair guess for the rest. */
    private static final int MOST_ROWS = 500;

    private ColumnsFitContent() {
    }

    public static <S> void follow(TableView<S> table) {
        Runnable fit = () -> fit(table);
        ListChangeListener<S> rows = c -> fit.run();
        table.getItems().addListener(rows);
        table.itemsProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(rows);
            }
            if (now != null) {
                now.addListener(rows);
            }
            fit.run();
        });
        // The header exists after the first layout: from then on, its font (the zoom) refits the columns.
        boolean[] following = {false};
        table.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs && !following[0] && header(table) instanceof Labeled l) {
                following[0] = true;
                l.fontProperty().addListener((f, a, b) -> fit.run());
                fit.run();
            }
        });
    }

    private static Node header(TableView<?> table) {
        return table.lookup(".column-header .label");
    }

    private static <S> void fit(TableView<S> table) {
        if (!(header(table) instanceof Labeled header)) {
            return; // not shown yet: fitted once its skin is there
        }
        Font font = header.getFont();
        Text probe = new Text();
        probe.setFont(font);
        double padding = font.getSize() * 2;
        for (TableColumn<S, ?> column : table.getColumns()) {
            double widest = width(probe, column.getText());
            int rows = Math.min(table.getItems().size(), MOST_ROWS);
            for (int i = 0; i < rows; i++) {
                Object value = column.getCellData(i);
                widest = Math.max(widest, width(probe, value == null ? "" : value.toString()));
            }
            column.setPrefWidth(Math.ceil(widest + padding));
        }
    }

    private static double width(Text probe, String text) {
        probe.setText(text == null ? "" : text);
        return probe.getLayoutBounds().getWidth();
    }
}

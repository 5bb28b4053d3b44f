package io.universestudio.ui.preview;

import io.universestudio.core.json.TextRange;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.editor.raw.SourceEditor;
import javafx.scene.control.Label;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.model.TwoDimensional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Marks, in the preview's rendered app, the values printed by the template tag under the caret. Extra
 * selections (styled {@code caret-value}) rather than style spans, so the syntax colours and find matches
 * stay as they are and nothing is restyled; only the marked ranges change as the caret moves.
 */
public final class CaretValueHighlight {

    /** A tag inside a loop over hundreds of items would not be readable as hundreds of marks anyway. */
    private static final int MOST = 50;
    public static final String STYLE = "caret-value";

    private final CodeArea area;
    private final Label origin;
    private final Messages messages;
    private final List<SelectionImpl<Collection<String>, String, Collection<String>>> marks = new ArrayList<>();
    private List<TextRange> shown = List.of();

    CaretValueHighlight(SourceEditor app, Label origin, Messages messages) {
        this.area = app.area();
        this.origin = origin;
        this.messages = messages;
    }

    void show(Optional<CaretValues.Printed> printed) {
        List<TextRange> ranges = printed.map(CaretValues.Printed::shown).orElse(List.of());
        ranges = ranges.stream().filter(r -> r.endOffset() <= area.getLength()).limit(MOST).toList();
        if (ranges.equals(shown)) {
            return;
        }
        boolean wasShowing = !shown.isEmpty();
        shown = ranges;
        while (marks.size() > ranges.size()) {
            SelectionImpl<Collection<String>, String, Collection<String>> m = marks.remove(marks.size() - 1);
            area.removeSelection(m);
            m.dispose();
        }
        while (marks.size() < ranges.size()) {
            SelectionImpl<Collection<String>, String, Collection<String>> m =
                    new SelectionImpl<>("caret-value-" + marks.size(), area, p -> p.getStyleClass().add(STYLE));
            area.addSelection(m);
            marks.add(m);
        }
        for (int i = 0; i < ranges.size(); i++) {
            marks.get(i).selectRange(ranges.get(i).startOffset(), ranges.get(i).endOffset());
        }
        if (printed.isPresent() && !ranges.isEmpty()) {
            CaretValues.Printed p = printed.get();
            origin.setText(messages.get("preview.caretValues", p.tag().display(), p.tag().start().line(), ranges.size()));
            reveal(ranges.get(0));
        } else if (wasShowing) {
            origin.setText("");
        }
    }

    /** Scrolls the first value to the middle when it is off screen; the caret of the preview stays put. */
    private void reveal(TextRange range) {
        int paragraph = area.offsetToPosition(range.startOffset(), TwoDimensional.Bias.Forward).getMajor();
        if (!area.getVisibleParagraphs().isEmpty() && (paragraph <= area.firstVisibleParToAllParIndex()
                || paragraph >= area.lastVisibleParToAllParIndex() - 1)) {
            area.showParagraphAtCenter(paragraph);
        }
    }

    /** The ranges of the rendered app marked now. */
    public List<TextRange> shown() {
        return shown;
    }

    /** The text of each marked range, as shown. */
    public List<String> shownText() {
        return shown.stream().map(r -> area.getText(r.startOffset(), r.endOffset())).toList();
    }
}

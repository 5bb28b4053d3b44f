package io.universestudio.ui.editor.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonLocations;
import io.universestudio.core.json.LineIndex;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.template.Completion;
import io.universestudio.core.template.MustacheScanner;
import io.universestudio.core.template.OptionDefinition;
import io.universestudio.core.template.TemplateCompletion;
import io.universestudio.core.template.TemplateProblem;
import io.universestudio.core.template.TemplateScope;
import io.universestudio.core.template.TemplateStructure;
import io.universestudio.core.template.TemplateTag;
import io.universestudio.ui.editor.raw.SourceEditor;
import io.universestudio.ui.session.EditorSession;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import io.universestudio.ui.common.WindowService;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.SelectionImpl;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * What the template editor knows about Mustache, added to the existing {@link SourceEditor}: a completion
 * popup of variable paths while typing a tag (and on Ctrl+Space), Ctrl+click to go to the option behind a
 * variable, the matching open/close tag of the section under the caret, and a gutter mark on lines with
 * something that keeps Cosmos from compiling the template (a section unclosed or closed wrongly, an
 * unterminated tag, a partial). The scan ({@link MustacheScanner}'s single pass) runs after each pause in
 * typing on the editor's background thread; the FX thread only takes its result.
 */
public final class TemplateAssist {

    /** Opens the completion list (also on the keyboard shortcuts sheet). */
    public static final KeyCombination COMPLETE = new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN);

    private static final Duration RESCAN_PAUSE = Duration.ofMillis(60);

    private final CodeArea area;
    private final EditorSession session;
    private final Consumer<OptionDefinition> goTo;
    private final Popup popup;
    private final ListView<Completion> list = new ListView<>();
    private final SelectionImpl<Collection<String>, String, Collection<String>> openMatch;
    private final SelectionImpl<Collection<String>, String, Collection<String>> closeMatch;
    private final IntFunction<Node> lineNumbers;
    private static final System.Logger LOG = System.getLogger(TemplateAssist.class.getName());

    private final Executor background;
    private final Executor fx;
    /** Counts the changes of the text, so a scan of older text is not shown. */
    private long edits;
    private TemplateStructure structure;
    private Map<Integer, String> marks = Map.of();
    private Revision cachedFor;
    private ConfigSchema cachedConfig;

    public TemplateAssist(SourceEditor editor, EditorSession session, WindowService windows,
                          Consumer<OptionDefinition> goTo) {
        this.area = editor.area();
        this.popup = windows.popup();
        this.session = session;
        this.goTo = goTo;
        this.lineNumbers = LineNumberFactory.get(area);
        this.background = editor.background();
        this.fx = editor.fx();
        openMatch = new SelectionImpl<>("section-open", area, p -> p.getStyleClass().add("section-match"));
        closeMatch = new SelectionImpl<>("section-close", area, p -> p.getStyleClass().add("section-match"));
        area.addSelection(openMatch);
        area.addSelection(closeMatch);
        structure = MustacheScanner.scan(area.getText());

        list.setId("templateCompletions");
        list.setPrefSize(460, 220);
        list.setCellFactory(v -> new CompletionCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                accept();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);

        area.multiPlainChanges().subscribe(ignore -> edits++);
        area.multiPlainChanges().successionEnds(RESCAN_PAUSE).subscribe(ignore -> rescan());
        area.plainTextChanges().subscribe(change -> {
            String inserted = change.getInserted();
            if (inserted.length() > 3 || change.getPosition() + inserted.length() != area.getCaretPosition()) {
                return; // not typing at the caret (the session's text shown, a paste): no popup
            }
            if (inserted.endsWith("{") || (popup.isShowing() && inserted.length() == 1)) {
                complete();
            } else if (popup.isShowing()) {
                popup.hide();
            }
        });
        area.caretPositionProperty().addListener((o, a, c) -> showMatch());
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COMPLETE.match(e)) {
                complete();
                e.consume();
                return;
            }
            popupKey(e);
        });
        // Depending on the platform, keys may reach the popup's window rather than the area: handle them
        // there the same way, and hand typed text back to the area.
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.BACK_SPACE) {
                area.deletePreviousChar();
                e.consume();
                return;
            }
            popupKey(e);
        });
        list.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (!ch.isEmpty() && !Character.isISOControl(ch.charAt(0))) {
                area.replaceSelection(ch);
                complete();
            }
            e.consume();
        });
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.isShortcutDown() && e.isPrimaryButtonDown()) {
                int offset = area.hit(e.getX(), e.getY()).getInsertionIndex();
                if (goToOptionAt(offset)) {
                    e.consume();
                }
            }
        });
        rescan();
    }

    private void popupKey(KeyEvent e) {
        if (!popup.isShowing()) {
            return;
        }
        switch (e.getCode()) {
            case ENTER, TAB -> accept();
            case ESCAPE -> popup.hide();
            case DOWN -> list.getSelectionModel().selectNext();
            case UP -> list.getSelectionModel().selectPrevious();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The structure of the text as last scanned. */
    public TemplateStructure structure() {
        return structure;
    }

    /** Lines (1-based) with a gutter mark, and why. */
    public Map<Integer, String> marks() {
        return marks;
    }

    /** The proposals shown (empty when the popup is hidden). */
    public List<Completion> shownCompletions() {
        return popup.isShowing() ? List.copyOf(list.getItems()) : List.of();
    }

    /** A scan of the text and its gutter marks, made on the editor's background thread. */
    private record Scan(TemplateStructure structure, Map<Integer, String> marks) {
    }

    /**
     * Scans the text on the editor's background thread (51 KB for dse/700) and shows the result if the text
     * has not changed since; the gutter is remade only when its marks change.
     */
    private void rescan() {
        String text = area.getText();
        long at = edits;
        CompletableFuture.supplyAsync(() -> scan(text), background).whenCompleteAsync((scan, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "Scanning the template failed; its marks stay as they were", failure);
            } else if (at == edits) { // else a newer scan follows
                structure = scan.structure();
                if (!scan.marks().equals(marks)) {
                    marks = scan.marks();
                    area.setParagraphGraphicFactory(this::gutter);
                }
                showMatch();
            }
        }, fx);
    }

    private static Scan scan(String text) {
        TemplateStructure scanned = MustacheScanner.scan(text);
        LineIndex lines = new LineIndex(text);
        Map<Integer, String> next = new HashMap<>();
        for (TemplateProblem p : scanned.problems()) {
            if (p.fatal()) {
                next.merge(lines.position(p.start()).line(), p.message(), (a, b) -> a + "\n" + b);
            }
        }
        return new Scan(scanned, Map.copyOf(next));
    }

    private Node gutter(int paragraph) {
        Node number = lineNumbers.apply(paragraph);
        String why = marks.get(paragraph + 1);
        Label mark = new Label(why == null ? " " : "\u25B6");
        mark.getStyleClass().add(why == null ? "gutter-blank" : "gutter-section-mark");
        if (why != null) {
            mark.setId("sectionMark-" + (paragraph + 1));
            Tooltip.install(mark, new Tooltip(why));
        }
        mark.setMinWidth(12);
        return new HBox(mark, number);
    }

    private void showMatch() {
        int caret = area.getCaretPosition();
        if (structure == null || caret > area.getLength()) {
            return;
        }
        Optional<TemplateTag> tag = structure.tagAt(caret).or(() -> caret > 0 ? structure.tagAt(caret - 1) : Optional.empty())
                .filter(t -> t.kind().opensSection() || t.kind() == TemplateTag.Kind.CLOSE)
                .filter(t -> t.endOffset() <= area.getLength());
        Optional<TemplateTag> other = tag.flatMap(structure::matching).filter(t -> t.endOffset() <= area.getLength());
        if (tag.isPresent() && other.isPresent()) {
            openMatch.selectRange(tag.get().startOffset(), tag.get().endOffset());
            closeMatch.selectRange(other.get().startOffset(), other.get().endOffset());
        } else {
            openMatch.deselect();
            closeMatch.deselect();
        }
    }

    /** The matched tags' ranges, for tests: [start, end) of each, or empty. */
    public List<int[]> matchedRanges() {
        if (openMatch.getLength() == 0) {
            return List.of();
        }
        return List.of(new int[]{openMatch.getStartPosition(), openMatch.getEndPosition()},
                new int[]{closeMatch.getStartPosition(), closeMatch.getEndPosition()});
    }

    private ConfigSchema config() {
        Revision r = session.current();
        if (r != cachedFor) {
            cachedFor = r;
            cachedConfig = r.config().flatMap(ConfigSchema::of).orElseGet(ConfigSchema::blank);
        }
        return cachedConfig;
    }

    private JsonNode resourceTree() {
        return session.current().resource().flatMap(JsonDocument::tree).orElse(null);
    }

    private void complete() {
        List<Completion> proposals = TemplateCompletion.at(area.getText(), area.getCaretPosition(), config(), resourceTree());
        if (proposals.isEmpty()) {
            popup.hide();
            return;
        }
        list.getItems().setAll(proposals);
        list.getSelectionModel().selectFirst();
        if (!popup.isShowing()) {
            Optional<Bounds> caret = area.caretBoundsProperty().getValue();
            if (area.getScene() == null) {
                return;
            }
            double x = caret.map(Bounds::getMinX).orElse(area.localToScreen(0, 0).getX());
            double y = caret.map(Bounds::getMaxY).orElse(area.localToScreen(0, 0).getY());
            popup.show(area, x, y + 2);
        }
    }

    private void accept() {
        Completion c = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (c == null || c.replaceEnd() > area.getLength()) {
            return;
        }
        area.replaceText(c.replaceStart(), c.replaceEnd(), c.insert() + c.suffix());
        area.moveTo(c.replaceStart() + c.insert().length() + c.suffix().length());
    }

    /** Goes to the option (or resource value) behind the variable at {@code offset}; false when there is none. */
    public boolean goToOptionAt(int offset) {
        ConfigSchema config = config();
        TemplateScope scope = new TemplateScope(MustacheScanner.scan(area.getText()), config, resourceTree());
        JsonLocations resourceLocations = session.current().resource().map(JsonDocument::locations).orElse(JsonLocations.EMPTY);
        Optional<OptionDefinition> def = OptionDefinition.at(scope, offset, config, resourceLocations);
        def.ifPresent(goTo);
        return def.isPresent();
    }

    private static final class CompletionCell extends ListCell<Completion> {
        @Override
        protected void updateItem(Completion c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label path = new Label(c.insert());
            path.getStyleClass().add("completion-path");
            Label detail = new Label(c.detail());
            detail.getStyleClass().add("help-text");
            detail.setMaxWidth(280);
            setGraphic(new HBox(10, path, detail));
            setText(null);
        }
    }
}

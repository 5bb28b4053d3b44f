package io.universestudio.ui.editor.raw;

import io.universestudio.core.json.LineIndex;
import io.universestudio.core.validate.Problem;
import io.universestudio.ui.common.WindowService;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A text editor for one package file: line numbers, syntax colours and problem underlines computed off
 * the FX thread (the latest result wins, as in RichTextFX's JavaKeywordsAsync demo), the problem's
 * message on hover. Typing is handed to the owner after a short pause; undo belongs to the session, so
 * the area's own undo is off.
 */
public final class SourceEditor {

    private static final System.Logger LOG = System.getLogger(SourceEditor.class.getName());
    private static final Duration HIGHLIGHT_PAUSE = Duration.ofMillis(40);
    private static final Duration COMMIT_PAUSE = Duration.ofMillis(150);

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> view = new VirtualizedScrollPane<>(area);
    private final JsonHighlighter highlighter;
    private final Executor executor;
    private final Executor fx;
    private final Popup hover;
    private final Label hoverText = new Label();
    private Consumer<String> onEdit = t -> { };
    private List<Problem> problems = List.of();
    private ProblemRanges ranges = ProblemRanges.NONE;
    private boolean echo;
    private boolean active = true;
    private String waitingText;
    private boolean pendingCommit;
    private boolean problemsWaiting;
    private long highlightGeneration;
    /** The text and styles last applied to the area (null after the area's text was replaced as a whole). */
    private Highlighting applied;

    /**
     * @param executor where colours and underlines are computed, from a copy of the text
     * @param fx       where they come back to be applied
     * @param windows  makes the problem hover, so it follows the theme and zoom
     */
    SourceEditor(JsonHighlighter highlighter, Executor executor, Executor fx, boolean editable, WindowService windows) {
        this.highlighter = highlighter;
        this.executor = executor;
        this.fx = fx;
        this.hover = windows.popup();
        area.getStyleClass().add("source-editor");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setEditable(editable);
        area.setWrapText(false);
        hoverText.getStyleClass().add("problem-hover");
        hover.getContent().add(hoverText);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showHover(e.getCharacterIndex(), e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        area.multiPlainChanges().successionEnds(HIGHLIGHT_PAUSE).subscribe(ignore -> rehighlight());
        area.multiPlainChanges().filter(ignore -> !echo).subscribe(ignore -> pendingCommit = true);
        area.multiPlainChanges().successionEnds(COMMIT_PAUSE).subscribe(ignore -> commitPending());
        area.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitPending();
            }
        });
    }

    public VirtualizedScrollPane<CodeArea> view() {
        return view;
    }

    public CodeArea area() {
        return area;
    }

    /** Where typed text goes (after a short pause, or at once on {@link #commitPending()}). */
    public void onEdit(Consumer<String> consumer) {
        this.onEdit = consumer;
    }

    /** Hands over text typed but not yet handed over (before undo, save, or switching views). */
    public void commitPending() {
        if (pendingCommit) {
            pendingCommit = false;
            onEdit.accept(area.getText());
        }
    }

    /** What the editor holds, or will show once active. */
    public String text() {
        return waitingText != null ? waitingText : area.getText();
    }

    /**
     * An inactive editor (its tab or view not shown) only remembers the latest text and shows it once
     * active: filling a 148 KB area nobody looks at would cost the start-up and every edit elsewhere.
     */
    public void setActive(boolean on) {
        active = on;
        if (on && waitingText != null) {
            String text = waitingText;
            waitingText = null;
            show(text);
        } else if (on && problemsWaiting) {
            rehighlight();
        }
    }

    /** Shows {@code text} (from the session) unless the editor already holds it; keeps the caret's place. */
    public void show(String text) {
        if (!active) {
            waitingText = text;
            return;
        }
        waitingText = null;
        if (text.equals(area.getText())) {
            return;
        }
        int caret = Math.min(area.getCaretPosition(), text.length());
        echo = true;
        try {
            area.replaceText(text);
        } finally {
            echo = false;
        }
        applied = null; // the replaced text has no styles left
        pendingCommit = false;
        area.moveTo(Math.min(caret, area.getLength()));
        area.requestFollowCaret(); // replacing the text leaves the view at its end otherwise
        rehighlight();
    }

    public void setProblems(List<Problem> newProblems) {
        problems = List.copyOf(newProblems);
        if (active) {
            rehighlight();
        } else {
            problemsWaiting = true; // underlined (and hoverable) once the editor is shown
        }
    }

    /** Moves the caret to a line and column and selects the word there. */
    public void goTo(int line, int column) {
        LineIndex lines = new LineIndex(area.getText());
        int offset = lines.offset(line, column);
        ProblemRanges.Range r = ranges.ranges().stream().filter(x -> x.start() == offset).findFirst().orElse(null);
        area.selectRange(offset, r != null ? r.end() : offset);
        area.requestFollowCaret();
        area.requestFocus();
    }

    private void rehighlight() {
        String text = area.getText();
        List<Problem> snapshot = problems;
        Highlighting before = applied;
        problemsWaiting = false;
        long generation = ++highlightGeneration;
        CompletableFuture.supplyAsync(() -> {
            ProblemRanges pr = ProblemRanges.of(text, snapshot);
            StyleSpans<Collection<String>> spans = withProblems(highlighter.highlight(text), pr, text.length());
            return new Highlighting(text, pr, spans, before == null ? null : before.text(), StyleChange.between(
                    before == null ? null : before.text(), before == null ? null : before.spans(), text, spans));
        }, executor).whenCompleteAsync((h, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "Highlighting failed; the text stays as it was coloured", failure);
                return;
            }
            apply(generation, h);
        }, fx);
    }

    /** Colours and underlines of {@code text}, and what changed from {@code base}, the text styled before. */
    private record Highlighting(String text, ProblemRanges ranges, StyleSpans<Collection<String>> spans, String base,
                                StyleChange change) {
    }

    /**
     * Restyles only the part that changed (the typed text and any span whose colour or underline moved):
     * restyling a whole 148 KB config.json on the FX thread after each pause in typing stalled its frames.
     */
    private void apply(long generation, Highlighting h) {
        if (generation != highlightGeneration || !h.text().equals(area.getText())) {
            return; // the text moved on; a newer run is coming
        }
        ranges = h.ranges();
        if (h.text().isEmpty()) {
            applied = h;
            return;
        }
        StyleChange c = applied == null || applied.text() != h.base() ? StyleChange.all(h.text().length()) : h.change();
        if (c.end() > c.start()) {
            area.setStyleSpans(c.start(), h.spans().subView(c.start(), c.end()));
        }
        applied = h;
    }

    private static StyleSpans<Collection<String>> withProblems(StyleSpans<Collection<String>> syntax,
                                                                ProblemRanges pr, int length) {
        if (pr.ranges().isEmpty() || length == 0) {
            return syntax;
        }
        List<ProblemRanges.Range> sorted = new ArrayList<>(pr.ranges());
        sorted.sort(java.util.Comparator.comparingInt(ProblemRanges.Range::start));
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int pos = 0;
        for (ProblemRanges.Range r : sorted) {
            int start = Math.max(r.start(), pos);
            int end = Math.min(r.end(), length);
            if (end <= start) {
                continue;
            }
            if (start > pos) {
                b.add(Collections.emptyList(), start - pos);
            }
            b.add(Collections.singletonList(ProblemRanges.styleOf(r.problem().severity())), end - start);
            pos = end;
        }
        if (pos < length) {
            b.add(Collections.emptyList(), length - pos);
        }
        return syntax.overlay(b.create(), (a, c) -> {
            if (c.isEmpty()) {
                return a;
            }
            List<String> both = new ArrayList<>(a);
            both.addAll(c);
            return both;
        });
    }

    private void showHover(int offset, Point2D screen) {
        Optional<Problem> p = ranges.at(offset);
        if (p.isEmpty() || area.getScene() == null) {
            return;
        }
        hoverText.setText(p.get().message() + (p.get().hint().isEmpty() ? "" : "\n" + p.get().hint())
                + "  [" + p.get().code() + "]");
        hover.show(area, screen.getX(), screen.getY() + 12);
    }

    /** The message shown on hover at {@code offset}, for tests and accessibility. */
    public Optional<Problem> problemAt(int offset) {
        return ranges.at(offset);
    }

}

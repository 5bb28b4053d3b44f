package io.universestudio.ui.editor.raw;

import io.universestudio.core.json.LineIndex;
import io.universestudio.core.search.ReplaceAllResult;
import io.universestudio.core.search.SearchQuery;
import io.universestudio.core.search.TextMatch;
import io.universestudio.core.search.TextSearch;
import io.universestudio.core.validate.Problem;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.WindowService;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.MultiChangeBuilder;
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
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * A text editor for one package file: line numbers, syntax colours and problem underlines computed off
 * the FX thread (the latest result wins, as in RichTextFX's JavaKeywordsAsync demo), the problem's
 * message on hover. Typing is handed to the owner after a short pause; undo belongs to the session, so
 * the area's own undo is off. The matches of the find bar are found on the same thread and styled with the
 * syntax colours; a new result restyles only the ranges whose styles changed.
 */
public final class SourceEditor {

    private static final Duration HOVER_DELAY = Duration.ofMillis(350);
    private static final String CURRENT_LINE = "current-line";
    private static final System.Logger LOG = System.getLogger(SourceEditor.class.getName());
    private static final Duration HIGHLIGHT_PAUSE = Duration.ofMillis(40);
    private static final Duration COMMIT_PAUSE = Duration.ofMillis(150);
    /** Above this many replacements the text is replaced whole rather than match by match. */
    private static final int BULK_REPLACE = 2_000;
    public static final String MATCH_STYLE = "find-match";

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private final BorderPane view = new BorderPane(scroll);
    private final boolean editable;
    private final JsonHighlighter highlighter;
    private final Executor executor;
    private final Executor fx;
    private final WindowService windows;
    /** The problem hover, made at its first showing: a popup's styled content cost each editor a few ms at the start. */
    private Popup hover;
    private final Label hoverText = new Label();
    private final Messages messages;
    private FindBar findBar;
    private GoToLineBar goToLineBar;
    private Consumer<String> onEdit = t -> { };
    private BiConsumer<String, Runnable> onEditSoon = (text, done) -> {
        done.run();
        onEdit.accept(text);
    };
    /** True from a handover after a pause until its owner says it is in: {@link #commitPending()} then hands over again. */
    private boolean handingOverSoon;
    private long soonHandovers;
    private List<Problem> problems = List.of();
    private ProblemRanges ranges = ProblemRanges.NONE;
    private boolean echo;
    private boolean active = true;
    private String waitingText;
    private boolean pendingCommit;
    private boolean problemsWaiting;
    private long highlightGeneration;
    private TextSearch search = TextSearch.of(SearchQuery.of(""));
    private List<TextMatch> matches = List.of();
    private Consumer<List<TextMatch>> onMatches = m -> { };
    private BiConsumer<String, String> onReplace = (text, description) -> onEdit.accept(text);
    /** The text and styles last applied to the area (null after the area's text was replaced as a whole). */
    private Highlighting applied;
    /**
     * The text last handed to the owner. When the session shows it back, the editor already has it, or has
     * moved on with more typing: pushing it into the area would cost a full replace and drop those keys.
     */
    private String handedOver;
    /**
     * The area's text since its last change, or null: {@code getText()} joins every paragraph (4,000 of them in
     * config.json), and a keystroke asked for it three times (handover, highlight, applying the highlight).
     */
    private String textNow;

    /**
     * @param executor where colours and underlines are computed, from a copy of the text
     * @param fx       where they come back to be applied
     * @param windows  makes the problem hover, so it follows the theme and zoom
     */
    SourceEditor(JsonHighlighter highlighter, Executor executor, Executor fx, boolean editable, WindowService windows,
                 Messages messages) {
        this.highlighter = highlighter;
        this.messages = messages;
        this.executor = executor;
        this.fx = fx;
        this.windows = windows;
        this.editable = editable;
        area.getProperties().put(SourceEditor.class, this);
        view.getProperties().put(SourceEditor.class, this);
        area.getStyleClass().add("source-editor");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setEditable(editable);
        area.setWrapText(false);
        highlightCaretLine();
        hoverText.getStyleClass().add("problem-hover");
        // RichTextFX's hover timer looks the pointer up on the screen when it fires, which throws once the area
        // has left its window (the pointer resting on it as the window changes scene): on only while shown.
        ObservableValue<Boolean> shown = area.sceneProperty()
                .flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        shown.addListener((o, was, now) -> area.setMouseOverTextDelay(now ? HOVER_DELAY : null));
        area.setMouseOverTextDelay(shown.getValue() ? HOVER_DELAY : null);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showHover(e.getCharacterIndex(), e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> {
            if (hover != null) {
                hover.hide();
            }
        });
        area.plainTextChanges().subscribe(ignore -> textNow = null);
        area.multiPlainChanges().successionEnds(HIGHLIGHT_PAUSE).subscribe(ignore -> rehighlight());
        area.multiPlainChanges().filter(ignore -> !echo).subscribe(ignore -> pendingCommit = true);
        area.multiPlainChanges().successionEnds(COMMIT_PAUSE).subscribe(ignore -> commitSoon());
        area.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitPending();
            }
        });
    }

    /**
     * Marks the caret's line with the paragraph style {@code current-line} (studio.css colours it, more
     * strongly in presenter mode). A paragraph style, not RichTextFX's line highlighter, so the colour
     * comes from the theme's CSS; only the previous and the new line change as the caret moves.
     */
    private void highlightCaretLine() {
        int[] marked = {-1};
        area.currentParagraphProperty().addListener((o, was, now) -> {
            if (marked[0] >= 0 && marked[0] < area.getParagraphs().size()
                    && area.getParagraph(marked[0]).getParagraphStyle().contains(CURRENT_LINE)) {
                area.setParagraphStyle(marked[0], java.util.List.of());
            }
            if (now >= 0 && now < area.getParagraphs().size()) {
                area.setParagraphStyle(now, java.util.List.of(CURRENT_LINE));
                marked[0] = now;
            }
        });
    }

    /** The editor with the place above it where the find and go-to-line bars open. */
    public Region view() {
        return view;
    }

    /** Shows a bar (find, go to line) above the text, or none. */
    void setBar(Node bar) {
        view.setTop(bar);
    }

    /** The source editor that {@code node} is part of (its text or a bar above it), if any. */
    public static Optional<SourceEditor> owning(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().get(SourceEditor.class) instanceof SourceEditor editor) {
                return Optional.of(editor);
            }
        }
        return Optional.empty();
    }

    public boolean isEditable() {
        return editable;
    }

    public CodeArea area() {
        return area;
    }

    /** Where typed text goes (after a short pause, or at once on {@link #commitPending()}). */
    public void onEdit(Consumer<String> consumer) {
        this.onEdit = consumer;
    }

    /**
     * Where typed text goes after a pause in typing when the owner may take it in later (parsing it off the
     * FX thread first): it runs the {@code Runnable} once the text is in, or dropped for a newer one. Until
     * then {@link #commitPending()} hands the text over again, at once.
     */
    public void onEditSoon(BiConsumer<String, Runnable> consumer) {
        this.onEditSoon = consumer;
    }

    /** Where work for the owner can run off the FX thread (the highlight thread). */
    public Executor background() {
        return executor;
    }

    /** Where such work comes back to. */
    public Executor fx() {
        return fx;
    }

    /** Hands over text typed but not yet handed over (before undo, save, or switching views), at once. */
    public void commitPending() {
        if (pendingCommit || handingOverSoon) {
            pendingCommit = false;
            handingOverSoon = false;
            handedOver = areaText();
            onEdit.accept(handedOver);
        }
    }

    private void commitSoon() {
        if (pendingCommit) {
            pendingCommit = false;
            handingOverSoon = true;
            long mine = ++soonHandovers;
            handedOver = areaText();
            onEditSoon.accept(handedOver, () -> {
                if (mine == soonHandovers) {
                    handingOverSoon = false;
                }
            });
        }
    }

    /** What the editor holds, or will show once active. */
    public String text() {
        return waitingText != null ? waitingText : areaText();
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

    /**
     * Shows {@code text} (from the session) unless the editor already holds it or handed it over itself.
     * Only the range that differs is replaced, so the rest keeps its paragraphs and colours (replacing all
     * of a 148 KB text rebuilt every paragraph on the FX thread); the caret keeps its place in the text.
     */
    public void show(String text) {
        if (!active) {
            waitingText = text;
            return;
        }
        waitingText = null;
        if (handedOver != null && (text == handedOver || text.equals(handedOver))) {
            return; // the session caught up with this editor
        }
        handedOver = null;
        String shown = areaText();
        TextDiff diff = TextDiff.between(shown, text);
        if (diff.isEmpty()) {
            return;
        }
        int caret = area.getCaretPosition();
        echo = true;
        try {
            area.replaceText(diff.start(), diff.oldEnd(), diff.replacement());
        } finally {
            echo = false;
        }
        pendingCommit = false;
        area.moveTo(Math.min(diff.caretAfter(caret), area.getLength()));
        area.requestFollowCaret();
        rehighlight();
    }

    public void setProblems(List<Problem> newProblems) {
        if (newProblems.equals(problems)) {
            return; // a check of another file, or the same findings again: nothing to underline anew
        }
        problems = List.copyOf(newProblems);
        if (active) {
            rehighlight();
        } else {
            problemsWaiting = true; // underlined (and hoverable) once the editor is shown
        }
    }

    /**
     * Where a replacement goes: the new text and a description for the Undo menu. Each call is one undo
     * step of its own (typed text still waiting is handed over first). By default, like typing.
     */
    public void onReplace(BiConsumer<String, String> consumer) {
        this.onReplace = consumer;
    }

    /** Matches of {@code newSearch} are found and highlighted from now on (an inactive search clears them). */
    public void setSearch(TextSearch newSearch) {
        search = newSearch;
        if (active) {
            rehighlight();
        } else {
            problemsWaiting = true; // found once the editor is shown
        }
    }

    public TextSearch search() {
        return search;
    }

    /** The matches highlighted now (of the text as it was when they were found). */
    public List<TextMatch> matches() {
        return matches;
    }

    /** Told each time a new set of matches is highlighted. */
    public void onMatches(Consumer<List<TextMatch>> consumer) {
        this.onMatches = consumer;
    }

    /** Selects {@code [start, end)} and scrolls it into view: to the middle when it was off screen, as editors do. */
    public void select(int start, int end) {
        int length = area.getLength();
        area.selectRange(Math.min(start, length), Math.min(end, length));
        int paragraph = area.getCurrentParagraph();
        // The first and last visible lines are often cut: a match there counts as off screen.
        if (!area.getVisibleParagraphs().isEmpty() && (paragraph <= area.firstVisibleParToAllParIndex()
                || paragraph >= area.lastVisibleParToAllParIndex() - 1)) {
            area.showParagraphAtCenter(paragraph); // following the caret as well would undo this at the next layout
        } else {
            area.requestFollowCaret();
        }
    }

    /** Replaces {@code [start, end)} with {@code replacement} as one undo step; the caret goes after it. */
    public void replace(int start, int end, String replacement, String description) {
        commitPending();
        echo = true;
        try {
            area.replaceText(start, end, replacement);
        } finally {
            echo = false;
        }
        area.moveTo(start + replacement.length());
        handedOver = area.getText();
        onReplace.accept(handedOver, description);
        rehighlight();
    }

    /**
     * Replaces every match of {@code replacing} as one undo step. The new text is made on the highlight
     * thread; if the text changed meanwhile nothing is replaced.
     *
     * @param description the Undo menu's words for that many replacements
     * @param failed      told why, when a regular expression's replacement cannot be used ({@code $7})
     */
    public void replaceAll(TextSearch replacing, String replacement, IntFunction<String> description, Consumer<String> failed) {
        commitPending();
        String text = areaText();
        CompletableFuture.supplyAsync(() -> replacing.replaceAll(text, replacement), executor).whenCompleteAsync((r, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
                if (cause instanceof IllegalArgumentException bad) {
                    failed.accept(bad.getMessage());
                } else {
                    LOG.log(System.Logger.Level.WARNING, "Replace all failed; the text is unchanged", cause);
                }
                return;
            }
            if (r.count() > 0 && text.equals(area.getText())) {
                applyReplaceAll(r, description.apply(r.count()));
            }
        }, fx);
    }

    private void applyReplaceAll(ReplaceAllResult result, String description) {
        int caret = area.getCaretPosition();
        echo = true;
        try {
            if (result.count() > BULK_REPLACE) {
                area.replaceText(result.text()); // one change is cheaper than thousands; colours come back shortly
            } else {
                // Last match first, so the offsets of the ones before stay true; the rest keeps its colours.
                MultiChangeBuilder<Collection<String>, String, Collection<String>> change = area.createMultiChange(result.count());
                for (int i = result.count() - 1; i >= 0; i--) {
                    TextMatch m = result.replaced().get(i);
                    change.replaceText(m.start(), m.end(), result.replacements().get(i));
                }
                change.commit();
            }
        } finally {
            echo = false;
        }
        pendingCommit = false;
        area.moveTo(Math.min(caret, area.getLength()));
        handedOver = area.getText();
        onReplace.accept(handedOver, description);
        rehighlight();
    }

    /** Opens the find bar (Ctrl+F), with the replace row where the text can be edited (Ctrl+H). */
    public void openFind(boolean replace) {
        findBar().open(replace);
    }

    /** F3 (Shift+F3 backwards): the next match; opens the find bar when it is closed. */
    public void findNext(boolean forward) {
        FindBar bar = findBar();
        if (!bar.isOpen()) {
            bar.open(false);
            return; // opening selects the first match from the caret
        }
        if (forward) {
            bar.next();
        } else {
            bar.previous();
        }
    }

    /** Opens the go-to-line bar (Ctrl+G). */
    public void openGoToLine() {
        if (goToLineBar == null) {
            goToLineBar = new GoToLineBar(this, messages);
        }
        if (findBar != null && findBar.isOpen()) {
            findBar.close();
        }
        goToLineBar.open();
    }

    /** The bar open above the text (find or go to line), or null. */
    public Node openBar() {
        return view.getTop();
    }

    private FindBar findBar() {
        if (findBar == null) {
            findBar = new FindBar(this, messages);
        }
        return findBar;
    }

    /** Moves the caret to a 1-based line and column (clamped to the text) and shows it. */
    public void goToLine(int line, int column) {
        int paragraph = Math.max(0, Math.min(line, area.getParagraphs().size()) - 1);
        int col = Math.max(0, Math.min(column - 1, area.getParagraphLength(paragraph)));
        area.moveTo(paragraph, col);
        area.showParagraphAtCenter(paragraph);
        area.requestFocus();
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

    private String areaText() {
        if (textNow == null) {
            textNow = area.getText();
        }
        return textNow;
    }

    private void rehighlight() {
        String text = areaText();
        List<Problem> snapshot = problems;
        TextSearch searching = search;
        Highlighting before = applied;
        problemsWaiting = false;
        long generation = ++highlightGeneration;
        CompletableFuture.supplyAsync(() -> {
            ProblemRanges pr = ProblemRanges.of(text, snapshot);
            List<TextMatch> found = searching.matches(text);
            StyleSpans<Collection<String>> spans = withMatches(withProblems(highlighter.highlight(text), pr, text.length()),
                    found, text.length());
            return new Highlighting(text, pr, spans, found, before == null ? null : before.text(), StyleChange.parts(
                    before == null ? null : before.text(), before == null ? null : before.spans(), text, spans));
        }, executor).whenCompleteAsync((h, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "Highlighting failed; the text stays as it was coloured", failure);
                return;
            }
            apply(generation, h);
        }, fx);
    }

    /**
     * Colours, underlines and find matches of {@code text}, and what changed from {@code base}, the text
     * styled before.
     */
    private record Highlighting(String text, ProblemRanges ranges, StyleSpans<Collection<String>> spans,
                                List<TextMatch> matches, String base, List<StyleChange> changes) {
    }

    /**
     * Restyles only the part that changed (the typed text and any span whose colour or underline moved):
     * restyling a whole 148 KB config.json on the FX thread after each pause in typing stalled its frames.
     */
    private void apply(long generation, Highlighting h) {
        if (generation != highlightGeneration || !h.text().equals(areaText())) {
            return; // the text moved on; a newer run is coming
        }
        ranges = h.ranges();
        matches = h.matches();
        if (!h.text().isEmpty()) {
            List<StyleChange> changes = applied == null || applied.text() != h.base()
                    ? List.of(StyleChange.all(h.text().length())) : h.changes();
            for (StyleChange c : changes) {
                if (c.end() > c.start()) {
                    area.setStyleSpans(c.start(), h.spans().subView(c.start(), c.end()));
                }
            }
        }
        applied = h;
        onMatches.accept(matches);
    }

    static StyleSpans<Collection<String>> withMatches(StyleSpans<Collection<String>> styled, List<TextMatch> found,
                                                              int length) {
        if (found.isEmpty() || length == 0) {
            return styled;
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int pos = 0;
        for (TextMatch m : found) {
            int start = Math.max(m.start(), pos);
            int end = Math.min(m.end(), length);
            if (end <= start) {
                continue;
            }
            if (start > pos) {
                b.add(Collections.emptyList(), start - pos);
            }
            b.add(Collections.singletonList(MATCH_STYLE), end - start);
            pos = end;
        }
        if (pos < length) {
            b.add(Collections.emptyList(), length - pos);
        }
        return styled.overlay(b.create(), SourceEditor::both);
    }

    private static Collection<String> both(Collection<String> a, Collection<String> c) {
        if (c.isEmpty()) {
            return a;
        }
        List<String> both = new ArrayList<>(a);
        both.addAll(c);
        return both;
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
        return syntax.overlay(b.create(), SourceEditor::both);
    }

    private void showHover(int offset, Point2D screen) {
        Optional<Problem> p = ranges.at(offset);
        if (p.isEmpty() || area.getScene() == null) {
            return;
        }
        hoverText.setText(p.get().message() + (p.get().hint().isEmpty() ? "" : "\n" + p.get().hint())
                + "  [" + p.get().code() + "]");
        if (hover == null) {
            hover = windows.popup();
            hover.getContent().add(hoverText);
        }
        hover.show(area, screen.getX(), screen.getY() + 12);
    }

    /** The message shown on hover at {@code offset}, for tests and accessibility. */
    public Optional<Problem> problemAt(int offset) {
        return ranges.at(offset);
    }

}

package io.universestudio.ui.editor.raw;

import io.universestudio.core.search.MatchCursor;
import io.universestudio.core.search.SearchQuery;
import io.universestudio.core.search.TextMatch;
import io.universestudio.core.search.TextSearch;
import io.universestudio.ui.common.Icons;
import io.universestudio.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

import java.util.List;

/**
 * The find (and replace) bar above a source editor: every match highlighted, "3 of 17", match case, whole
 * word and regular expression toggles, Enter / Shift+Enter (and F3 / Shift+F3) to walk the matches,
 * Escape to close it and go back to the text. Replacing is offered only where the text can be edited.
 */
final class FindBar extends VBox {

    private final SourceEditor editor;
    private final Messages messages;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final ToggleButton matchCase = toggle("mdi2f-format-letter-case", "findMatchCase");
    private final ToggleButton wholeWord = toggle("mdi2f-format-letter-matches", "findWholeWord");
    private final ToggleButton regex = toggle("mdi2r-regex", "findRegex");
    private final Label count = new Label();
    private final HBox replaceRow;
    /** Where the search started: typing in the field selects the first match from here. */
    private int anchor;
    private boolean revealPending;
    private String note = "";

    FindBar(SourceEditor editor, Messages messages) {
        this.editor = editor;
        this.messages = messages;
        getStyleClass().add("find-bar");
        setId("findBar");
        setSpacing(4);
        setPadding(new Insets(4, 8, 4, 8));
        find.setId("findField");
        find.setPromptText(messages.get("find.prompt"));
        replace.setId("replaceField");
        replace.setPromptText(messages.get("find.replacePrompt"));
        HBox.setHgrow(find, Priority.ALWAYS);
        HBox.setHgrow(replace, Priority.ALWAYS);
        matchCase.setTooltip(new Tooltip(messages.get("find.matchCase")));
        wholeWord.setTooltip(new Tooltip(messages.get("find.wholeWord")));
        regex.setTooltip(new Tooltip(messages.get("find.regex")));
        count.setId("findCount");
        count.getStyleClass().add("find-count");
        count.setMinWidth(USE_PREF_SIZE);
        Button previous = iconButton("mdi2a-arrow-up", "findPrevious", "find.previous");
        previous.setOnAction(e -> previous());
        Button next = iconButton("mdi2a-arrow-down", "findNext", "find.next");
        next.setOnAction(e -> next());
        Button close = iconButton("mdi2c-close", "findClose", "find.close");
        close.setOnAction(e -> close());
        HBox findRow = new HBox(4, find, matchCase, wholeWord, regex, count, previous, next, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        Button replaceOne = new Button(messages.get("find.replace"));
        replaceOne.setId("replaceOne");
        replaceOne.setOnAction(e -> replaceCurrent());
        Button replaceAll = new Button(messages.get("find.replaceAll"));
        replaceAll.setId("replaceAll");
        replaceAll.setOnAction(e -> replaceAll());
        replaceRow = new HBox(4, replace, replaceOne, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(findRow, replaceRow);

        find.textProperty().addListener((o, a, b) -> searchChanged());
        matchCase.selectedProperty().addListener((o, a, b) -> searchChanged());
        wholeWord.selectedProperty().addListener((o, a, b) -> searchChanged());
        regex.selectedProperty().addListener((o, a, b) -> searchChanged());
        find.setOnAction(e -> next());
        replace.setOnAction(e -> replaceCurrent());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.isShiftDown() && e.getTarget() == find) {
                previous();
                e.consume();
            }
        });
        editor.onMatches(this::matchesFound);
        editor.area().selectionProperty().addListener((o, a, b) -> showCount());
    }

    private ToggleButton toggle(String icon, String id) {
        ToggleButton b = new ToggleButton(null, Icons.of(icon));
        b.setId(id);
        b.getStyleClass().add("find-toggle");
        b.setFocusTraversable(false);
        return b;
    }

    private Button iconButton(String icon, String id, String tooltipKey) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.getStyleClass().add("find-button");
        b.setTooltip(new Tooltip(messages.get(tooltipKey)));
        b.setFocusTraversable(false);
        return b;
    }

    /** Opens the bar (with the replace row where the text can be edited and it was asked for). */
    void open(boolean withReplace) {
        boolean replacing = withReplace && editor.isEditable();
        replaceRow.setVisible(replacing);
        replaceRow.setManaged(replacing);
        CodeArea area = editor.area();
        String selected = area.getSelectedText();
        anchor = area.getSelection().getStart();
        boolean wasOpen = isOpen();
        editor.setBar(this);
        if (!selected.isEmpty() && selected.indexOf('\n') < 0 && !selected.equals(find.getText())) {
            find.setText(selected); // searches for it
        } else if (!wasOpen) {
            searchChanged();
        }
        (replacing && wasOpen && find.isFocused() ? replace : find).requestFocus();
        find.selectAll();
    }

    boolean isOpen() {
        return editor.view().getChildrenUnmodifiable().contains(this);
    }

    void close() {
        editor.setBar(null);
        editor.setSearch(TextSearch.of(SearchQuery.of("")));
        editor.area().requestFocus();
    }

    SearchQuery query() {
        return new SearchQuery(find.getText(), matchCase.isSelected(), wholeWord.isSelected(), regex.isSelected());
    }

    private void searchChanged() {
        TextSearch search = TextSearch.of(query());
        note = search.problem().map(p -> messages.get("find.badRegex", p)).orElse("");
        revealPending = search.isActive();
        editor.setSearch(search);
        showCount();
    }

    private void matchesFound(List<TextMatch> matches) {
        if (revealPending && isOpen()) {
            revealPending = false;
            int i = MatchCursor.next(matches, anchor, anchor);
            if (i >= 0) {
                editor.select(matches.get(i).start(), matches.get(i).end());
            }
        }
        showCount();
    }

    /** F3: the next match after the selection, wrapping around. */
    void next() {
        go(MatchCursor.next(editor.matches(), selectionStart(), selectionEnd()));
    }

    /** Shift+F3. */
    void previous() {
        go(MatchCursor.previous(editor.matches(), selectionStart(), selectionEnd()));
    }

    private void go(int index) {
        if (index < 0) {
            return;
        }
        TextMatch m = editor.matches().get(index);
        editor.select(m.start(), m.end());
        anchor = m.start();
    }

    private int selectionStart() {
        return editor.area().getSelection().getStart();
    }

    private int selectionEnd() {
        return editor.area().getSelection().getEnd();
    }

    /** Replaces the selected match and goes to the next one; with no match selected, goes to the next. */
    private void replaceCurrent() {
        if (!editor.isEditable()) {
            return;
        }
        TextSearch search = editor.search();
        note = "";
        String text = editor.area().getText();
        TextMatch selected = search.matchAt(text, selectionStart(), selectionEnd()).orElse(null);
        if (selected == null) {
            next();
            return;
        }
        String with;
        try {
            with = search.replacementFor(text, selected, replace.getText());
        } catch (IllegalArgumentException e) {
            showNote(messages.get("find.badReplacement", e.getMessage()));
            return;
        }
        anchor = selected.start() + with.length();
        revealPending = true; // the next match is selected once the new matches are in
        editor.replace(selected.start(), selected.end(), with,
                messages.get("edit.replace", search.query().text()));
    }

    private void replaceAll() {
        if (!editor.isEditable()) {
            return;
        }
        note = "";
        editor.replaceAll(editor.search(), replace.getText(),
                n -> messages.get("edit.replaceAll", n, editor.search().query().text()),
                problem -> showNote(messages.get("find.badReplacement", problem)));
    }

    private void showNote(String text) {
        note = text;
        showCount();
    }

    private void showCount() {
        if (!isOpen()) {
            return;
        }
        List<TextMatch> matches = editor.matches();
        int current = MatchCursor.indexOf(matches, selectionStart(), selectionEnd());
        String shown;
        if (!note.isEmpty()) {
            shown = note;
        } else if (find.getText().isEmpty()) {
            shown = "";
        } else if (matches.isEmpty()) {
            shown = messages.get("find.none");
        } else {
            boolean more = matches.size() >= TextSearch.MATCH_LIMIT; // the search stopped counting there
            shown = current >= 0
                    ? messages.get(more ? "find.countOfMore" : "find.countOf", current + 1, matches.size())
                    : more ? messages.get("find.countMore", matches.size())
                    : messages.get("find.count", matches.size());
        }
        count.setText(shown);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("none"),
                !find.getText().isEmpty() && (matches.isEmpty() || !note.isEmpty()));
    }
}

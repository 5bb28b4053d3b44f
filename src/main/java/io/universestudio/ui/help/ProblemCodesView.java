package io.universestudio.ui.help;

import io.universestudio.ui.common.Messages;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Help > Problem codes: every code of docs/validation-rules.md, searchable by code or by any word of its
 * explanation, with the explanation of the selected one (what it means and how to fix it, from every table
 * that names it).
 */
public final class ProblemCodesView extends VBox {

    private final ProblemCodes codes;
    private final TextField search = new TextField();
    private final FilteredList<ProblemCodes.Entry> shown;
    private final ListView<ProblemCodes.Entry> list;
    private final VBox detail = new VBox(6);
    private final Messages messages;

    public ProblemCodesView(ProblemCodes codes, Messages messages) {
        super(8);
        this.codes = codes;
        this.messages = messages;
        setId("problemCodesView");
        setPadding(new Insets(10));
        search.setId("problemCodeSearch");
        search.setPromptText(messages.get("help.codes.search"));
        shown = new FilteredList<>(FXCollections.observableArrayList(codes.entries()));
        list = new ListView<>(shown);
        search.textProperty().addListener((o, a, q) -> {
            shown.setPredicate(e -> e.matches(q));
            if (!shown.isEmpty() && list.getSelectionModel().getSelectedItem() == null) {
                list.getSelectionModel().select(0);
            }
        });
        list.setId("problemCodeList");
        list.setPlaceholder(new Label(messages.get("help.codes.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ProblemCodes.Entry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.code());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, entry) -> showDetail(entry));
        detail.setId("problemCodeDetail");
        detail.setPadding(new Insets(4, 8, 8, 8));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(list, scroll);
        split.setDividerPositions(0.34);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(search, split);
        if (!shown.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    /** Shows the entry of {@code code} (the search is cleared so it is in the list); false when unknown. */
    public boolean select(String code) {
        return codes.find(code).map(entry -> {
            search.clear();
            list.getSelectionModel().select(entry);
            list.scrollTo(entry);
            return true;
        }).orElse(false);
    }

    public ProblemCodes.Entry selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private void showDetail(ProblemCodes.Entry entry) {
        detail.getChildren().clear();
        if (entry == null) {
            return;
        }
        Label code = HelpPages.text(entry.code(), "help-title");
        code.setId("problemCodeTitle");
        detail.getChildren().add(code);
        for (ProblemCodes.Mention m : entry.mentions()) {
            detail.getChildren().add(HelpPages.text(m.section(), "help-heading"));
            addLine("help.codes.severity", m.column("Severity"));
            addLine("help.codes.note", m.column("Note"));
            addLine("help.codes.what", m.column("What"));
            addLine("help.codes.fix", m.column("Fix"));
        }
    }

    private void addLine(String key, String text) {
        if (!text.isEmpty()) {
            detail.getChildren().add(HelpPages.text(messages.get(key, text), "help-paragraph"));
        }
    }
}

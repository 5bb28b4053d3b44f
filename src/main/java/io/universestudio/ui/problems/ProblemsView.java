package io.universestudio.ui.problems;

import io.universestudio.ui.common.Tooltips;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Fix;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;
import io.universestudio.ui.common.Icons;
import io.universestudio.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The problems panel: filters above a table; a click or Enter shows where the problem is. A problem with
 * a mechanical fix shows it as a link in its row and in its context menu (Alt+Enter applies the first).
 */
public final class ProblemsView extends VBox {

    private static final KeyCombination APPLY_FIX = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.ALT_DOWN);

    private final TableView<Problem> table = new TableView<>();
    private final ProblemsViewModel model;
    private final Messages messages;
    private Consumer<String> explainer = code -> { };

    public ProblemsView(ProblemsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("problems-view");
        setId("problemsView");
        table.setId("problemsTable");
        table.setItems(model.shown());
        table.setPlaceholder(new Label(messages.get("problems.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Problem, Severity> severity = new TableColumn<>();
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Severity item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : Icons.severity(item));
                Tooltips.setText(this, empty || item == null ? null : messages.get("severity." + item.label()));
            }
        });
        severity.setPrefWidth(34);
        severity.setMaxWidth(34);
        severity.setMinWidth(34);
        severity.setSortable(false);
        TableColumn<Problem, String> message = text(messages.get("problems.message"), p -> p.message());
        message.setPrefWidth(600);
        message.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                Problem p = empty || getTableRow() == null ? null : getTableRow().getItem();
                Tooltips.setText(this, p == null || p.hint().isEmpty() ? null : p.message() + "\n" + p.hint());
            }
        });
        TableColumn<Problem, String> where = text(messages.get("problems.where"), Problem::where);
        where.setPrefWidth(200);
        TableColumn<Problem, String> code = text(messages.get("problems.code"), Problem::code);
        code.setPrefWidth(180);
        // The code links to its explanation (Help > Problem codes, from docs/validation-rules.md).
        code.setCellFactory(c -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink();

            {
                link.getStyleClass().add("problem-code-link");
                link.setOnAction(e -> {
                    link.setVisited(false);
                    explainer.accept(link.getText());
                });
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null || item.isEmpty()) {
                    setGraphic(null);
                    return;
                }
                link.setText(item);
                Tooltips.setText(link, messages.get("problems.explain.tooltip", item));
                setGraphic(link);
            }
        });
        TableColumn<Problem, Problem> fix = new TableColumn<>(messages.get("problems.fix"));
        fix.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        fix.setCellFactory(c -> new FixCell());
        fix.setPrefWidth(220);
        fix.setSortable(false);
        table.getColumns().addAll(java.util.List.of(severity, message, fix, where, code));
        table.setRowFactory(t -> {
            TableRow<Problem> row = new TableRow<>();
            row.itemProperty().addListener((o, a, p) -> row.setContextMenu(p == null ? null : contextMenu(p)));
            return row;
        });

        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && table.getSelectionModel().getSelectedItem() != null) {
                model.open(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            Problem chosen = table.getSelectionModel().getSelectedItem();
            if (APPLY_FIX.match(e) && chosen != null && !chosen.fixes().isEmpty()) {
                model.fix(chosen, chosen.fixes().get(0));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && chosen != null) {
                model.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        model.selectedProperty().addListener((o, a, p) -> {
            if (p != null && table.getSelectionModel().getSelectedItem() != p) {
                table.getSelectionModel().select(p);
                table.scrollTo(p);
            }
        });

        // Choice boxes, not combo boxes: the same choice of one, and a combo box's skin builds its list (24
        // nodes) into the panel's first frame though nobody has opened it yet.
        ChoiceBox<Severity> severities = filter("severityFilter", Severity.values(),
                s -> s == null ? messages.get("problems.allSeverities") : messages.get("severity." + s.label()));
        severities.valueProperty().bindBidirectional(model.severityFilterProperty());
        ChoiceBox<RevisionFile> files = filter("fileFilter", RevisionFile.values(),
                f -> f == null ? messages.get("problems.allFiles") : f.fileName());
        files.valueProperty().bindBidirectional(model.fileFilterProperty());

        Label title = new Label(messages.get("problems.title"));
        title.getStyleClass().add("panel-title");
        Label hint = new Label(messages.get("problems.walkHint"));
        hint.getStyleClass().add("help-text");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label fixNotice = new Label();
        fixNotice.setId("fixNotice");
        fixNotice.getStyleClass().add("field-problem");
        fixNotice.textProperty().bind(model.fixNoticeProperty());
        HBox bar = new HBox(8, title, severities, files, fixNotice, spring, hint);
        bar.getStyleClass().add("panel-bar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    /** "Go to" and each of the problem's fixes. */
    private ContextMenu contextMenu(Problem problem) {
        List<MenuItem> items = new ArrayList<>();
        MenuItem show = new MenuItem(messages.get("problems.goTo"));
        show.setOnAction(e -> model.open(problem));
        items.add(show);
        MenuItem explain = new MenuItem(messages.get("problems.explain", problem.code()));
        explain.setOnAction(e -> explainer.accept(problem.code()));
        items.add(explain);
        if (!problem.fixes().isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        for (Fix f : problem.fixes()) {
            MenuItem item = new MenuItem(f.label(), Icons.of("mdi2w-wrench"));
            item.setMnemonicParsing(false);
            item.getStyleClass().add("problem-fix-item");
            item.setOnAction(e -> model.fix(problem, f));
            items.add(item);
        }
        return new ContextMenu(items.toArray(MenuItem[]::new));
    }

    /** The first fix as a link; several fixes as a small menu. */
    private final class FixCell extends TableCell<Problem, Problem> {
        @Override
        protected void updateItem(Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            setText(null);
            if (empty || problem == null || problem.fixes().isEmpty()) {
                setGraphic(null);
                return;
            }
            List<Fix> fixes = problem.fixes();
            if (fixes.size() == 1) {
                Hyperlink link = new Hyperlink(fixes.get(0).label(), Icons.of("mdi2w-wrench"));
                link.getStyleClass().add("problem-fix");
                link.setMnemonicParsing(false);
                Tooltips.setText(link, messages.get("problems.fixTip", fixes.get(0).label()));
                link.setOnAction(e -> model.fix(problem, fixes.get(0)));
                link.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> e.consume()); // fix, not go to
                setGraphic(link);
                return;
            }
            MenuButton menu = new MenuButton(messages.get("problems.fixes", fixes.size()), Icons.of("mdi2w-wrench"));
            menu.getStyleClass().add("problem-fix");
            for (Fix f : fixes) {
                MenuItem item = new MenuItem(f.label());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> model.fix(problem, f));
                menu.getItems().add(item);
            }
            setGraphic(menu);
        }
    }

    private static <T> TableColumn<Problem, T> text(String title, Function<Problem, T> value) {
        TableColumn<Problem, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setSortable(false);
        return c;
    }

    /** A filter offering "all" (null) and then {@code values}, each named by {@code name}. */
    private static <T> ChoiceBox<T> filter(String id, T[] values, Function<T, String> name) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(Arrays.asList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a filter is chosen, not typed");
            }
        });
        return box;
    }

    public TableView<Problem> table() {
        return table;
    }

    /** Where a problem code's link and the row's "Explain" go: Help > Problem codes at that code. */
    public void setExplainer(Consumer<String> explainer) {
        this.explainer = explainer;
    }

}

package io.universestudio.ui.editor.config;

import io.universestudio.core.schema.FormField;
import io.universestudio.core.schema.FormHeading;
import io.universestudio.core.schema.FormItem;
import io.universestudio.core.schema.FormTab;
import io.universestudio.core.schema.FormValues;
import io.universestudio.core.schema.InstallForm;
import io.universestudio.core.schema.OptionPath;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.WhenShown;
import javafx.geometry.Insets;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the install form as DC/OS UI does: a vertical tab per top-level option, headings for nested
 * objects, a widget per field chosen by {@link io.universestudio.core.schema.WidgetKind}, a required mark,
 * the description as help. A tab's fields are built when the tab is first shown (datastax-dse has
 * hundreds), and problems are shown under each field as values are typed.
 */
public final class InstallFormView {

    private final InstallFormViewModel model;
    private final Messages messages;
    private final TabPane tabs = new TabPane();
    private final BorderPane root = new BorderPane();
    private final Map<OptionPath, Label> problemLabels = new HashMap<>();
    /** For each field shown, how it takes a value set elsewhere (the preview) without being drawn again. */
    private final Map<OptionPath, java.util.function.Consumer<FormValues>> refreshers = new HashMap<>();
    private boolean refreshing;

    public InstallFormView(InstallFormViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        tabs.setId("installForm");
        tabs.setSide(Side.LEFT);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> fill(t));
        Button reset = new Button(messages.get("installForm.reset"));
        reset.setId("installFormReset");
        reset.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "..." at 200% zoom before
        reset.setOnAction(e -> {
            model.reset();
            rebuild(model.formProperty().get());
        });
        Label note = new Label(messages.get("installForm.note"));
        note.getStyleClass().add("help-text");
        note.setWrapText(true);
        HBox bar = new HBox(8, reset, note);
        bar.setPadding(new Insets(4, 8, 4, 8));
        HBox.setHgrow(note, Priority.ALWAYS);
        root.setTop(bar);
        root.setCenter(tabs);
        // Built only where it can be seen: opening a package rebuilt and checked every field of a form that
        // sits in an unselected tab, about 40 ms of the FX thread before the window showed the package.
        WhenShown shown = new WhenShown(root, () -> {
            rebuild(model.formProperty().get());
            showProblems(model.valuesProperty().get());
        });
        model.formProperty().addListener((o, a, f) -> shown.update(() -> rebuild(f)));
        model.valuesProperty().addListener((o, a, v) -> shown.update(() -> showProblems(v)));
        // Values set in the preview: only the fields whose value changed are set again, in place.
        model.outsideChangesProperty().addListener((o, a, n) -> shown.update(() -> refreshValues(model.valuesProperty().get())));
    }

    public Node view() {
        return root;
    }

    private void rebuild(InstallForm form) {
        String selected = tabs.getSelectionModel().getSelectedItem() == null ? null
                : ((FormTab) tabs.getSelectionModel().getSelectedItem().getUserData()).name();
        problemLabels.clear();
        refreshers.clear();
        tabs.getTabs().clear();
        if (form == null) {
            return;
        }
        for (FormTab t : form.tabs()) {
            Tab tab = new Tab(t.name());
            tab.setUserData(t);
            tab.setId("formTab-" + t.name());
            tabs.getTabs().add(tab);
        }
        tabs.getTabs().stream().filter(t -> ((FormTab) t.getUserData()).name().equals(selected)).findFirst()
                .ifPresentOrElse(t -> tabs.getSelectionModel().select(t), () -> {
                    if (!tabs.getTabs().isEmpty()) {
                        tabs.getSelectionModel().selectFirst();
                    }
                });
        fill(tabs.getSelectionModel().getSelectedItem());
    }

    private void fill(Tab tab) {
        if (tab == null || tab.getContent() != null) {
            return;
        }
        FormTab t = (FormTab) tab.getUserData();
        VBox box = new VBox(8);
        box.setPadding(new Insets(10));
        Label title = new Label(t.name());
        title.getStyleClass().add("form-heading-1");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.getChildren().add(title);
        if (!t.help().isEmpty()) {
            box.getChildren().add(help(t.help()));
        }
        for (FormItem item : t.items()) {
            if (item instanceof FormHeading h) {
                Label l = new Label(h.title());
                l.getStyleClass().add("form-heading-" + Math.min(h.level(), 4));
                l.setWrapText(true); // a long section name ("transport_encryption") breaks rather than ending in "..."
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                box.getChildren().add(l);
                if (!h.help().isEmpty()) {
                    box.getChildren().add(help(h.help()));
                }
            } else if (item instanceof FormField f) {
                box.getChildren().add(field(f));
            }
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        tab.setContent(scroll);
        showProblems(model.valuesProperty().get());
    }

    private static Label help(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("help-text");
        l.setWrapText(true);
        return l;
    }

    private Node field(FormField f) {
        Label label = new Label(f.label() + (f.required() ? " *" : ""));
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (f.required()) {
            label.getStyleClass().add("required-label");
        }
        String id = "if-" + f.path().dotted().replace('.', '_');
        FormValues values = model.valuesProperty().get();
        Control input = switch (f.widget()) {
            case CHECKBOX -> {
                CheckBox c = new CheckBox();
                c.setSelected(values.value(f.path()).map(v -> v.asBoolean()).orElse(false));
                c.selectedProperty().addListener((o, a, on) -> {
                    if (!refreshing) {
                        model.setText(f.path(), Boolean.toString(on));
                    }
                });
                refreshers.put(f.path(), v -> {
                    boolean on = v.value(f.path()).map(x -> x.asBoolean()).orElse(false);
                    if (c.isSelected() != on) {
                        c.setSelected(on);
                    }
                });
                yield c;
            }
            case CHOICE -> {
                ComboBox<String> c = new ComboBox<>();
                f.choices().forEach(v -> c.getItems().add(f.display(v)));
                c.setValue(values.text(f.path()));
                c.valueProperty().addListener((o, a, v) -> {
                    if (!refreshing) {
                        model.setText(f.path(), v == null ? "" : v);
                    }
                });
                refreshers.put(f.path(), v -> {
                    if (!java.util.Objects.equals(c.getValue(), v.text(f.path()))) {
                        c.setValue(v.text(f.path()));
                    }
                });
                yield c;
            }
            case SECRET -> text(new PasswordField(), f, values);
            case YAML, JSON, CONSTRAINTS -> {
                TextArea a = text(new TextArea(), f, values);
                a.setPrefRowCount(f.widget() == io.universestudio.core.schema.WidgetKind.YAML ? 5 : 2);
                a.getStyleClass().add("source-editor");
                yield a;
            }
            default -> text(new TextField(), f, values);
        };
        input.setId(id);
        input.setMaxWidth(Double.MAX_VALUE);
        if (!f.help().isEmpty()) {
            Tooltip tip = new Tooltip(f.help());
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            input.setTooltip(tip);
        }
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setManaged(false);
        problem.setVisible(false);
        problemLabels.put(f.path(), problem);
        VBox box = new VBox(3, label, input);
        if (!f.help().isEmpty()) {
            Label h = help(f.help());
            h.setMaxHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(h);
        }
        box.getChildren().add(problem);
        return box;
    }

    private <T extends TextInputControl> T text(T control, FormField f, FormValues values) {
        control.setText(values.text(f.path()));
        control.textProperty().addListener((o, a, t) -> {
            if (!refreshing) {
                model.setText(f.path(), t);
            }
        });
        refreshers.put(f.path(), v -> {
            if (!control.getText().equals(v.text(f.path()))) {
                control.setText(v.text(f.path()));
            }
        });
        return control;
    }

    /** Sets the shown fields whose value differs from {@code values}; the others, and the tab, stay as they are. */
    private void refreshValues(FormValues values) {
        if (values == null) {
            return;
        }
        refreshing = true;
        try {
            refreshers.values().forEach(r -> r.accept(values));
        } finally {
            refreshing = false;
        }
        showProblems(values);
    }

    private void showProblems(FormValues values) {
        if (values == null) {
            return;
        }
        Map<OptionPath, List<String>> problems = values.problems();
        problemLabels.forEach((path, label) -> {
            List<String> p = problems.get(path);
            boolean show = p != null && !p.isEmpty();
            label.setText(show ? String.join(" ", p) : "");
            label.setVisible(show);
            label.setManaged(show);
        });
        for (Tab tab : tabs.getTabs()) {
            FormTab t = (FormTab) tab.getUserData();
            int n = values.problemCount(t);
            tab.setText(n == 0 ? t.name() : t.name() + " (" + n + ")");
        }
    }
}

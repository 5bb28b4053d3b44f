package io.universestudio.ui.editor.pkg;

import impl.org.controlsfx.skin.DecorationPane;
import io.universestudio.core.model.PackageField;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import io.universestudio.ui.common.Icons;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.Tooltips;
import io.universestudio.ui.problems.ProblemsViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The package.json form, built in code from {@link PackageField#ALL}: a row per field with its help
 * text from the format spec, fields the packagingVersion does not allow hidden behind an "upgrade" note,
 * fields with problems decorated and explained on hover.
 */
public final class PackageFormView extends ScrollPane {

    /** The problems a field's editor is marked for (a property of the editor node). */
    private static final String DECORATED = "decorated-problems";

    private final PackageFormViewModel model;
    private final ProblemsViewModel problems;
    private final Messages messages;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final GridPane grid = new GridPane();
    private final Label banner = new Label();
    private final Label hiddenNote = new Label();
    private final Button upgrade = new Button();
    private final Label upgradeHint = new Label();
    private boolean echo;

    /** The widgets of one field. */
    private record Row(PackageField field, Label label, Node editor, Node focusTarget, Label help, Refresher refresh) {
        /** In the grid (optional fields join it after the first frame). */
        boolean placed() {
            return label.getParent() != null;
        }
    }

    @FunctionalInterface
    private interface Refresher {
        void run();
    }

    /** @param afterLayout runs work once the current layout pass is over (decorations need laid-out fields) */
    public PackageFormView(PackageFormViewModel model, ProblemsViewModel problems, Messages messages,
                           Executor afterLayout) {
        this.model = model;
        this.problems = problems;
        this.messages = messages;
        setId("packageForm");
        getStyleClass().add("package-form");
        setFitToWidth(true);
        banner.getStyleClass().add("form-banner");
        banner.setWrapText(true);
        banner.setGraphic(Icons.of("mdi2a-alert"));
        banner.setId("formNotUpdating");
        hiddenNote.getStyleClass().add("help-text");
        hiddenNote.setWrapText(true);
        upgrade.setId("upgradeVersion");
        upgrade.setMinWidth(Region.USE_PREF_SIZE);
        upgrade.setOnAction(e -> model.upgradeTarget().ifPresent(model::upgradeTo));
        upgradeHint.setId("upgradeHint");
        upgradeHint.getStyleClass().add("help-text");
        upgradeHint.setWrapText(true);
        HBox noteLine = new HBox(8, hiddenNote, upgrade);
        noteLine.setAlignment(Pos.CENTER_LEFT);
        VBox note = new VBox(4, noteLine, upgradeHint);
        note.getStyleClass().add("version-note");

        grid.setHgap(12);
        grid.setVgap(2);
        grid.setPadding(new Insets(8, 16, 16, 16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, editors);
        for (PackageField f : PackageField.ALL) {
            Row row = row(f);
            rows.put(f.key(), row);
            if (f.required()) {
                place(row);
            }
        }
        VBox content = new VBox(8, banner, note, grid);
        content.setPadding(new Insets(8));
        // ControlsFX's decorator keeps its pane among a field's parents. Without one of ours, it makes one the
        // scene's root at the first decoration, and the whole window is styled again (ADR 0157).
        DecorationPane decorations = new DecorationPane();
        decorations.setRoot(content);
        setContent(decorations);

        model.treeProperty().addListener((o, a, b) -> refresh());
        model.notUpdatingProperty().addListener((o, a, b) -> refresh());
        problems.all().addListener((javafx.collections.ListChangeListener<Problem>) c -> decorate());
        sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                afterLayout.execute(() -> {
                    rows.values().forEach(r -> r.editor().getProperties().remove(DECORATED)); // a new scene: mark afresh
                    decorate();
                });
                placeOptionalAfterFirstFrame(s, afterLayout);
            }
        });
        refresh();
    }

    /**
     * The optional fields join the form once the first frame with the required ones is drawn: below the
     * fold at any usual window size, they were a third of the nodes the first window styled and laid out
     * before it could show (ADR 0156). A field is built at once (focus and decorations know it); only its
     * place in the grid waits.
     */
    private void placeOptionalAfterFirstFrame(Scene scene, Executor afterLayout) {
        if (rows.values().stream().allMatch(Row::placed)) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            afterLayout.execute(this::placeTheRest); // after the pulse, so its frame is drawn without them
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private Row row(PackageField f) {
        String key = f.key();
        Label label = new Label(messages.get("pkg." + key + ".label") + (f.required() ? " *" : ""));
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label help = new Label(messages.get("pkg." + key + ".help"));
        help.getStyleClass().add("help-text");
        help.setWrapText(true);
        Node editor;
        Node focus;
        Refresher refresh;
        switch (f.kind()) {
            case PACKAGING_VERSION -> {
                // A choice box: a combo box's skin builds its unopened list into the first frame.
                ChoiceBox<String> box = new ChoiceBox<>();
                for (PackagingVersion v : PackagingVersion.values()) {
                    box.getItems().add(v.text());
                }
                box.valueProperty().addListener((o, a, v) -> {
                    if (!echo && v != null) {
                        model.setText(key, v);
                    }
                });
                editor = box;
                focus = box;
                refresh = () -> {
                    String v = model.text(key);
                    if (!v.isEmpty() && !box.getItems().contains(v)) {
                        box.getItems().add(v);
                    }
                    box.setValue(v.isEmpty() ? null : v);
                };
            }
            case TEXT, MULTILINE, TIMESTAMP -> {
                TextInputControl input = f.kind() == PackageField.Kind.MULTILINE ? multiline() : new TextField();
                input.textProperty().addListener((o, a, t) -> {
                    if (!echo) {
                        if (f.kind() == PackageField.Kind.TIMESTAMP) {
                            model.setTimestamp(key, t);
                        } else {
                            model.setText(key, t);
                        }
                    }
                });
                focus = input;
                if (f.kind() == PackageField.Kind.TIMESTAMP) {
                    Label when = new Label();
                    when.getStyleClass().add("help-text");
                    Button now = new Button(messages.get("pkg.lastUpdated.now"));
                    now.setOnAction(e -> input.setText(Long.toString(Instant.now().getEpochSecond())));
                    now.setMinWidth(Region.USE_PREF_SIZE);
                    when.setMinWidth(Region.USE_PREF_SIZE);
                    HBox box = new HBox(8, input, now, when);
                    box.setAlignment(Pos.CENTER_LEFT);
                    editor = box;
                    refresh = () -> {
                        setIfDifferent(input, model.text(key));
                        when.setText(describeTime(model.text(key)));
                    };
                } else {
                    editor = input;
                    refresh = () -> setIfDifferent(input, model.text(key));
                }
            }
            case BOOLEAN -> {
                CheckBox box = new CheckBox(messages.get("pkg." + key + ".check"));
                box.setWrapText(true);
                box.setMinHeight(Region.USE_PREF_SIZE);
                box.selectedProperty().addListener((o, a, v) -> {
                    if (!echo) {
                        model.setBool(key, v);
                    }
                });
                editor = box;
                focus = box;
                refresh = () -> box.setSelected(model.bool(key));
            }
            case TAGS, VERSION_LIST -> {
                boolean versions = f.kind() == PackageField.Kind.VERSION_LIST;
                ChipsEditor chips = new ChipsEditor(messages.get(versions ? "pkg.versions.prompt" : "pkg.tags.prompt"),
                        true, versions ? List.of("*") : List.of());
                chips.onChange(v -> model.setStrings(key, v));
                editor = chips;
                focus = chips.input();
                refresh = () -> chips.setValues(model.strings(key));
            }
            case LICENSES -> {
                LicensesEditor licenses = new LicensesEditor(messages);
                licenses.onChange(model::setLicenses);
                editor = licenses;
                focus = licenses;
                refresh = () -> licenses.setValues(model.licenses());
            }
            case MANAGER -> {
                TextField name = new TextField();
                name.setPromptText(messages.get("pkg.manager.packageName"));
                TextField min = new TextField();
                min.setPromptText(messages.get("pkg.manager.minPackageVersion"));
                name.textProperty().addListener((o, a, t) -> {
                    if (!echo) {
                        model.setManagerField("packageName", t);
                    }
                });
                min.textProperty().addListener((o, a, t) -> {
                    if (!echo) {
                        model.setManagerField("minPackageVersion", t);
                    }
                });
                editor = new HBox(8, name, min);
                focus = name;
                refresh = () -> {
                    setIfDifferent(name, model.managerField("packageName"));
                    setIfDifferent(min, model.managerField("minPackageVersion"));
                };
            }
            default -> throw new IllegalStateException(f.kind().toString());
        }
        editor.setId("field-" + key);
        focus.getProperties().put("field", key);
        Tooltips.onFirstHover(label, help::getText);
        GridPane.setMargin(help, new Insets(0, 0, 8, 0));
        return new Row(f, label, editor, focus, help, refresh);
    }

    /** Places the fields not in the grid yet, and marks their problems. */
    private void placeTheRest() {
        List<Row> waiting = rows.values().stream().filter(r -> !r.placed()).toList();
        if (!waiting.isEmpty()) {
            waiting.forEach(this::place);
            decorate();
        }
    }

    /**
     * Puts a field's widgets in its rows of the grid (two a field: the editor, then its help), and among the
     * grid's children after the fields above it, so Tab walks the fields in their order.
     */
    private void place(Row row) {
        int r = PackageField.ALL.indexOf(row.field()) * 2;
        GridPane.setConstraints(row.label(), 0, r);
        GridPane.setConstraints(row.editor(), 1, r);
        GridPane.setConstraints(row.help(), 1, r + 1);
        int above = (int) rows.values().stream().takeWhile(other -> other != row).filter(Row::placed).count();
        grid.getChildren().addAll(above * 3, List.of(row.label(), row.editor(), row.help()));
    }

    private static TextArea multiline() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        return area;
    }

    private static void setIfDifferent(TextInputControl input, String text) {
        if (!input.getText().equals(text)) {
            input.setText(text);
        }
    }

    private String describeTime(String seconds) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(seconds.trim())).toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void refresh() {
        echo = true;
        try {
            boolean editable = model.editable();
            banner.setText(model.notUpdatingProperty().get());
            // An unreadable package.json is explained by the banner above every form (with Show in Source).
            banner.setVisible(model.fileMissing());
            banner.setManaged(model.fileMissing());
            for (Row row : rows.values()) {
                boolean shown = model.shows(row.field());
                for (Node n : List.of(row.label(), row.editor(), row.help())) {
                    n.setVisible(shown);
                    n.setManaged(shown);
                }
                row.editor().setDisable(!editable);
                row.refresh().run();
            }
            List<PackageField> hidden = model.hidden();
            boolean anyHidden = !hidden.isEmpty();
            Node note = upgradeHint.getParent();
            note.setVisible(anyHidden);
            note.setManaged(anyHidden);
            if (anyHidden) {
                hiddenNote.setText(messages.get("form.hiddenFields", model.packagingVersion().text(),
                        hidden.stream().map(PackageField::key).collect(Collectors.joining(", "))));
                boolean offered = model.upgradeTarget().isPresent();
                upgrade.setVisible(offered);
                upgrade.setManaged(offered);
                model.upgradeTarget().ifPresent(v -> upgrade.setText(messages.get("form.upgradeTo", v.text())));
                upgrade.setDisable(!editable);
                upgradeHint.setText(model.upgradeHint());
            }
        } finally {
            echo = false;
        }
    }

    /** Marks the fields that have problems, with the messages on hover. */
    private void decorate() {
        if (getScene() == null) {
            return;
        }
        for (Row row : rows.values()) {
            Node target = row.editor();
            if (!row.placed()) {
                continue; // not in the grid yet: decorated when it is placed
            }
            List<Problem> found = problems.about(RevisionFile.PACKAGE, row.field().pointer());
            if (found.equals(target.getProperties().get(DECORATED))) {
                continue; // marked for these already: remaking the icon and tooltips cost frames at every check
            }
            target.getProperties().put(DECORATED, found);
            Decorator.removeAllDecorations(target);
            target.getStyleClass().removeAll("field-error", "field-warning");
            if (found.isEmpty()) {
                Tooltips.setText(target, null);
                continue;
            }
            Problem worst = found.stream().min(java.util.Comparator.comparing(Problem::severity)).orElseThrow();
            String text = found.stream().map(p -> p.message() + (p.hint().isEmpty() ? "" : "\n" + p.hint()))
                    .collect(Collectors.joining("\n\n"));
            FontIcon icon = Icons.severity(worst.severity());
            // A glyph's layout y is its baseline; the decoration places the icon's top at the field's corner.
            icon.setTextOrigin(VPos.TOP);
            Tooltips.setText(icon, text);
            Decorator.addDecoration(target, new GraphicDecoration(icon, Pos.TOP_LEFT));
            target.getStyleClass().add(worst.severity() == io.universestudio.core.validate.Severity.ERROR ? "field-error" : "field-warning");
            Tooltips.setText(target, text);
        }
    }

    /** Shows and focuses the field a pointer of package.json belongs to; false if the form has none. */
    public boolean focus(String pointer) {
        List<String> tokens = io.universestudio.core.json.JsonPointers.tokens(pointer);
        if (tokens.isEmpty()) {
            return false;
        }
        Row row = rows.get(tokens.get(0));
        if (row == null || !row.editor().isVisible()) {
            return false;
        }
        if (!row.placed()) {
            placeTheRest(); // asked for before the first frame was drawn
            layout();
        }
        row.focusTarget().requestFocus();
        if (row.focusTarget() instanceof TextInputControl t) {
            t.selectAll();
        }
        double y = row.label().getBoundsInParent().getMinY();
        double height = grid.getHeight() - getViewportBounds().getHeight();
        if (height > 0) {
            setVvalue(Math.max(0, Math.min(1, (y - 40) / height)));
        }
        return true;
    }

    /** The problem messages decorating a field, for tests and screen readers. */
    public List<String> problemTexts(String key) {
        List<String> out = new ArrayList<>();
        Row row = rows.get(key);
        if (row != null && (row.editor().getStyleClass().contains("field-error")
                || row.editor().getStyleClass().contains("field-warning"))) {
            problems.about(RevisionFile.PACKAGE, "/" + key).forEach(p -> out.add(p.message()));
        }
        return out;
    }
}

package io.universestudio.ui.editor.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.schema.ConfigOption;
import io.universestudio.core.schema.FieldInput;
import io.universestudio.core.schema.FormField;
import io.universestudio.core.schema.MediaHint;
import io.universestudio.core.schema.OptionIssue;
import io.universestudio.core.schema.OptionPath;
import io.universestudio.core.schema.OptionType;
import io.universestudio.core.schema.PatternCheck;
import io.universestudio.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The property editor of the selected option. Fields commit on Enter or when they lose focus; each
 * commit is one edit through the view model. While it shows a new selection no edit is sent.
 */
final class OptionPropertyEditor {

    private static final String NONE = "";
    private static final List<String> FORMATS = List.of(NONE, "hostname", "uri", "email", "ipv4", "ipv6", "date-time", "password");
    private static final List<String> MEDIA = List.of(NONE, MediaHint.Kind.SECRET.mediaType(),
            MediaHint.Kind.ZONE_CONSTRAINTS.mediaType(), MediaHint.Kind.REGION_ZONE_CONSTRAINTS.mediaType(),
            MediaHint.Kind.REGION.mediaType(), MediaHint.Kind.SERVICE_ACCOUNT.mediaType(),
            MediaHint.Kind.YAML.mediaType(), MediaHint.Kind.YAML.mediaType() + " (base64)");

    private final OptionsEditorViewModel model;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final TextField name = field("prop-name");
    private final Label nameProblem = problemLabel();
    private final ComboBox<String> type = combo("prop-type", false);
    private final TextArea description = new TextArea();
    private final CheckBox required = new CheckBox();
    private final TextField defaultText = field("prop-default");
    private final ComboBox<String> defaultChoice = combo("prop-default-choice", false);
    private final Label defaultProblem = problemLabel();
    private final TextField enumValues = field("prop-enum");
    private final TextField minimum = field("prop-minimum");
    private final TextField maximum = field("prop-maximum");
    private final TextField pattern = field("prop-pattern");
    private final Label patternProblem = problemLabel();
    private final ComboBox<String> format = combo("prop-format", true);
    private final ComboBox<String> media = combo("prop-media", false);
    private final ComboBox<String> additional = combo("prop-additional", false);
    private final TextArea otherKeywords = new TextArea();
    private final Label issues = problemLabel();
    private final Label path = new Label();
    private final BiConsumer<OptionPath, String> renameRequest;
    private final java.util.Map<TextInputControl, String> shownText = new java.util.HashMap<>();
    private boolean showing;
    private OptionPath shownPath;
    private int row;

    OptionPropertyEditor(OptionsEditorViewModel model, Messages messages, BiConsumer<OptionPath, String> renameRequest) {
        this.model = model;
        this.messages = messages;
        this.renameRequest = renameRequest;
        grid.setId("optionProperties");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels never shrink to "..."
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, values);
        path.getStyleClass().add("file-name");
        path.setWrapText(true);
        path.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(path, 0, row++, 2, 1);
        type.getItems().setAll(Arrays.stream(OptionType.values()).filter(t -> t != OptionType.NULL).map(OptionType::jsonName).toList());
        type.getItems().add(0, NONE);
        format.getItems().setAll(FORMATS);
        media.getItems().setAll(MEDIA);
        additional.getItems().setAll(NONE, "true", "false");
        description.setId("prop-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        required.setId("prop-required");
        otherKeywords.setId("prop-other");
        otherKeywords.setEditable(false);
        otherKeywords.setPrefRowCount(4);
        otherKeywords.getStyleClass().add("source-editor");
        issues.setId("prop-issues");

        nameProblem.setId("prop-name-problem");
        add("options.name", new javafx.scene.layout.VBox(4, name, nameProblem));
        add("options.type", type);
        add("options.description", description);
        add("options.required", required);
        add("options.default", new javafx.scene.layout.VBox(4, defaultText, defaultChoice, defaultProblem));
        add("options.enum", enumValues);
        add("options.minimum", minimum);
        add("options.maximum", maximum);
        add("options.pattern", new javafx.scene.layout.VBox(4, pattern, patternProblem));
        add("options.format", format);
        add("options.media", media);
        add("options.additionalProperties", additional);
        add("options.otherKeywords", otherKeywords);
        grid.add(issues, 0, row++, 2, 1);
        enumValues.setPromptText(messages.get("options.enumPrompt"));

        onCommit(name, t -> {
            OptionPath p = current();
            if (!t.equals(p.name())) {
                renameRequest.accept(p, t.trim());
            }
        });
        // Typed back to the option's own name: nothing is refused any more.
        name.textProperty().addListener((o, a, t) -> {
            if (model.selected().map(ConfigOption::name).filter(t::equals).isPresent()) {
                nameProblem.setText("");
            }
        });
        type.valueProperty().addListener((o, a, v) -> send("edit.setType", s -> s.setType(current(),
                v == null || v.isEmpty() ? null : OptionType.parse(v).orElse(null))));
        onCommit(description, t -> send("edit.setDescription", s -> s.setDescription(current(), t.isEmpty() ? null : t)));
        required.selectedProperty().addListener((o, a, v) -> send("edit.setRequired", s -> s.setRequired(current(), v)));
        onCommit(defaultText, this::commitDefault);
        defaultChoice.valueProperty().addListener((o, a, v) -> {
            if (!showing) {
                commitDefault(v == null ? "" : v);
            }
        });
        onCommit(enumValues, t -> send("edit.setEnum", s -> s.setEnum(current(), enumOf(t))));
        onCommit(minimum, t -> number(t, minimum).ifPresent(v -> send("edit.setMinimum", s -> s.setMinimum(current(), v.orElse(null)))));
        onCommit(maximum, t -> number(t, maximum).ifPresent(v -> send("edit.setMaximum", s -> s.setMaximum(current(), v.orElse(null)))));
        pattern.textProperty().addListener((o, a, t) -> patternProblem.setText(PatternCheck.problem(t).orElse("")));
        onCommit(pattern, t -> send("edit.setPattern", s -> s.setPattern(current(), t.isEmpty() ? null : t)));
        format.valueProperty().addListener((o, a, v) -> send("edit.setFormat", s -> s.setFormat(current(),
                v == null || v.isBlank() ? null : v.trim())));
        media.valueProperty().addListener((o, a, v) -> send("edit.setMedia", s -> s.setMedia(current(), mediaOf(v))));
        additional.valueProperty().addListener((o, a, v) -> send("edit.setAdditional", s -> s.setAdditionalProperties(current(),
                v == null || v.isEmpty() ? null : JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(v)))));

        model.selectionProperty().addListener((o, a, p) -> show());
        model.schemaProperty().addListener((o, a, s) -> show());
        model.readOnlyProperty().addListener((o, a, ro) -> show());
        show();
    }

    Node view() {
        return grid;
    }

    /**
     * Focuses the field of a schema keyword of the shown option (the name for others); false when that
     * field is hidden or the editor takes no edits now.
     */
    boolean focus(String keyword) {
        Node field = switch (keyword) {
            case "type" -> type;
            case "description", "title" -> description;
            case "required" -> required;
            case "default" -> defaultChoice.isVisible() ? defaultChoice : defaultText;
            case "enum" -> enumValues;
            case "minimum", "exclusiveMinimum" -> minimum;
            case "maximum", "exclusiveMaximum" -> maximum;
            case "pattern" -> pattern;
            case "format" -> format;
            case "media" -> media;
            case "additionalProperties" -> additional;
            default -> name.isDisabled() ? description : name;
        };
        if (grid.isDisabled() || !field.isVisible() || field.isDisabled()) {
            return false;
        }
        field.requestFocus();
        if (field instanceof TextInputControl t) {
            t.selectAll();
        }
        return true;
    }

    /** Shows the selected option's values again (e.g. after a rename was cancelled). */
    void reset() {
        show();
    }

    /**
     * Says under the name field why a rename was refused and leaves the typed name there, so it can be
     * corrected rather than typed again; the next selection shows the option's real name again.
     */
    void refuseName(String why) {
        nameProblem.setText(why);
    }

    private OptionPath current() {
        return model.selectionProperty().get();
    }

    private final java.util.Map<String, List<Node>> rows = new java.util.HashMap<>();

    private void add(String labelKey, Node control) {
        Label label = new Label(messages.get(labelKey));
        rows.put(labelKey, List.of(label, control));
        label.setLabelFor(control);
        grid.add(label, 0, row);
        grid.add(control, 1, row++);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static ComboBox<String> combo(String id, boolean editable) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.setEditable(editable);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "object" whole, not "" at 200% zoom
        return c;
    }

    private static Label problemLabel() {
        Label l = new Label();
        l.getStyleClass().add("field-problem");
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    private void onCommit(TextInputControl control, Consumer<String> commit) {
        Runnable run = () -> {
            // Leaving a field as it was shown changes nothing (going to a problem focuses fields).
            if (!showing && !control.getText().equals(shownText.get(control))) {
                commit.accept(control.getText());
            }
        };
        if (control instanceof TextField f) {
            f.setOnAction(e -> run.run());
        }
        control.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                run.run();
            }
        });
    }

    private void send(String descriptionKey, java.util.function.Function<io.universestudio.core.schema.ConfigSchema,
            io.universestudio.core.schema.EditResult> change) {
        if (showing || model.schema() == null) {
            return;
        }
        model.edit(messages.get(descriptionKey, current().dotted()), null, change);
    }

    private void commitDefault(String text) {
        Optional<ConfigOption> o = model.selected();
        if (o.isEmpty()) {
            return;
        }
        if (text.isEmpty()) {
            defaultProblem.setText("");
            send("edit.setDefault", s -> s.setDefault(current(), null));
            return;
        }
        FieldInput in = FormField.of(o.get()).parse(text);
        if (in.problem() != null) {
            defaultProblem.setText(in.problem());
            return;
        }
        JsonNode value = in.value();
        send("edit.setDefault", s -> s.setDefault(current(), value));
    }

    /** Enum values typed as a comma-separated list, read by the option's type (numbers stay numbers). */
    private List<JsonNode> enumOf(String text) {
        List<JsonNode> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        OptionType t = model.selected().flatMap(ConfigOption::type).orElse(OptionType.STRING);
        for (String part : text.split(",")) {
            String v = part.trim();
            if (v.isEmpty()) {
                continue;
            }
            if (t == OptionType.INTEGER || t == OptionType.NUMBER) {
                try {
                    out.add(JsonNodeFactory.instance.numberNode(new BigDecimal(v)));
                    continue;
                } catch (NumberFormatException e) {
                    // kept as text: the option's checks then point at the mismatch
                }
            }
            out.add(JsonNodeFactory.instance.textNode(v));
        }
        return out;
    }

    private Optional<Optional<BigDecimal>> number(String text, TextField field) {
        if (text.isBlank()) {
            field.getStyleClass().remove("field-error");
            return Optional.of(Optional.empty());
        }
        try {
            BigDecimal v = new BigDecimal(text.trim());
            field.getStyleClass().remove("field-error");
            return Optional.of(Optional.of(v));
        } catch (NumberFormatException e) {
            if (!field.getStyleClass().contains("field-error")) {
                field.getStyleClass().add("field-error");
            }
            return Optional.empty();
        }
    }

    private static MediaHint mediaOf(String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.endsWith(" (base64)")) {
            return new MediaHint(MediaHint.Kind.YAML.mediaType(), "base64");
        }
        return new MediaHint(v, null);
    }

    private void show() {
        Optional<ConfigOption> sel = model.selected();
        showing = true;
        try {
            grid.setDisable(sel.isEmpty() || sel.get().malformed() || model.isReadOnly());
            if (sel.isEmpty()) {
                path.setText(model.schema() == null ? messages.get("options.unparseable") : "");
                return;
            }
            ConfigOption o = sel.get();
            boolean root = o.path().isRoot();
            path.setText(root ? messages.get("options.rootTitle") : o.path().dotted());
            if (!o.path().equals(shownPath)) {
                nameProblem.setText("");
            }
            shownPath = o.path();
            if (nameProblem.getText().isEmpty()) {
                set(name, o.name());
            }
            name.setDisable(root);
            type.setValue(o.types().size() > 1 ? null : o.type().map(OptionType::jsonName).orElse(NONE));
            set(description, o.description().orElse(""));
            required.setSelected(o.required());
            required.setDisable(root);
            showDefault(o);
            set(enumValues, o.enumValues().stream().map(v -> v.isTextual() ? v.asText() : JsonText.compact(v))
                    .collect(Collectors.joining(", ")));
            set(minimum, o.minimum().map(BigDecimal::toPlainString).orElse(""));
            set(maximum, o.maximum().map(BigDecimal::toPlainString).orElse(""));
            set(pattern, o.pattern().orElse(""));
            patternProblem.setText(o.patternProblem().orElse(""));
            format.setValue(o.format().orElse(NONE));
            media.setValue(o.media().map(m -> m.type() + ("base64".equals(m.binaryEncoding()) ? " (base64)" : "")).orElse(NONE));
            additional.setValue(o.additionalProperties().filter(JsonNode::isBoolean).map(JsonNode::asText).orElse(NONE));
            additional.setDisable(o.additionalProperties().filter(a -> !a.isBoolean()).isPresent());
            showApplicable(o);
            otherKeywords.setText(o.otherKeywords().isEmpty() ? "" : JsonText.pretty(o.otherKeywords()));
            issues.setText(o.issues().stream().map(OptionIssue::message).collect(Collectors.joining("\n")));
        } finally {
            showing = false;
        }
    }

    /** Shows only the keywords that apply to the option's type (all of them when it has none or several). */
    private void showApplicable(ConfigOption o) {
        List<OptionType> types = o.types();
        boolean any = types.size() != 1;
        boolean string = any || types.contains(OptionType.STRING);
        boolean number = any || types.contains(OptionType.INTEGER) || types.contains(OptionType.NUMBER);
        boolean object = any || types.contains(OptionType.OBJECT);
        boolean scalar = string || number;
        boolean root = o.path().isRoot();
        row("options.required", !root);
        row("options.default", !root);
        row("options.enum", scalar);
        row("options.minimum", number);
        row("options.maximum", number);
        row("options.pattern", string);
        row("options.format", string);
        row("options.media", string || types.contains(OptionType.ARRAY));
        row("options.additionalProperties", object);
        row("options.otherKeywords", !o.otherKeywords().isEmpty());
    }

    private void row(String key, boolean visible) {
        for (Node n : rows.get(key)) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
    }

    private void showDefault(ConfigOption o) {
        FormField f = FormField.of(o);
        boolean choice = !o.enumValues().isEmpty() || o.type().filter(t -> t == OptionType.BOOLEAN).isPresent();
        defaultChoice.setVisible(choice);
        defaultChoice.setManaged(choice);
        defaultText.setVisible(!choice);
        defaultText.setManaged(!choice);
        String shown = o.defaultValue().map(f::display).orElse("");
        if (choice) {
            List<String> items = new ArrayList<>();
            items.add(NONE);
            if (o.enumValues().isEmpty()) {
                items.addAll(List.of("true", "false"));
            } else {
                o.enumValues().forEach(v -> items.add(f.display(v)));
            }
            defaultChoice.getItems().setAll(items);
            defaultChoice.setValue(shown);
        } else {
            set(defaultText, shown);
        }
        defaultProblem.setText(o.defaultValue().map(d -> String.join(" ", f.check(d))).orElse(""));
    }

    private void set(TextInputControl c, String text) {
        shownText.put(c, text);
        if (!text.equals(c.getText())) {
            c.setText(text);
        }
    }
}

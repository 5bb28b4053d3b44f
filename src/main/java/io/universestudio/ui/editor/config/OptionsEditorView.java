package io.universestudio.ui.editor.config;

import io.universestudio.core.schema.OptionPath;
import io.universestudio.core.schema.OptionType;
import io.universestudio.core.schema.ServiceBlock;
import io.universestudio.core.template.RenamePreview;
import io.universestudio.core.template.TemplateTag;
import io.universestudio.core.template.TextEdit;
import io.universestudio.ui.common.DialogService;
import io.universestudio.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The Options tab's form: the option tree beside the property editor and the install form preview, with
 * a tool bar to add (by type), remove, duplicate, add the service block and export the reference.
 * Renaming an option shows the template changes it needs and applies both as one undoable edit.
 */
public final class OptionsEditorView {

    private final OptionsEditorViewModel model;
    private final Messages messages;
    private final OptionTree tree;
    private final OptionPropertyEditor properties;
    private final InstallFormView installForm;
    private final BorderPane root = new BorderPane();
    private final TabPane side = new TabPane();
    private final Label refusal = new Label();
    private final DialogService dialogs;

    public OptionsEditorView(OptionsEditorViewModel model, InstallFormViewModel form, Messages messages,
                             DialogService dialogs) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.tree = new OptionTree(model);
        this.properties = new OptionPropertyEditor(model, messages, this::rename);
        this.installForm = new InstallFormView(form, messages);
        root.setId("optionsEditor");

        MenuButton add = new MenuButton(messages.get("options.add"));
        add.setId("addOption");
        for (OptionType t : OptionType.values()) {
            if (t == OptionType.NULL) {
                continue;
            }
            MenuItem item = new MenuItem(messages.get("options.addType", t == OptionType.OBJECT
                    ? messages.get("options.group") : t.jsonName()));
            item.setId("add-" + t.jsonName());
            item.setOnAction(e -> {
                OptionPath parent = model.parentForNew();
                model.add(t, model.freeName(parent, t == OptionType.OBJECT ? "group" : "new_" + t.jsonName()));
            });
            add.getItems().add(item);
        }
        Button remove = button("removeOption", "options.remove", e -> model.remove());
        Button duplicate = button("duplicateOption", "options.duplicate", e -> model.duplicate());
        Button service = button("addServiceBlock", "options.serviceBlock", e -> addServiceBlock());
        Button export = button("exportReference", "options.export", e -> exportReference());
        remove.disableProperty().bind(model.selectionProperty().isEqualTo(OptionPath.ROOT));
        duplicate.disableProperty().bind(model.selectionProperty().isEqualTo(OptionPath.ROOT));
        refusal.setId("optionsRefusal");
        refusal.getStyleClass().add("field-problem");
        refusal.textProperty().bind(model.refusalProperty());
        // Below the tool bar, not in it: a long reason would otherwise vanish into the overflow menu.
        refusal.setWrapText(true);
        refusal.setPadding(new Insets(2, 8, 2, 8));
        refusal.managedProperty().bind(refusal.textProperty().isNotEmpty());
        refusal.visibleProperty().bind(refusal.textProperty().isNotEmpty());
        ToolBar bar = new ToolBar(add, remove, duplicate, service, export);
        bar.disableProperty().bind(model.readOnlyProperty()); // while config.json does not parse (ADR 0121)

        ScrollPane propertyScroll = new ScrollPane(properties.view());
        propertyScroll.setFitToWidth(true);
        Tab propertyTab = new Tab(messages.get("options.propertiesTab"), propertyScroll);
        propertyTab.setId("propertiesTab");
        Tab formTab = new Tab(messages.get("options.installFormTab"), installForm.view());
        formTab.setId("installFormTab");
        side.getTabs().setAll(propertyTab, formTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane split = new SplitPane(tree.view(), side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.38);
        root.setTop(new VBox(bar, refusal));
        root.setCenter(split);
    }

    private Button button(String id, String key, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(action);
        return b;
    }

    public Node view() {
        return root;
    }

    public OptionsEditorViewModel model() {
        return model;
    }

    /** Selects an option in the tree (from the template's Ctrl+click) and shows its properties. */
    public void select(OptionPath path) {
        model.selectionProperty().set(path);
        side.getSelectionModel().select(0);
    }

    /**
     * Goes to what a pointer of config.json is about (a problem's place): selects its option in the tree
     * and focuses the field of its keyword, or the tree when that field cannot take input. False while the
     * form has no options to show.
     */
    public boolean focus(String pointer) {
        if (model.schema() == null) {
            return false;
        }
        OptionTarget target = OptionTarget.of(model.schema(), pointer);
        select(target.path());
        if (!properties.focus(target.keyword())) {
            tree.view().requestFocus();
        }
        return true;
    }

    private void rename(OptionPath path, String newName) {
        Optional<String> refused = model.renameRefusal(path, newName);
        if (refused.isPresent()) {
            properties.refuseName(refused.get());
            return;
        }
        properties.refuseName("");
        RenamePreview preview = model.schema() == null ? null : model.renamePreview(path, newName);
        if (preview == null || (!preview.changesAnything() && preview.needsManualChange().isEmpty())) {
            if (!model.rename(path, newName, null)) {
                properties.refuseName(model.refusalProperty().get());
            }
            return;
        }
        ButtonType both = new ButtonType(messages.get("options.renameWithTemplate"), ButtonBar.ButtonData.OK_DONE);
        ButtonType only = new ButtonType(messages.get("options.renameOnly"), ButtonBar.ButtonData.OTHER);
        StringBuilder changes = new StringBuilder();
        for (TextEdit e : preview.edits()) {
            changes.append(messages.get("options.renameLine", e.line(), e.before(), e.replacement())).append('\n');
        }
        for (TemplateTag t : preview.needsManualChange()) {
            changes.append(messages.get("options.renameManual", t.name())).append('\n');
        }
        TextArea list = new TextArea(changes.toString());
        list.setId("renameChanges");
        list.setEditable(false);
        list.setPrefRowCount(Math.min(12, preview.edits().size() + preview.needsManualChange().size() + 1));
        Optional<ButtonType> answer = dialogs.question("renameDialog", messages.get("options.renameTitle"))
                .header(messages.get("options.renameHeader", path.dotted(), path.renamed(newName).dotted(),
                        preview.edits().size()))
                .content(new VBox(6, list)).buttons(both, only, ButtonType.CANCEL).ask();
        if (answer.isPresent() && answer.get() == both) {
            model.rename(path, newName, preview);
        } else if (answer.isPresent() && answer.get() == only) {
            model.rename(path, newName, null);
        } else {
            properties.reset();
        }
    }

    private void addServiceBlock() {
        Optional<ServiceBlock.Added> added = model.addServiceBlock();
        if (added.isEmpty() || added.get().addedOptions().isEmpty()) {
            return;
        }
        TextArea lines = new TextArea(added.get().templateSnippet());
        lines.setId("serviceTemplateLines");
        lines.setEditable(false);
        lines.setPrefRowCount(added.get().templateLines().size() + 1);
        lines.getStyleClass().add("source-editor");
        VBox box = new VBox(6, new Label(messages.get("options.serviceLines")), lines);
        box.setPadding(new Insets(4));
        ButtonType copy = new ButtonType(messages.get("options.copyLines"), ButtonBar.ButtonData.OK_DONE);
        Optional<ButtonType> answer = dialogs.question("serviceBlockDialog", messages.get("options.serviceBlock"))
                .header(messages.get("options.serviceAdded", String.join(", ", added.get().addedOptions())))
                .content(box).buttons(copy, ButtonType.CLOSE).ask();
        if (answer.isPresent() && answer.get() == copy) {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString(added.get().templateSnippet());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        }
    }

    private void exportReference() {
        dialogs.chooseFileToSave(messages.get("options.export"), "config-reference.md", "Markdown", "*.md")
                .ifPresent(this::exportReference);
    }

    /** Writes the reference (atomically, by the model); a failure is reported, not thrown. */
    public boolean exportReference(Path target) {
        Optional<String> problem = model.exportReference(target);
        problem.ifPresent(m -> dialogs.error(m, ""));
        return problem.isEmpty();
    }
}

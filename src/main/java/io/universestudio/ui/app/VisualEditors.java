package io.universestudio.ui.app;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.schema.OptionPath;
import io.universestudio.ui.common.DialogService;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.WindowService;
import io.universestudio.ui.editor.config.InstallFormViewModel;
import io.universestudio.ui.editor.config.OptionsEditorView;
import io.universestudio.ui.editor.config.OptionsEditorViewModel;
import io.universestudio.ui.editor.resource.ResourcesEditorView;
import io.universestudio.ui.editor.resource.ResourcesEditorViewModel;
import io.universestudio.ui.editor.template.TemplateAssist;
import io.universestudio.ui.main.EditorTabs;
import io.universestudio.ui.session.EditorSession;
import javafx.scene.Node;

import java.util.EnumMap;
import java.util.Map;

/**
 * The views of the visual editors of config.json and resource.json (and the template editor's helpers),
 * built from the view models the composition root made, so that AppContext only hands them to the tabs.
 */
public final class VisualEditors {

    private final OptionsEditorView options;
    private final InstallFormViewModel installForm;
    private final ResourcesEditorView resources;
    private TemplateAssist template;
    private EditorTabs tabs;

    VisualEditors(OptionsEditorViewModel optionsModel, InstallFormViewModel installForm,
                  ResourcesEditorViewModel resourcesModel, Messages messages, DialogService dialogs) {
        this.installForm = installForm;
        options = new OptionsEditorView(optionsModel, installForm, messages, dialogs);
        resources = new ResourcesEditorView(resourcesModel, messages, dialogs);
    }

    /** The forms for the editor tabs. */
    Map<RevisionFile, Node> forms() {
        Map<RevisionFile, Node> out = new EnumMap<>(RevisionFile.class);
        out.put(RevisionFile.CONFIG, options.view());
        out.put(RevisionFile.RESOURCE, resources.view());
        return out;
    }

    /** Going to a problem from the Options or Resources form shows its option or field there. */
    void connectForms(EditorTabs tabs) {
        tabs.focusFormWith(RevisionFile.CONFIG, options::focus);
        tabs.focusFormWith(RevisionFile.RESOURCE, resources::focus);
    }

    /**
     * Adds completion, go-to-option, section matching and gutter marks to the template's source editor;
     * Ctrl+click on a variable selects its option in the Options tree (or shows resource.json's line).
     */
    void attachTemplate(EditorTabs tabs, EditorSession session, WindowService windows) {
        this.tabs = tabs;
        tabs.whenSourceMade(RevisionFile.TEMPLATE, editor -> template = new TemplateAssist(editor, session, windows, def -> {
            ConfigSchema schema = options.model().schema();
            if (def.file() == RevisionFile.CONFIG && schema != null) {
                OptionPath p = def.ref().optionPath();
                while (!p.isRoot() && schema.option(p).isEmpty()) {
                    p = p.parent();
                }
                tabs.select(RevisionFile.CONFIG, true);
                options.select(p);
            } else {
                tabs.select(def.file(), false);
                tabs.source(def.file()).ifPresent(s -> s.goTo(def.position().line(), def.position().column()));
            }
        }));
    }

    /** The template editor's Mustache helpers (null before the window is built); makes the editor if need be. */
    public TemplateAssist template() {
        if (tabs != null) {
            tabs.source(RevisionFile.TEMPLATE);
        }
        return template;
    }

    public ResourcesEditorView resources() {
        return resources;
    }

    public OptionsEditorView options() {
        return options;
    }

    /** The install form's values: the what-if options for the Marathon preview. */
    public InstallFormViewModel installForm() {
        return installForm;
    }
}

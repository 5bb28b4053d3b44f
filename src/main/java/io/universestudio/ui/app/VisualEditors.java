package io.universestudio.ui.app;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.ui.common.DialogService;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.editor.config.InstallFormViewModel;
import io.universestudio.ui.editor.config.OptionsEditorView;
import io.universestudio.ui.editor.config.OptionsEditorViewModel;
import io.universestudio.ui.session.EditorSession;
import javafx.scene.Node;

import java.util.EnumMap;
import java.util.Map;

/**
 * Builds the visual editors of config.json and resource.json (and the template editor's helpers) for the
 * composition root, so that AppContext only hands them to the editor tabs.
 */
public final class VisualEditors {

    private final OptionsEditorView options;
    private final InstallFormViewModel installForm;

    VisualEditors(EditorSession session, Messages messages, DialogService dialogs) {
        OptionsEditorViewModel optionsModel = new OptionsEditorViewModel(session, messages);
        installForm = new InstallFormViewModel(optionsModel.schemaProperty());
        options = new OptionsEditorView(optionsModel, installForm, messages);
        options.setDialogs(d -> {
            if (d.getOwner() == null && options.view().getScene() != null) {
                d.initOwner(options.view().getScene().getWindow());
            }
            return d.showAndWait();
        }, m -> dialogs.error(m, ""));
    }

    /** The forms for the editor tabs. */
    Map<RevisionFile, Node> forms() {
        Map<RevisionFile, Node> out = new EnumMap<>(RevisionFile.class);
        out.put(RevisionFile.CONFIG, options.view());
        return out;
    }

    public OptionsEditorView options() {
        return options;
    }

    /** The install form's values: the what-if options for the Marathon preview. */
    public InstallFormViewModel installForm() {
        return installForm;
    }
}

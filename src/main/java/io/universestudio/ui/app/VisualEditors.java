package io.universestudio.ui.app;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.ui.common.DialogService;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.editor.config.InstallFormViewModel;
import io.universestudio.ui.editor.config.OptionsEditorView;
import io.universestudio.ui.editor.config.OptionsEditorViewModel;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.core.resource.ImageFetcher;
import io.universestudio.ui.editor.resource.ResourcesEditorView;
import io.universestudio.ui.editor.resource.ResourcesEditorViewModel;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.schema.OptionPath;
import io.universestudio.ui.editor.template.TemplateAssist;
import io.universestudio.ui.main.EditorTabs;
import io.universestudio.ui.session.LivePreview;
import javafx.scene.Node;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;

import java.util.EnumMap;
import java.util.Map;

/**
 * Builds the visual editors of config.json and resource.json (and the template editor's helpers) for the
 * composition root, so that AppContext only hands them to the editor tabs.
 */
public final class VisualEditors implements AutoCloseable {

    private final OptionsEditorView options;
    private final InstallFormViewModel installForm;
    private final ResourcesEditorView resources;
    private final ImageFetcher images;
    private TemplateAssist template;

    VisualEditors(EditorSession session, Messages messages, DialogService dialogs, Path dataDir, Executor background) {
        OptionsEditorViewModel optionsModel = new OptionsEditorViewModel(session, messages);
        installForm = new InstallFormViewModel(optionsModel.schemaProperty());
        options = new OptionsEditorView(optionsModel, installForm, messages);
        options.setDialogs(d -> {
            if (d.getOwner() == null && options.view().getScene() != null) {
                d.initOwner(options.view().getScene().getWindow());
            }
            return d.showAndWait();
        }, m -> dialogs.error(m, ""));
        images = new ImageFetcher(dataDir.resolve("image-cache"), Duration.ofSeconds(5));
        resources = new ResourcesEditorView(new ResourcesEditorViewModel(session, messages), messages, images, background,
                () -> ResourcesEditorView.iconFolderUnder(dataDir, session.current().name().orElse("")));
        resources.setDialogs(d -> {
            if (d.getOwner() == null && options.view().getScene() != null) {
                d.initOwner(options.view().getScene().getWindow());
            }
            return d.showAndWait();
        });
    }

    /** The forms for the editor tabs. */
    Map<RevisionFile, Node> forms() {
        Map<RevisionFile, Node> out = new EnumMap<>(RevisionFile.class);
        out.put(RevisionFile.CONFIG, options.view());
        out.put(RevisionFile.RESOURCE, resources.view());
        return out;
    }

    /**
     * Adds completion, go-to-option, section matching and gutter marks to the template's source editor;
     * Ctrl+click on a variable selects its option in the Options tree (or shows resource.json's line).
     */
    void attachTemplate(EditorTabs tabs, EditorSession session) {
        tabs.source(RevisionFile.TEMPLATE).ifPresent(editor -> template = new TemplateAssist(editor, session, def -> {
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

    /**
     * Makes the install form the preview's what-if input: each change of its values (only those that differ
     * from the defaults) becomes the options the Marathon preview renders with.
     */
    void feedPreview(LivePreview preview) {
        installForm.optionsProperty().addListener((o, a, options) -> preview.optionsProperty().set(options.deepCopy()));
    }

    /** The template editor's Mustache helpers (null before the window is built). */
    public TemplateAssist template() {
        return template;
    }

    public ResourcesEditorView resources() {
        return resources;
    }

    @Override
    public void close() {
        images.close();
    }

    public OptionsEditorView options() {
        return options;
    }

    /** The install form's values: the what-if options for the Marathon preview. */
    public InstallFormViewModel installForm() {
        return installForm;
    }
}

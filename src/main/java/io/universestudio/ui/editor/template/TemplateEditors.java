package io.universestudio.ui.editor.template;

import io.universestudio.ui.editor.raw.SourceEditor;
import io.universestudio.ui.editor.raw.SourceEditors;

/** The Marathon template's editor: JSON colours with Mustache tags and sections marked, even inside strings. */
public final class TemplateEditors {

    private TemplateEditors() {
    }

    public static SourceEditor create(SourceEditors editors) {
        SourceEditor editor = editors.create(true, true);
        editor.area().getStyleClass().add("template-editor");
        return editor;
    }
}

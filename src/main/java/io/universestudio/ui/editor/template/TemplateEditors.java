package io.universestudio.ui.editor.template;

import io.universestudio.ui.editor.raw.JsonHighlighter;
import io.universestudio.ui.editor.raw.SourceEditor;

import java.util.concurrent.Executor;

/** The Marathon template's editor: JSON colours with Mustache tags and sections marked, even inside strings. */
public final class TemplateEditors {

    private TemplateEditors() {
    }

    public static SourceEditor create(Executor highlighting) {
        SourceEditor editor = new SourceEditor(new JsonHighlighter(true), highlighting, true);
        editor.area().getStyleClass().add("template-editor");
        return editor;
    }
}

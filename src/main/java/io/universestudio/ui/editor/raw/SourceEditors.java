package io.universestudio.ui.editor.raw;

import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.WindowService;

import java.util.concurrent.Executor;

/**
 * Makes source editors that colour text (and find matches) on the highlight thread and show their problem
 * hover through the window service.
 */
public final class SourceEditors {

    private final Executor highlighting;
    private final Executor fx;
    private final WindowService windows;
    private final Messages messages;

    /**
     * @param highlighting where colours and problem underlines are computed
     * @param fx           where they come back to be applied
     */
    public SourceEditors(Executor highlighting, Executor fx, WindowService windows, Messages messages) {
        this.messages = messages;
        this.highlighting = highlighting;
        this.fx = fx;
        this.windows = windows;
    }

    /** A JSON editor ({@code mustache}: Mustache tags and sections marked too, even inside strings). */
    public SourceEditor create(boolean mustache, boolean editable) {
        return new SourceEditor(new JsonHighlighter(mustache), highlighting, fx, editable, windows, messages);
    }
}

package io.universestudio.ui.common;

import javafx.scene.Node;

/**
 * Keeps a view's updates for when it can be seen. While its node is in no window (the content of a tab not
 * selected yet), an update only notes that the view is out of date; when the node joins a window, one full
 * refresh brings it up to date. Opening a package updated views in unselected tabs before the window could
 * show the package (ADR 0158).
 */
public final class WhenShown {

    private final Node node;
    private boolean outOfDate;

    /** @param refresh brings the whole view up to date; run when {@code node} joins a window after missed updates */
    public WhenShown(Node node, Runnable refresh) {
        this.node = node;
        this.outOfDate = node.getScene() == null;
        node.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && outOfDate) {
                outOfDate = false;
                refresh.run();
            }
        });
        if (!outOfDate) {
            refresh.run();
        }
    }

    /** Runs {@code update} now if the view is in a window, else leaves it for the full refresh. */
    public void update(Runnable update) {
        if (node.getScene() == null) {
            outOfDate = true;
        } else {
            update.run();
        }
    }
}

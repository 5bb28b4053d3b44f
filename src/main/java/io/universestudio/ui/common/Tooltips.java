package io.universestudio.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.function.Supplier;

/**
 * Tooltips made when the pointer first comes over their node. A tooltip is a popup window with a scene of its
 * own, about a millisecond to make: a form with a tooltip on each of its labels spent 30 ms of the window's
 * start on tooltips nobody had pointed at yet (ADR 0158).
 */
public final class Tooltips {

    private Tooltips() {
    }

    /** Installs a tooltip with {@code text} (read then) on {@code node} as the pointer first enters it. */
    public static void onFirstHover(Node node, Supplier<String> text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                // Installed now, it shows as usual: its timer starts with the moves that follow.
                Tooltip.install(node, new Tooltip(text.get()));
            }
        });
    }
}

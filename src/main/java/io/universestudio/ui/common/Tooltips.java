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

    private static final String TEXT = Tooltips.class.getName() + ".text";
    private static final String MADE = Tooltips.class.getName() + ".made";

    private Tooltips() {
    }

    /**
     * Sets the text of {@code node}'s tooltip, or removes it with null or "": the tooltip itself is made when
     * the pointer next enters the node, and a tooltip made earlier takes the new text. For nodes whose tip
     * changes (table cells, which are reused, a status line, undo's description).
     */
    public static void setText(Node node, String text) {
        String shown = text == null || text.isEmpty() ? null : text;
        var properties = node.getProperties();
        if (!properties.containsKey(TEXT)) {
            node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> makeIfWanted(node));
        }
        properties.put(TEXT, shown == null ? "" : shown);
        Tooltip made = (Tooltip) properties.get(MADE);
        if (made != null && shown == null) {
            Tooltip.uninstall(node, made);
            properties.remove(MADE);
        } else if (made != null) {
            made.setText(shown);
        }
    }

    /** The text set with {@link #setText}: what the tooltip shows, or will once pointed at; null for none. */
    public static String textOf(Node node) {
        return node.getProperties().get(TEXT) instanceof String s && !s.isEmpty() ? s : null;
    }

    private static void makeIfWanted(Node node) {
        var properties = node.getProperties();
        String text = (String) properties.get(TEXT);
        if (text != null && !text.isEmpty() && !properties.containsKey(MADE)) {
            Tooltip tip = new Tooltip(text);
            Tooltip.install(node, tip);
            properties.put(MADE, tip);
        }
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

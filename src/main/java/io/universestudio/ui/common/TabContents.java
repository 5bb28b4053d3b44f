package io.universestudio.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.function.Supplier;

/**
 * A tab's content that joins the scene when the tab is first shown. A TabPane keeps every tab's content in
 * the scene, hidden: the first window styled and laid out the forms and code areas of tabs nobody had opened
 * yet, a third of its time to show on a large package (ADRs 0045, 0156).
 */
public final class TabContents {

    private TabContents() {
    }

    /** Sets {@code content} on {@code tab} at once if {@code shownFirst}, else the first time the tab is selected. */
    public static void attachWhenFirstSelected(Tab tab, Node content, boolean shownFirst) {
        makeWhenFirstSelected(tab, () -> content, shownFirst);
    }

    /**
     * Makes {@code tab}'s content and sets it the first time the tab is selected (at once if {@code shownFirst}):
     * for content that costs to make, such as a code area (ADR 0161).
     */
    public static void makeWhenFirstSelected(Tab tab, Supplier<Node> content, boolean shownFirst) {
        if (shownFirst || tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        ChangeListener<Boolean> attach = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean selected) {
                if (selected) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        };
        tab.selectedProperty().addListener(attach);
    }
}

package io.universestudio.ui.main;

import io.universestudio.ui.common.Tooltips;
import io.universestudio.ui.common.Icons;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.problems.ProblemsViewModel;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's layout for a projector: in presenter mode the navigator and the problems panel fold to
 * slim strips (the problem counts stay on the strip; a click on a strip unfolds its panel) and the editor
 * and the preview share the width. Leaving presenter mode puts the panels and the dividers back as they were.
 */
public final class PresenterLayout {

    private static final double[] DEFAULTS = {0.18, 0.74, 0.62};

    private final SplitPane mainSplit;
    private final SplitPane workSplit;
    private final SplitPane editorSplit;
    private final Panel navigator;
    private final Panel problems;
    private double[] before;

    PresenterLayout(SplitPane mainSplit, SplitPane workSplit, SplitPane editorSplit, StackPane navigatorSlot,
                    StackPane problemsSlot, ProblemsViewModel problemsModel, Messages messages) {
        this.mainSplit = mainSplit;
        this.workSplit = workSplit;
        this.editorSplit = editorSplit;
        this.navigator = new Panel(navigatorSlot, navigatorStrip(messages), Orientation.HORIZONTAL);
        this.problems = new Panel(problemsSlot, problemsStrip(problemsModel, messages), Orientation.VERTICAL);
    }

    /** Follows presenter mode from now on (and at once, if the window starts in it). */
    void follow(ObservableBooleanValue presenter) {
        presenter.addListener((o, was, on) -> apply(on));
        if (presenter.get()) {
            apply(true);
        }
    }

    void apply(boolean presenter) {
        if (presenter) {
            before = new double[]{first(mainSplit, DEFAULTS[0]), first(workSplit, DEFAULTS[1]), first(editorSplit, DEFAULTS[2])};
            navigator.fold();
            problems.fold();
            mainSplit.setDividerPositions(0);
            workSplit.setDividerPositions(1);
            if (editorSplit.getItems().size() > 1) {
                editorSplit.setDividerPositions(0.5);
            }
        } else {
            double[] back = before != null ? before : DEFAULTS;
            navigator.unfold();
            problems.unfold();
            mainSplit.setDividerPositions(back[0]);
            workSplit.setDividerPositions(back[1]);
            if (editorSplit.getItems().size() > 1) {
                editorSplit.setDividerPositions(back[2]);
            }
            before = null;
        }
    }

    public boolean navigatorFolded() {
        return navigator.folded;
    }

    public boolean problemsFolded() {
        return problems.folded;
    }

    private void unfoldNavigator() {
        if (!navigator.folded) {
            return;
        }
        navigator.unfold();
        mainSplit.setDividerPositions(before != null ? before[0] : DEFAULTS[0]);
    }

    /** Shows the problems panel (F8, the count buttons, a refused publish), folded or not. */
    void unfoldProblems() {
        if (!problems.folded) {
            return;
        }
        problems.unfold();
        workSplit.setDividerPositions(before != null ? before[1] : DEFAULTS[1]);
    }

    private static double first(SplitPane s, double fallback) {
        double[] d = s.getDividerPositions();
        return d.length > 0 ? d[0] : fallback;
    }

    private Node navigatorStrip(Messages messages) {
        Button files = stripButton(messages.get("presenter.files"), "mdi2f-folder-outline", this::unfoldNavigator);
        files.setId("navigatorStrip");
        files.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        VBox strip = new VBox(files);
        strip.setAlignment(Pos.TOP_CENTER);
        strip.getStyleClass().add("fold-strip");
        return strip;
    }

    private Node problemsStrip(ProblemsViewModel model, Messages messages) {
        Button open = stripButton(messages.get("presenter.problems"), "mdi2c-chevron-up", this::unfoldProblems);
        open.setId("problemsStrip");
        Label errors = new Label();
        errors.setGraphic(severity("mdi2c-close-circle", "severity-error"));
        errors.textProperty().bind(model.errorsProperty().asString());
        errors.setMinWidth(Region.USE_PREF_SIZE);
        Label warnings = new Label();
        warnings.setGraphic(severity("mdi2a-alert", "severity-warning"));
        warnings.textProperty().bind(model.warningsProperty().asString());
        warnings.setMinWidth(Region.USE_PREF_SIZE);
        HBox strip = new HBox(open, errors, warnings);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("fold-strip");
        strip.setOnMouseClicked(e -> unfoldProblems());
        return strip;
    }

    private static Node severity(String literal, String styleClass) {
        Node icon = Icons.of(literal);
        icon.getStyleClass().add(styleClass);
        return icon;
    }

    private static Button stripButton(String text, String icon, Runnable action) {
        Button b = new Button(text, Icons.of(icon));
        Tooltips.setText(b, text);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A slot of the window that shows either its panel or, folded, a strip no larger than it needs. */
    private static final class Panel {
        private final StackPane slot;
        private final Node strip;
        private final Orientation across;
        private final double min;
        private Node content;
        private boolean folded;

        Panel(StackPane slot, Node strip, Orientation across) {
            this.slot = slot;
            this.strip = strip;
            this.across = across;
            this.min = across == Orientation.HORIZONTAL ? slot.getMinWidth() : slot.getMinHeight();
        }

        void fold() {
            if (folded) {
                return;
            }
            content = slot.getChildren().isEmpty() ? null : slot.getChildren().get(0);
            slot.getChildren().setAll(strip);
            if (across == Orientation.HORIZONTAL) {
                slot.setMinWidth(Region.USE_PREF_SIZE);
                slot.setMaxWidth(Region.USE_PREF_SIZE);
            } else {
                slot.setMinHeight(Region.USE_PREF_SIZE);
                slot.setMaxHeight(Region.USE_PREF_SIZE);
            }
            folded = true;
        }

        void unfold() {
            if (!folded) {
                return;
            }
            if (content != null) {
                slot.getChildren().setAll(content);
            } else {
                slot.getChildren().clear();
            }
            if (across == Orientation.HORIZONTAL) {
                slot.setMinWidth(min);
                slot.setMaxWidth(Double.MAX_VALUE);
            } else {
                slot.setMinHeight(min);
                slot.setMaxHeight(Double.MAX_VALUE);
            }
            folded = false;
        }
    }
}

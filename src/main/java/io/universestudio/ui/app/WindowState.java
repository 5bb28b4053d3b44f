package io.universestudio.ui.app;

import io.universestudio.ui.prefs.Preferences;
import io.universestudio.ui.prefs.PreferencesStore;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.concurrent.Executor;

/** Puts the window and its dividers where they were last time, and remembers where they are now. */
final class WindowState {

    private final PreferencesStore preferences;
    private final Executor afterLayout;

    /** @param afterLayout runs work once the first layout pass is over */
    WindowState(PreferencesStore preferences, Executor afterLayout) {
        this.preferences = preferences;
        this.afterLayout = afterLayout;
    }

    void restore(Stage stage) {
        Preferences p = preferences.current();
        // Never larger than the screen: a remembered size from a bigger monitor must still fit.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(p.windowWidth(), screen.getWidth()));
        stage.setHeight(Math.min(p.windowHeight(), screen.getHeight()));
        if (p.hasWindowPosition() && onSomeScreen(p)) {
            stage.setX(p.windowX());
            stage.setY(p.windowY());
        } else {
            stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2);
        }
        stage.setMaximized(p.maximized());
    }

    private static boolean onSomeScreen(Preferences p) {
        return Screen.getScreens().stream().map(Screen::getVisualBounds)
                .anyMatch((Rectangle2D b) -> b.intersects(p.windowX(), p.windowY(), 100, 40));
    }

    void track(Stage stage, SplitPane navigator, SplitPane work, SplitPane editor) {
        Preferences p = preferences.current();
        // Divider positions only hold once the panes have their size: set them after the first layout.
        afterLayout.execute(() -> {
            navigator.setDividerPositions(p.navigatorDivider());
            work.setDividerPositions(p.problemsDivider());
            if (editor.getItems().size() > 1) {
                editor.setDividerPositions(p.previewDivider());
            }
            InvalidationListener dividers = o -> preferences.update(preferences.current().withDividers(
                    first(navigator, p.navigatorDivider()), first(editor, p.previewDivider()), first(work, p.problemsDivider())));
            for (SplitPane s : new SplitPane[]{navigator, work, editor}) {
                s.getDividers().forEach(d -> d.positionProperty().addListener(dividers));
            }
        });
        InvalidationListener window = o -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                preferences.update(preferences.current().withWindow(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight(), false));
            } else if (stage.isMaximized()) {
                Preferences c = preferences.current();
                preferences.update(c.withWindow(c.windowX(), c.windowY(), c.windowWidth(), c.windowHeight(), true));
            }
        };
        stage.xProperty().addListener(window);
        stage.yProperty().addListener(window);
        stage.widthProperty().addListener(window);
        stage.heightProperty().addListener(window);
        stage.maximizedProperty().addListener(window);
    }

    private static double first(SplitPane s, double fallback) {
        double[] d = s.getDividerPositions();
        return d.length > 0 ? d[0] : fallback;
    }
}

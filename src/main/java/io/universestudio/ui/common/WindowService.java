package io.universestudio.ui.common;

import javafx.application.Application;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Makes every window of the application: the main window's scene, secondary windows, dialogs (for
 * {@link DialogService}) and popups, each with its owner. It puts the theme on the whole application
 * ({@code Application.setUserAgentStylesheet} plus the application's own sheets on every scene) and the
 * zoom and presenter mode on every window it made, and does it again whenever they change, so open
 * windows, dialogs, completion lists and hovers follow at once.
 */
public final class WindowService {

    private static final System.Logger LOG = System.getLogger(WindowService.class.getName());
    private static final String PRESENTER = "presenter";
    /** Marks the roots of the dark theme, for the few colours the theme has no name for (studio.css). */
    private static final String DARK = "dark";
    /**
     * The sizes JavaFX's windows use: it scales the closest icon to 32 px on Windows and to 128 px on Linux
     * and macOS, whatever else is given.
     */
    private static final int[] ICON_SIZES = {32, 128};

    private final Appearance appearance;
    /** Every window made here, held weakly: a closed dialog or an editor's popup may go away. */
    private final Set<Window> windows = Collections.newSetFromMap(new WeakHashMap<>());
    private Stage main;

    public WindowService(Appearance appearance) {
        this.appearance = appearance;
        InvalidationListener restyle = o -> restyleAll();
        appearance.darkProperty().addListener(restyle);
        appearance.zoomProperty().addListener(restyle);
        appearance.presenterProperty().addListener(restyle);
    }

    /** Makes {@code stage} the main window, showing {@code root}; every other window is owned by it. */
    public Scene adoptMain(Stage stage, Parent root) {
        main = stage;
        applyUserAgentStylesheet();
        Scene scene = new Scene(root);
        stage.setScene(scene);
        addIcons(stage);
        track(stage);
        return scene;
    }

    /**
     * A window beside the main one (Server, Repositories, a diff): owned by the main window, centred on it
     * when first shown, closed by Escape. Not shown yet.
     */
    public Stage secondary(String title, Parent content, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(main);
        stage.setTitle(title);
        stage.setScene(new Scene(content, width, height));
        if (main != null) {
            javafx.beans.binding.Bindings.bindContent(stage.getIcons(), main.getIcons()); // the main window's come in as they load
        }
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
                e.consume();
            }
        });
        centreOnOwnerWhenFirstShown(stage, width, height);
        track(stage);
        return stage;
    }

    /** Puts new content into a secondary window (the diff window shows each new revision's diff). */
    public void replaceContent(Stage stage, Parent content) {
        stage.getScene().setRoot(content);
        style(stage);
    }

    /** A popup (completion list, hover) that follows the theme and zoom like the window it shows over. */
    public Popup popup() {
        Popup popup = new Popup();
        track(popup);
        return popup;
    }

    /** A dialog owned by the window in front; only {@link DialogService} asks for one. */
    Dialog<ButtonType> dialog() {
        Dialog<ButtonType> dialog = new Dialog<>();
        adopt(dialog);
        return dialog;
    }

    /** An alert owned by the window in front; only {@link DialogService} asks for one. */
    Alert alert(Alert.AlertType type) {
        Alert alert = new Alert(type);
        adopt(alert);
        return alert;
    }

    private void adopt(Dialog<?> dialog) {
        dialog.initOwner(inFront());
        Window window = dialog.getDialogPane().getScene().getWindow();
        if (window != null) {
            track(window);
        }
    }

    /** The application's window that has the focus (a dialog opened from it belongs to it), else the main one. */
    public Window inFront() {
        for (Window w : snapshot()) {
            if (w instanceof Stage && w.isShowing() && w.isFocused()) {
                return w;
            }
        }
        return main;
    }

    public Stage main() {
        return main;
    }

    private void track(Window window) {
        windows.add(window);
        // A scene's root may be replaced (ControlsFX's decorator does so where it finds no pane of its own among
        // a field's parents): the zoom moves to the new root (the old one would otherwise keep its own, fixed font size).
        ChangeListener<Parent> rootChanged = (o, old, root) -> {
            if (old != null) {
                old.setStyle("");
                old.getStyleClass().removeAll(PRESENTER, DARK);
            }
            style(window);
        };
        if (window.getScene() != null) {
            window.getScene().rootProperty().addListener(rootChanged);
        }
        window.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.rootProperty().addListener(rootChanged);
                style(window);
            }
        });
        window.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> style(window));
        // A popup copies its owner's sheets while it is being shown; the zoom goes on after that.
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> style(window));
        style(window);
    }

    private List<Window> snapshot() {
        return new ArrayList<>(windows);
    }

    /**
     * Sets the theme's stylesheet for the whole application. Call before the first control is made: the
     * first control otherwise parses JavaFX's own Modena sheet, only for the theme to replace it (ADR 0139).
     */
    public void applyTheme() {
        applyUserAgentStylesheet();
    }

    /** Only when it changes: setting it re-reads the sheet and restyles every scene of the application. */
    private void applyUserAgentStylesheet() {
        String sheet = appearance.theme().userAgentStylesheet();
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    private void restyleAll() {
        applyUserAgentStylesheet();
        snapshot().forEach(this::style);
    }

    private void style(Window window) {
        Scene scene = window.getScene();
        if (scene == null) {
            return;
        }
        List<String> sheets = new java.util.ArrayList<>(appearance.theme().sceneStylesheets());
        sheets.add(iconSizes(appearance.fontSize()));
        if (!scene.getStylesheets().equals(sheets)) {
            scene.getStylesheets().setAll(sheets);
        }
        Parent root = scene.getRoot();
        if (root == null) {
            return;
        }
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", appearance.fontSize()));
        mark(root, PRESENTER, appearance.isPresenter());
        mark(root, DARK, appearance.isDark());
    }

    /**
     * Icons at the zoom and presenter mode in use (16 px at 100%), as a one-rule stylesheet: Ikonli's
     * {@code -fx-icon-size} cannot be in em, as the icon's own font is made from it (em would feed back).
     */
    static String iconSizes(double fontPx) {
        double px = Math.round(16 * fontPx / Appearance.BASE_FONT_PX);
        return "data:text/css," + java.net.URLEncoder.encode(String.format(Locale.ROOT,
                ".ikonli-font-icon { -fx-icon-size: %.0fpx; }", px), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void mark(Parent root, String styleClass, boolean on) {
        if (on && !root.getStyleClass().contains(styleClass)) {
            root.getStyleClass().add(styleClass);
        } else if (!on) {
            root.getStyleClass().remove(styleClass);
        }
    }

    private void centreOnOwnerWhenFirstShown(Stage stage, double width, double height) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWING, new javafx.event.EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWING, this);
                // The size was given for the base font: the window grows with the zoom, within the screen.
                double scale = Math.max(1, appearance.fontSize() / Appearance.BASE_FONT_PX);
                javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
                stage.setWidth(Math.min(width * scale, screen.getWidth()));
                stage.setHeight(Math.min(height * scale, screen.getHeight()));
                Window owner = stage.getOwner();
                if (owner != null && owner.isShowing()) {
                    stage.setX(owner.getX() + Math.max(0, (owner.getWidth() - stage.getWidth()) / 2));
                    stage.setY(owner.getY() + Math.max(0, (owner.getHeight() - stage.getHeight()) / 2));
                }
            }
        });
    }

    /**
     * Window icons, if the build has them; a missing or broken icon is no reason to stop. Decoded by JavaFX's
     * background loader (decoding them on the FX thread held up the first frame, ADR 0139) and given to the
     * window together once all have loaded: each change of a window's icons scales the best one again, so
     * eight icons added one by one cost the FX thread about 50 ms of the start (ADR 0160).
     */
    private static void addIcons(Stage stage) {
        List<Image> loading = new ArrayList<>();
        for (int size : ICON_SIZES) {
            java.net.URL url = WindowService.class.getResource("/io/universestudio/icons/app-" + size + ".png");
            if (url != null) {
                loading.add(new Image(url.toExternalForm(), true));
            }
        }
        int[] pending = {loading.size()};
        for (Image image : loading) {
            image.progressProperty().addListener(new ChangeListener<Number>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                    if (now.doubleValue() < 1) {
                        return;
                    }
                    image.progressProperty().removeListener(this);
                    if (image.isError()) {
                        LOG.log(System.Logger.Level.DEBUG, "Icon " + image.getUrl() + " could not be loaded",
                                image.getException());
                    }
                    if (--pending[0] == 0) {
                        stage.getIcons().setAll(loading.stream().filter(i -> !i.isError()).toList());
                    }
                }
            });
        }
    }
}

package io.universestudio.ui.common;

import io.universestudio.ui.prefs.Preferences;
import io.universestudio.ui.prefs.PreferencesStore;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.net.URL;
import java.util.Objects;

/**
 * Theme, presenter mode and zoom. The theme is Modena plus the project's stylesheet; the dark theme is a
 * second stylesheet that only redefines the colour variables. Zoom scales the root font size, which every
 * Modena size is relative to, so the whole window scales.
 */
public final class Appearance {

    public static final double BASE_FONT_PX = 13;
    public static final double PRESENTER_FACTOR = 1.4;
    private static final double STEP = 0.1;

    private final PreferencesStore preferences;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private Scene scene;
    private Parent root;

    public Appearance(PreferencesStore preferences) {
        this.preferences = preferences;
        zoom.set(preferences.current().zoom());
    }

    public void attach(Scene scene, Parent root) {
        this.scene = scene;
        this.root = root;
        scene.getStylesheets().add(css("studio.css"));
        apply();
    }

    private static String css(String name) {
        URL url = Objects.requireNonNull(Appearance.class.getResource("/io/universestudio/css/" + name), name);
        return url.toExternalForm();
    }

    public void zoomIn() {
        setZoom(zoom.get() + STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() - STEP);
    }

    public void resetZoom() {
        setZoom(1);
    }

    private void setZoom(double value) {
        double z = Math.round(Math.max(0.6, Math.min(2.5, value)) * 10) / 10.0;
        zoom.set(z);
        preferences.update(preferences.current().withZoom(z));
        apply();
    }

    public void setDark(boolean dark) {
        preferences.update(preferences.current().withTheme(dark ? Preferences.DARK : Preferences.LIGHT));
        apply();
    }

    public boolean isDark() {
        return Preferences.DARK.equals(preferences.current().theme());
    }

    public void setPresenter(boolean on) {
        preferences.update(preferences.current().withPresenter(on));
        apply();
    }

    public boolean isPresenter() {
        return preferences.current().presenter();
    }

    /** The font size the root uses now, in pixels. */
    public double fontSize() {
        return BASE_FONT_PX * zoom.get() * (isPresenter() ? PRESENTER_FACTOR : 1);
    }

    private void apply() {
        if (scene == null) {
            return;
        }
        String dark = css("dark.css");
        if (isDark() && !scene.getStylesheets().contains(dark)) {
            scene.getStylesheets().add(dark);
        } else if (!isDark()) {
            scene.getStylesheets().remove(dark);
        }
        root.getStyleClass().remove("presenter");
        if (isPresenter()) {
            root.getStyleClass().add("presenter");
        }
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize()));
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }
}

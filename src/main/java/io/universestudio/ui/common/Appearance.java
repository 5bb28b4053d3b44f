package io.universestudio.ui.common;

import io.universestudio.ui.prefs.Preferences;
import io.universestudio.ui.prefs.PreferencesStore;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * The person's choice of theme, presenter mode and zoom, remembered in the preferences. It only holds the
 * choice; {@link WindowService} applies it to every window of the application as it changes.
 */
public final class Appearance {

    public static final double BASE_FONT_PX = 13;
    public static final double PRESENTER_FACTOR = 1.4;
    private static final double STEP = 0.1;

    private final PreferencesStore preferences;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private final ReadOnlyBooleanWrapper presenter = new ReadOnlyBooleanWrapper(this, "presenter");

    public Appearance(PreferencesStore preferences) {
        this.preferences = preferences;
        Preferences p = preferences.current();
        zoom.set(p.zoom());
        dark.set(Preferences.DARK.equals(p.theme()));
        presenter.set(p.presenter());
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
        preferences.update(preferences.current().withZoom(z));
        zoom.set(z);
    }

    public void setDark(boolean on) {
        preferences.update(preferences.current().withTheme(on ? Preferences.DARK : Preferences.LIGHT));
        dark.set(on);
    }

    public boolean isDark() {
        return dark.get();
    }

    public void setPresenter(boolean on) {
        preferences.update(preferences.current().withPresenter(on));
        presenter.set(on);
    }

    public boolean isPresenter() {
        return presenter.get();
    }

    /** The font size every window's root uses now, in pixels. */
    public double fontSize() {
        return BASE_FONT_PX * zoom.get() * (isPresenter() ? PRESENTER_FACTOR : 1);
    }

    public Theme theme() {
        return isDark() ? Theme.DARK : Theme.LIGHT;
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty presenterProperty() {
        return presenter.getReadOnlyProperty();
    }
}

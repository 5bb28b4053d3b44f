package io.universestudio.ui.prefs;

import java.util.ArrayList;
import java.util.List;

/**
 * What the application remembers between runs. Immutable: each change makes a new value, which the
 * store saves (debounced). Missing values in an older file take their defaults.
 */
public record Preferences(double windowX, double windowY, double windowWidth, double windowHeight, boolean maximized,
                          double navigatorDivider, double previewDivider, double problemsDivider,
                          String theme, boolean presenter, double zoom, List<String> recent) {

    public static final int MAX_RECENT = 10;
    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    public Preferences {
        windowWidth = windowWidth < 400 ? 1400 : windowWidth;
        windowHeight = windowHeight < 300 ? 900 : windowHeight;
        navigatorDivider = fraction(navigatorDivider, 0.18);
        previewDivider = fraction(previewDivider, 0.62);
        problemsDivider = fraction(problemsDivider, 0.74);
        theme = DARK.equals(theme) ? DARK : LIGHT;
        zoom = zoom < 0.5 || zoom > 3 ? 1.0 : zoom;
        recent = recent == null ? List.of() : List.copyOf(recent);
    }

    private static double fraction(double value, double fallback) {
        return value > 0.02 && value < 0.98 ? value : fallback;
    }

    public static Preferences defaults() {
        return new Preferences(Double.NaN, Double.NaN, 1400, 900, false, 0.18, 0.62, 0.74, LIGHT, false, 1.0, List.of());
    }

    public boolean hasWindowPosition() {
        return !Double.isNaN(windowX) && !Double.isNaN(windowY);
    }

    public Preferences withWindow(double x, double y, double width, double height, boolean max) {
        return new Preferences(x, y, width, height, max, navigatorDivider, previewDivider, problemsDivider, theme,
                presenter, zoom, recent);
    }

    public Preferences withDividers(double navigator, double preview, double problems) {
        return new Preferences(windowX, windowY, windowWidth, windowHeight, maximized, navigator, preview, problems,
                theme, presenter, zoom, recent);
    }

    public Preferences withTheme(String newTheme) {
        return new Preferences(windowX, windowY, windowWidth, windowHeight, maximized, navigatorDivider,
                previewDivider, problemsDivider, newTheme, presenter, zoom, recent);
    }

    public Preferences withPresenter(boolean on) {
        return new Preferences(windowX, windowY, windowWidth, windowHeight, maximized, navigatorDivider,
                previewDivider, problemsDivider, theme, on, zoom, recent);
    }

    public Preferences withZoom(double newZoom) {
        return new Preferences(windowX, windowY, windowWidth, windowHeight, maximized, navigatorDivider,
                previewDivider, problemsDivider, theme, presenter, newZoom, recent);
    }

    /** Puts {@code path} first in the recent list, without duplicates, keeping at most {@link #MAX_RECENT}. */
    public Preferences withRecent(String path) {
        List<String> next = new ArrayList<>();
        next.add(path);
        recent.stream().filter(p -> !p.equals(path)).limit(MAX_RECENT - 1L).forEach(next::add);
        return withRecentList(next);
    }

    public Preferences withoutRecent(String path) {
        return withRecentList(recent.stream().filter(p -> !p.equals(path)).toList());
    }

    private Preferences withRecentList(List<String> list) {
        return new Preferences(windowX, windowY, windowWidth, windowHeight, maximized, navigatorDivider,
                previewDivider, problemsDivider, theme, presenter, zoom, list);
    }
}

package io.universestudio.ui.common;

import javafx.application.Application;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * What a theme is made of: the base stylesheet every control of the application gets (set once for the
 * whole application as the user-agent stylesheet) and the application's own sheets, put on every scene.
 * Today both themes are Modena, the dark one only redefining colour variables; moving to another base
 * (AtlantaFX's Primer or Nord light and dark pair) changes this class and the sheets, nothing else.
 */
public enum Theme {

    LIGHT(Application.STYLESHEET_MODENA, List.of("studio.css")),
    DARK(Application.STYLESHEET_MODENA, List.of("studio.css", "dark.css"));

    private final String userAgentStylesheet;
    private final List<String> sheets;

    Theme(String userAgentStylesheet, List<String> sheetNames) {
        this.userAgentStylesheet = userAgentStylesheet;
        this.sheets = sheetNames.stream().map(Theme::css).toList();
    }

    private static String css(String name) {
        URL url = Objects.requireNonNull(Theme.class.getResource("/io/universestudio/css/" + name), name);
        return url.toExternalForm();
    }

    /** For {@code Application.setUserAgentStylesheet}: the look of every control. */
    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /** The application's own stylesheets, in order, for every scene. */
    public List<String> sceneStylesheets() {
        return sheets;
    }
}

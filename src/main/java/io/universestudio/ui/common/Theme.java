package io.universestudio.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * What a theme is made of: the base stylesheet every control of the application gets (set once for the
 * whole application as the user-agent stylesheet: AtlantaFX's Primer light or dark, ADR 0126) and the
 * application's own sheet, put on every scene. The own sheet is the same for both: it only uses the
 * theme's looked-up colours ({@code -color-fg-default}, {@code -color-bg-subtle}, ...), so the dark theme
 * needs no colour of its own.
 */
public enum Theme {

    // The binary form AtlantaFX ships beside each sheet: read in a third of the parse's time (cold JVM,
    // primer-light: 66-70 ms against 185-233 ms), on the FX thread at every start (ADR 0156).
    LIGHT(new PrimerLight().getUserAgentStylesheetBSS()),
    DARK(new PrimerDark().getUserAgentStylesheetBSS());

    private static final List<String> SHEETS = List.of(css("studio.css"));

    private final String userAgentStylesheet;

    Theme(String userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
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
        return SHEETS;
    }
}

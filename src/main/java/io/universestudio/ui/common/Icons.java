package io.universestudio.ui.common;

import io.universestudio.core.validate.Severity;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons from the Material Design 2 pack, by meaning rather than by glyph name. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(String literal) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add("icon");
        return icon;
    }

    public static FontIcon severity(Severity severity) {
        FontIcon icon = of(switch (severity) {
            case ERROR -> "mdi2c-close-circle";
            case WARNING -> "mdi2a-alert";
            case INFO -> "mdi2i-information";
        });
        icon.getStyleClass().add("severity-" + severity.label());
        return icon;
    }
}

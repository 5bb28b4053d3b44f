package io.universestudio.ui.common;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts people read, from {@code i18n/messages.properties}; FXML uses the same bundle with {@code %key}. */
public final class Messages {

    public static final String BUNDLE = "io.universestudio.i18n.messages";

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages load() {
        return new Messages(ResourceBundle.getBundle(BUNDLE));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}; with arguments, filled in with {@link MessageFormat}. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return MessageFormat.format(pattern, args);
    }
}

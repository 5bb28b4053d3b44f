package io.universestudio.ui.common;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the application keeps its preferences (config) and drafts (data). The system properties
 * {@code universestudio.config} and {@code universestudio.data} override the platform defaults, which
 * tests and portable installs use.
 */
public record UserFolders(Path config, Path data) {

    public static UserFolders forThisUser() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        Path config;
        Path data;
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            Path base = (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("Universe Studio");
            config = base;
            data = base;
        } else if (os.contains("mac")) {
            Path base = home.resolve("Library").resolve("Application Support").resolve("Universe Studio");
            config = base;
            data = base;
        } else {
            config = xdg("XDG_CONFIG_HOME", home.resolve(".config")).resolve("universe-studio");
            data = xdg("XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("universe-studio");
        }
        String c = System.getProperty("universestudio.config");
        String d = System.getProperty("universestudio.data");
        return new UserFolders(c != null ? Path.of(c) : config, d != null ? Path.of(d) : data);
    }

    private static Path xdg(String variable, Path fallback) {
        String v = System.getenv(variable);
        return v != null && !v.isBlank() ? Path.of(v) : fallback;
    }
}

package io.universestudio.core.settings;

import io.universestudio.core.io.OperatingSystem;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the application keeps the user's settings ({@code config}) and data such as the default local
 * Universe repository ({@code data}), following each system's convention:
 * <ul>
 *   <li>Linux and others: {@code $XDG_CONFIG_HOME/universe-studio} (else {@code ~/.config/universe-studio}) and
 *       {@code $XDG_DATA_HOME/universe-studio} (else {@code ~/.local/share/universe-studio});</li>
 *   <li>macOS: {@code ~/Library/Application Support/Universe Studio} for both;</li>
 *   <li>Windows: {@code %APPDATA%\Universe Studio} for both.</li>
 * </ul>
 * The system properties {@code universestudio.configDir} and {@code universestudio.dataDir} override
 * both (tests, portable installs).
 */
public record UserFolders(Path config, Path data) {

    public static final String CONFIG_PROPERTY = "universestudio.configDir";
    public static final String DATA_PROPERTY = "universestudio.dataDir";

    /** The folders of this computer's user. */
    public static UserFolders forThisUser() {
        return of(OperatingSystem.current(), System.getenv(), System.getProperties());
    }

    public static UserFolders of(OperatingSystem os, Map<String, String> env, Properties properties) {
        Path home = Path.of(properties.getProperty("user.home", "."));
        Path config;
        Path data;
        switch (os) {
            case MACOS -> {
                config = home.resolve("Library").resolve("Application Support").resolve("Universe Studio");
                data = config;
            }
            case WINDOWS -> {
                String appData = env.get("APPDATA");
                Path base = appData == null || appData.isBlank()
                        ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
                config = base.resolve("Universe Studio");
                data = config;
            }
            default -> {
                config = xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("universe-studio");
                data = xdg(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("universe-studio");
            }
        }
        String configOverride = properties.getProperty(CONFIG_PROPERTY);
        String dataOverride = properties.getProperty(DATA_PROPERTY);
        return new UserFolders(
                configOverride != null && !configOverride.isBlank() ? Path.of(configOverride) : config,
                dataOverride != null && !dataOverride.isBlank() ? Path.of(dataOverride) : data);
    }

    /** The settings file. */
    public Path settingsFile() {
        return config.resolve("settings.json");
    }

    /** The local Universe folder made on first use, so that publishing works with no set-up. */
    public Path defaultRepository() {
        return data.resolve("repository");
    }

    /** XDG says relative values are invalid and must be ignored. */
    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank() || !Path.of(v).isAbsolute()) {
            return fallback;
        }
        return Path.of(v);
    }
}

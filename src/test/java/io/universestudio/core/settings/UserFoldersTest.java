package io.universestudio.core.settings;

import io.universestudio.core.io.OperatingSystem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class UserFoldersTest {

    private static Properties home(String home) {
        Properties p = new Properties();
        p.setProperty("user.home", home);
        return p;
    }

    @Test
    void followsEachSystemsConvention() {
        UserFolders linux = UserFolders.of(OperatingSystem.LINUX, Map.of(), home("/home/ann"));
        assertThat(linux.config()).isEqualTo(Path.of("/home/ann/.config/universe-studio"));
        assertThat(linux.data()).isEqualTo(Path.of("/home/ann/.local/share/universe-studio"));
        assertThat(linux.settingsFile()).isEqualTo(Path.of("/home/ann/.config/universe-studio/settings.json"));
        assertThat(linux.defaultRepository()).isEqualTo(Path.of("/home/ann/.local/share/universe-studio/repository"));

        UserFolders xdg = UserFolders.of(OperatingSystem.LINUX,
                Map.of("XDG_DATA_HOME", "/data", "XDG_CONFIG_HOME", "relative/ignored"), home("/home/ann"));
        assertThat(xdg.data()).isEqualTo(Path.of("/data/universe-studio"));
        assertThat(xdg.config()).isEqualTo(Path.of("/home/ann/.config/universe-studio"));

        UserFolders mac = UserFolders.of(OperatingSystem.MACOS, Map.of(), home("/Users/ann"));
        assertThat(mac.data()).isEqualTo(Path.of("/Users/ann/Library/Application Support/Universe Studio"));
        assertThat(mac.config()).isEqualTo(mac.data());

        UserFolders win = UserFolders.of(OperatingSystem.WINDOWS, Map.of("APPDATA", "/appdata"), home("/users/ann"));
        assertThat(win.config()).isEqualTo(Path.of("/appdata").resolve("Universe Studio"));
    }

    @Test
    void systemPropertiesOverrideForTestsAndPortableInstalls() {
        Properties p = home("/home/ann");
        p.setProperty(UserFolders.CONFIG_PROPERTY, "/tmp/c");
        p.setProperty(UserFolders.DATA_PROPERTY, "/tmp/d");
        UserFolders f = UserFolders.of(OperatingSystem.LINUX, Map.of("XDG_DATA_HOME", "/data"), p);
        assertThat(f.config()).isEqualTo(Path.of("/tmp/c"));
        assertThat(f.data()).isEqualTo(Path.of("/tmp/d"));
        assertThat(OperatingSystem.fromName("Mac OS X")).isEqualTo(OperatingSystem.MACOS);
        assertThat(OperatingSystem.fromName("Windows 11")).isEqualTo(OperatingSystem.WINDOWS);
        assertThat(OperatingSystem.fromName("Linux")).isEqualTo(OperatingSystem.LINUX);
    }
}

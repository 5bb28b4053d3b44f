package io.universestudio.ui.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StudioLauncherTest {

    @TempDir
    Path dir;

    @Test
    void aPackageJsonOpensTheRevisionFolderHoldingIt() throws Exception {
        Path revision = Files.createDirectories(dir.resolve("packages/H/hello/0"));
        Path packageJson = Files.writeString(revision.resolve("package.json"), "{}");

        String[] args = StudioLauncher.withFolderToOpen(new String[] {packageJson.toString(), "--extra"});

        assertThat(args).containsExactly(revision.toAbsolutePath().toString(), "--extra");
    }

    @Test
    void aRelativeFileNameOpensItsAbsoluteFolder() throws Exception {
        Path file = Files.writeString(Files.createTempFile(Path.of("target"), "package", ".json"), "{}");
        try {
            String[] args = StudioLauncher.withFolderToOpen(new String[] {Path.of("target").resolve(file.getFileName()).toString()});

            assertThat(Path.of(args[0])).isAbsolute().isEqualTo(Path.of("target").toAbsolutePath());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aFolderOrAMissingPathIsPassedOnUnchanged() {
        String missing = dir.resolve("no-such-revision").toString();

        assertThat(StudioLauncher.withFolderToOpen(new String[] {dir.toString()})).containsExactly(dir.toString());
        assertThat(StudioLauncher.withFolderToOpen(new String[] {missing})).containsExactly(missing);
        assertThat(StudioLauncher.withFolderToOpen(new String[0])).isEmpty();
    }
}

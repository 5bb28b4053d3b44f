package io.universestudio.ui.app;

import io.universestudio.core.settings.UserFolders;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Test support: builds the real window with direct workers and its own user folders, and (with
 * {@link WindowTest}) shuts every context it built down and closes every window after each test, so no
 * server, thread, dialog or secondary window of one test is left for the next.
 */
public final class StudioWindow {

    private static final List<AppContext> BUILT = new ArrayList<>();

    private StudioWindow() {
    }

    /** A TestFX window test whose contexts are shut down and whose windows are closed after each test. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith({ApplicationExtension.class, StudioWindow.CloseAfterEach.class})
    public @interface WindowTest {
    }

    public static UserFolders folders(Path home) {
        return new UserFolders(home.resolve("config"), home.resolve("data"));
    }

    public static AppContext show(Stage stage, Path home, Path folder) {
        return show(stage, folders(home), Optional.ofNullable(folder));
    }

    public static AppContext show(Stage stage, UserFolders folders, Optional<Path> argument) {
        AppContext context = new AppContext(folders, Workers.direct());
        synchronized (BUILT) {
            BUILT.add(context);
        }
        context.show(stage, argument);
        return context;
    }

    /** The package.json of a small valid 4.0 package named demo. */
    public static final String DEMO_PACKAGE = """
            {"packagingVersion": "4.0", "name": "demo", "version": "1.0.0", "maintainer": "me@example.com",
             "description": "A demo", "tags": ["demo"]}
            """;

    /** A revision folder, {@code home}/repo/packages/D/demo/0, holding {@code packageJson}; a test writes the other files. */
    public static Path demoRevision(Path home, String packageJson) throws IOException {
        Path folder = Files.createDirectories(home.resolve("repo/packages/D/demo/0"));
        Files.writeString(folder.resolve("package.json"), packageJson);
        return folder;
    }

    /** Copies a revision folder (for tests that save), keeping its repository layout below {@code into}. */
    public static Path copyRevision(Path revision, Path into) throws IOException {
        Path target = into.resolve("packages").resolve(revision.getParent().getParent().getFileName())
                .resolve(revision.getParent().getFileName()).resolve(revision.getFileName());
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(revision)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return target;
    }

    /**
     * Shuts down the contexts built in the test (server, settings, image fetcher) and closes every window.
     * Before the class it gives the first window of a cold JVM on a loaded build machine more than TestFX's
     * default 30 s to show (CSS of the large corpus package in software rendering).
     */
    public static final class CloseAfterEach implements BeforeAllCallback, AfterEachCallback {
        private static final long SETUP_TIMEOUT_MILLIS = 120_000;

        @Override
        public void beforeAll(ExtensionContext extension) {
            if (FxToolkit.toolkitContext().getSetupTimeoutInMillis() < SETUP_TIMEOUT_MILLIS) {
                FxToolkit.toolkitContext().setSetupTimeoutInMillis(SETUP_TIMEOUT_MILLIS);
            }
        }

        @Override
        public void afterEach(ExtensionContext extension) throws Exception {
            List<AppContext> built;
            synchronized (BUILT) {
                built = List.copyOf(BUILT);
                BUILT.clear();
            }
            // The toolkit outlives the test class: closing the last window must not end it.
            Platform.setImplicitExit(false);
            WaitForAsyncUtils.asyncFx(() -> {
                built.forEach(AppContext::shutdown);
                // Modal dialogs first (they end their nested event loops), then the windows they belonged to.
                List<Window> open = new ArrayList<>(Window.getWindows());
                for (int i = open.size() - 1; i >= 0; i--) {
                    open.get(i).hide();
                }
            }).get(20, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            List<Window> left = WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows())).get(10, TimeUnit.SECONDS);
            if (!left.isEmpty()) {
                throw new AssertionError("Windows left open after the test: " + left);
            }
        }
    }
}

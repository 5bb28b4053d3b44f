package io.universestudio.ui.app;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import io.universestudio.core.bundle.BundleBuilder;
import io.universestudio.core.bundle.BundleLimits;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.Revision;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start page on a first start (the sample one click away, recent places, File > Close back to it) and
 * drop-to-open: a revision folder, a package.json, a repository folder and a package.dcos dropped on the
 * window open as File > Open does, through a real drag-and-drop event with files on its dragboard.
 */
@StudioWindow.WindowTest
class StartPageWindowTest {

    @TempDir
    Path home;

    private AppContext app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = StudioWindow.show(stage, home, null);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    private boolean startPageShown() {
        return stage.getScene().lookup("#startPage") != null && stage.getScene().lookup("#startPage").isVisible();
    }

    private Path sampleRevision(String sample) throws Exception {
        Revision loaded = Samples.load(sample);
        String name = loaded.name().orElseThrow();
        Path revision = home.resolve("repo/packages/" + Character.toUpperCase(name.charAt(0)) + "/" + name + "/0");
        RevisionWriter.write(loaded, revision);
        return revision;
    }

    @Test
    void aFirstStartShowsTheStartPageWithTheSampleOneClickAwayAndCloseComesBack(FxRobot robot) throws Exception {
        assertThat(startPageShown()).isTrue();
        assertThat(robot.lookup("#problemsView").tryQuery()).isEmpty();
        assertThat(app.main().statusProperty().get()).contains("drop a folder or file");
        assertThat(robot.lookup("#startRecentPackages .label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).containsExactly("None yet.");
        assertNothingToPublishOrCount(robot, true);

        robot.clickOn("#startSample");
        waitFor(() -> !startPageShown());
        Revision sample = Samples.load(Samples.DEFAULT);
        assertThat(app.session().current().name()).isEqualTo(sample.name());
        assertThat(robot.lookup("#problemsView").tryQuery()).isPresent();
        assertNothingToPublishOrCount(robot, false);

        robot.interact(() -> app.controller().onClose());
        assertThat(startPageShown()).isTrue();
        assertThat(app.session().current().name()).isEmpty();
        assertNothingToPublishOrCount(robot, true);
    }

    /** The empty session behind the start page is no package: no publish, no problem counts. */
    private static void assertNothingToPublishOrCount(FxRobot robot, boolean startPage) {
        assertThat(robot.lookup("#publishButton").queryAs(javafx.scene.control.SplitMenuButton.class).isDisabled())
                .isEqualTo(startPage);
        assertThat(robot.lookup("#errorsButton").queryAs(javafx.scene.control.Button.class).isVisible())
                .isEqualTo(!startPage);
    }

    @Test
    void recentPackagesAndRepositoriesAreListedAndOpenWithAClick(FxRobot robot) throws Exception {
        Path revision = sampleRevision("web-service");
        Path repository = home.resolve("repo");
        robot.interact(() -> app.main().open(revision));
        waitFor(() -> app.session().current().name().isPresent());
        robot.interact(() -> app.main().open(repository));
        waitFor(() -> app.main().repositoryProperty().get() != null);
        robot.interact(() -> app.controller().onClose());
        waitFor(this::startPageShown);

        List<Hyperlink> packages = robot.lookup("#startRecentPackages .hyperlink").queryAllAs(Hyperlink.class).stream().toList();
        List<Hyperlink> repositories = robot.lookup("#startRecentRepositories .hyperlink").queryAllAs(Hyperlink.class).stream().toList();
        assertThat(packages).extracting(h -> h.getTooltip().getText()).containsExactly(revision.toAbsolutePath().normalize().toString());
        assertThat(packages.get(0).getText()).startsWith("hello-web 0");
        assertThat(repositories).extracting(h -> h.getTooltip().getText()).containsExactly(repository.toAbsolutePath().normalize().toString());

        robot.clickOn(packages.get(0));
        waitFor(() -> !startPageShown());
        assertThat(app.session().current().name()).hasValue("hello-web");
    }

    /**
     * What the system's drag-and-drop hands JavaFX for a drag from a file manager: JavaFX's own in-memory
     * clipboard for the content, offering copy, move and link (a local clipboard alone is no drag source).
     */
    private static TKClipboard systemDragPeer() {
        TKClipboard local = Toolkit.getToolkit().createLocalClipboard();
        return (TKClipboard) Proxy.newProxyInstance(TKClipboard.class.getClassLoader(), new Class<?>[] {TKClipboard.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getTransferModes")) {
                        return Set.of(TransferMode.COPY, TransferMode.MOVE, TransferMode.LINK);
                    }
                    try {
                        return method.invoke(local, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** A drop of {@code files} on {@code target}, as the window gets it from the system: over, then dropped. */
    private boolean drop(FxRobot robot, Node target, File... files) {
        boolean[] accepted = new boolean[1];
        robot.interact(() -> {
            Dragboard board = DragboardHelper.createDragboard(systemDragPeer());
            DragboardHelper.setDataAccessRestriction(board, false);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(files));
            board.setContent(content);
            DragEvent over = new DragEvent(target, target, DragEvent.DRAG_OVER, board, 10, 10, 10, 10,
                    TransferMode.COPY, null, target, null);
            Event.fireEvent(target, over);
            accepted[0] = over.isAccepted();
            if (accepted[0]) {
                Event.fireEvent(target, new DragEvent(target, target, DragEvent.DRAG_DROPPED, board, 10, 10, 10, 10,
                        TransferMode.COPY, null, target, null));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return accepted[0];
    }

    @Test
    void droppingARevisionAPackageJsonARepositoryOrAPackageDcosAnywhereOpensIt(FxRobot robot) throws Exception {
        Path web = sampleRevision("web-service");
        Path docker = sampleRevision("docker-service");
        Path repository = home.resolve("repo");
        Path bundle = new BundleBuilder("test", BundleLimits.DEFAULT).build(Samples.load("framework-service"),
                Files.createDirectories(home.resolve("bundles"))).file();
        Path notes = Files.writeString(home.resolve("notes.txt"), "not a package");

        Node dropZone = robot.lookup("#startDropZone").query();
        assertThat(drop(robot, dropZone, notes.toFile())).as("a text file is refused while dragging").isFalse();
        assertThat(startPageShown()).isTrue();

        assertThat(drop(robot, dropZone, web.toFile())).isTrue();
        waitFor(() -> app.session().current().name().equals(Optional.of("hello-web")));

        // Anywhere on the window: on the problems panel this time.
        Node problems = robot.lookup("#problemsTable").query();
        assertThat(drop(robot, problems, notes.toFile(), docker.resolve("package.json").toFile())).isTrue();
        waitFor(() -> app.session().current().name().equals(Optional.of("hello-docker")));
        assertThat(app.session().current().origin().folderIfAny()).hasValue(docker.toAbsolutePath().normalize());

        assertThat(drop(robot, problems, repository.toFile())).isTrue();
        waitFor(() -> app.main().repositoryProperty().get() != null);
        assertThat(app.main().repositoryProperty().get().root()).isEqualTo(repository.toAbsolutePath().normalize());

        assertThat(drop(robot, problems, bundle.toFile())).isTrue();
        waitFor(() -> app.main().packageFileProperty().get() != null);
        assertThat(app.session().current().name()).hasValue("hello-framework");
    }
}

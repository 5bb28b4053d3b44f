package io.universestudio.ui.app;

import io.universestudio.core.bundle.BundleBuilder;
import io.universestudio.core.bundle.BundleLimits;
import io.universestudio.core.bundle.DefinitionWriter;
import io.universestudio.core.bundle.PackageSources;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.settings.UserFolders;
import io.universestudio.ui.common.Notification;
import io.universestudio.ui.session.Edit;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single-file packages through the real window: a package.dcos and a build definition open for editing
 * with their origin in the title and save back in their own form; File > Export builds a package.dcos
 * and tells its name and the next command.
 */
@StudioWindow.WindowTest
class BundleWindowTest {

    private static final Path DSE = Path.of("../shared/universe-corpus/packages/D/datastax-dse/700");

    @TempDir
    Path home;

    private AppContext app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        System.setProperty(UserFolders.CONFIG_PROPERTY, home.resolve("config").toString());
        System.setProperty(UserFolders.DATA_PROPERTY, home.resolve("data").toString());
        app = StudioWindow.show(stage, UserFolders.forThisUser(), Optional.empty());
        app.main().newPackage(); // the start page's "Open the sample package"
    }

    @AfterEach
    void stop() {
        System.clearProperty(UserFolders.CONFIG_PROPERTY);
        System.clearProperty(UserFolders.DATA_PROPERTY);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    private static void run(FxRobot robot, Runnable action) {
        robot.interact(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void editVersion(FxRobot robot, String suffix) {
        String version = app.session().current().version().orElseThrow();
        run(robot, () -> app.session().apply(Edit.of("version", r -> r.withText(RevisionFile.PACKAGE,
                r.text(RevisionFile.PACKAGE).orElseThrow().replace("\"" + version + "\"", "\"" + version + suffix + "\"")))));
    }

    /** Fires a File menu item as a click would, without waiting for the modal dialog it opens to close. */
    private static void choose(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> items(m).stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<MenuItem> items(Menu menu) {
        List<MenuItem> all = new java.util.ArrayList<>(menu.getItems());
        menu.getItems().stream().filter(Menu.class::isInstance).forEach(m -> all.addAll(items((Menu) m)));
        return all;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> dcosFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".dcos")).sorted().toList();
        }
    }

    @Test
    void aPackageDcosOpensWithItsOriginInTheTitleAndSavesAsANewBundleBesideTheOld(FxRobot robot) throws Exception {
        Revision dse = RevisionReader.read(DSE);
        Path out = Files.createDirectories(home.resolve("bundles"));
        Path bundle = new BundleBuilder("test", BundleLimits.DEFAULT).build(dse, out).file();

        run(robot, () -> app.main().open(bundle));
        waitFor(() -> app.main().packageFileProperty().get() != null);
        assertThat(app.session().current().text(RevisionFile.TEMPLATE)).isEqualTo(dse.text(RevisionFile.TEMPLATE));
        assertThat(app.session().current().version()).isEqualTo(dse.version());
        assertThat(stage.getTitle()).contains(bundle.getFileName() + " (package.dcos)").doesNotStartWith("*");

        editVersion(robot, "-edited");
        assertThat(stage.getTitle()).startsWith("* ");
        robot.interact(() -> assertThat(app.main().save()).isTrue());
        WaitForAsyncUtils.waitForFxEvents();

        List<Path> bundles = dcosFiles(out);
        assertThat(bundles).hasSize(2).contains(bundle);
        Path saved = bundles.stream().filter(b -> !b.equals(bundle)).findFirst().orElseThrow();
        assertThat(saved.getFileName().toString()).contains("-edited-");
        assertThat(PackageSources.open(saved).revision().version()).hasValueSatisfying(v -> assertThat(v).endsWith("-edited"));
        assertThat(stage.getTitle()).contains(saved.getFileName() + " (package.dcos)").doesNotStartWith("*");
    }

    @Test
    void aBuildDefinitionOpensWithItsOriginInTheTitleAndSavesItsReferencedFilesBack(FxRobot robot) throws Exception {
        Revision dse = RevisionReader.read(DSE);
        Path out = Files.createDirectories(home.resolve("definition"));
        DefinitionWriter.Outcome written = DefinitionWriter.write(dse, out, false);
        Path definition = written.definition();
        List<Path> copies = written.copies();
        String definitionBefore = Files.readString(definition);

        run(robot, () -> app.main().open(definition));
        waitFor(() -> app.main().packageFileProperty().get() != null);
        assertThat(app.session().current().text(RevisionFile.TEMPLATE)).as("a referenced file keeps its bytes")
                .isEqualTo(dse.text(RevisionFile.TEMPLATE));
        assertThat(stage.getTitle()).contains(definition.getFileName() + " (build definition)");

        String template = app.session().current().text(RevisionFile.TEMPLATE).orElseThrow();
        run(robot, () -> app.session().apply(Edit.of("template", r -> r.withText(RevisionFile.TEMPLATE,
                "{{! edited in the window }}\n" + template))));
        robot.interact(() -> assertThat(app.main().save()).isTrue());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(definition)).isEqualTo(definitionBefore);
        List<Path> edited = copies.stream().filter(f -> read(f).startsWith("{{! edited in the window }}")).toList();
        assertThat(edited).as("the template's referenced file, written back").hasSize(1);
        assertThat(read(edited.get(0))).isEqualTo("{{! edited in the window }}\n" + template);
        assertThat(stage.getTitle()).doesNotStartWith("*");
    }

    @Test
    void fileExportPackageDcosAsksForTheFolderAndNamesTheFileAndTheNextCommand(FxRobot robot) throws Exception {
        run(robot, () -> app.main().open(DSE.toAbsolutePath().normalize()));
        waitFor(() -> app.session().current().name().filter("datastax-dse"::equals).isPresent());
        Path out = Files.createDirectories(home.resolve("export"));

        choose(robot, "exportBundleItem");
        TextField folder = robot.lookup("#exportFolder").queryAs(TextField.class);
        run(robot, () -> folder.setText(out.toString()));
        robot.clickOn("#exportButton");
        waitFor(() -> app.notificationProperty().get() != null);

        Path bundle = dcosFiles(out).stream().findFirst().orElseThrow();
        assertThat(bundle.getFileName().toString()).startsWith("datastax-dse-").endsWith(".dcos");
        Revision exported = PackageSources.open(bundle).revision();
        assertThat(exported.text(RevisionFile.TEMPLATE)).isEqualTo(app.session().current().text(RevisionFile.TEMPLATE));
        assertThat(exported.version()).isEqualTo(app.session().current().version());
        Notification told = app.notificationProperty().get();
        assertThat(told.kind()).isEqualTo(Notification.Kind.SUCCESS);
        assertThat(told.message()).contains(bundle.toString());
        assertThat(told.command()).isEqualTo("dcos registry add --dcos-file " + bundle);
        assertThat(robot.lookup("#notificationTitle").queryAs(Label.class).getText()).isEqualTo(told.title());
    }

    @Test
    void fileExportRegistryDefinitionInlineWritesOneFileAndTheBuildCommand(FxRobot robot) throws Exception {
        run(robot, () -> app.main().open(DSE.toAbsolutePath().normalize()));
        waitFor(() -> app.session().current().name().filter("datastax-dse"::equals).isPresent());
        Path out = Files.createDirectories(home.resolve("registry"));

        choose(robot, "exportDefinitionItem");
        run(robot, () -> robot.lookup("#exportFolder").queryAs(TextField.class).setText(out.toString()));
        robot.clickOn("#exportInline").clickOn("#exportButton");
        waitFor(() -> app.notificationProperty().get() != null);

        try (Stream<Path> files = Files.list(out)) {
            Path definition = files.toList().stream().collect(java.util.stream.Collectors.collectingAndThen(
                    java.util.stream.Collectors.toList(), l -> {
                        assertThat(l).as("inline: the definition alone").hasSize(1);
                        return l.get(0);
                    }));
            assertThat(definition.getFileName().toString()).startsWith("datastax-dse-").endsWith(".json");
            assertThat(Files.readString(definition)).doesNotContain("\"@");
            assertThat(app.notificationProperty().get().command())
                    .isEqualTo("dcos registry build --build-definition-file=" + definition + " --output-directory=" + out);
        }
    }

    @Test
    void aRevisionOpenedFromAPackageDcosPublishesAsOneOpenedFromAFolder(FxRobot robot) throws Exception {
        Revision dse = RevisionReader.read(DSE);
        Path bundle = new BundleBuilder("test", BundleLimits.DEFAULT).build(dse, Files.createDirectories(home.resolve("b"))).file();
        run(robot, () -> app.main().open(bundle));
        waitFor(() -> app.main().packageFileProperty().get() != null);

        // datastax-dse/700 has warnings, so publishing asks first (a modal dialog): start it, then confirm.
        WaitForAsyncUtils.asyncFx(() -> app.publish().publish());
        waitFor(() -> robot.lookup("#publishWarnings").tryQuery().isPresent());
        robot.clickOn("#publishWarningsGo");
        waitFor(() -> app.notificationProperty().get() != null);

        assertThat(app.notificationProperty().get().kind()).isEqualTo(Notification.Kind.SUCCESS);
        Path defaultRepo = UserFolders.forThisUser().defaultRepository();
        io.universestudio.core.io.PackageFolder pkg = io.universestudio.core.io.UniverseRepository.open(defaultRepo)
                .find("datastax-dse").orElseThrow();
        Revision published = RevisionReader.read(pkg.latest().orElseThrow().dir());
        assertThat(published.sameContentAs(app.session().current())).isTrue();
        assertThat(published.text(RevisionFile.TEMPLATE)).isEqualTo(dse.text(RevisionFile.TEMPLATE));
    }
}

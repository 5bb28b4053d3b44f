package io.universestudio.ui.app;

import io.universestudio.core.io.PackageFolder;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.settings.RepositoryKind;
import io.universestudio.core.settings.RepositorySettings;
import io.universestudio.core.settings.SettingsStore;
import io.universestudio.core.settings.UserFolders;
import io.universestudio.ui.common.Notification;
import io.universestudio.ui.session.Edit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing, the server and the wizards through the real window: a first start on empty user folders
 * (given by the universestudio.configDir/dataDir properties), real folders, a real bare git repository
 * and real HTTP on loopback.
 */
@StudioWindow.WindowTest
class PublishingWindowTest {

    private static final String V4 = "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v4";
    private static final String V3 = "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v3";

    @TempDir
    Path home;

    private AppContext app;
    private UserFolders folders;

    @Start
    void start(Stage stage) {
        System.setProperty(UserFolders.CONFIG_PROPERTY, home.resolve("config").toString());
        System.setProperty(UserFolders.DATA_PROPERTY, home.resolve("data").toString());
        folders = UserFolders.forThisUser();
        app = StudioWindow.show(stage, folders, Optional.empty());
        app.main().newPackage(); // the start page's "Open the sample package"
    }

    @AfterEach
    void stop() {
        System.clearProperty(UserFolders.CONFIG_PROPERTY);
        System.clearProperty(UserFolders.DATA_PROPERTY);
    }

    private Notification notification() {
        return app.notificationProperty().get();
    }

    private static void run(FxRobot robot, Runnable action) {
        robot.interact(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Starts something that opens a modal dialog (showAndWait) without waiting for it to close. */
    private static void startModal(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    @Test
    void firstStartPublishesTheSampleToTheDefaultLocalRepositoryWithOneClick(FxRobot robot) throws Exception {
        Path defaultRepo = folders.defaultRepository();
        assertThat(defaultRepo.resolve("packages")).isDirectory();
        SplitMenuButton publish = robot.lookup("#publishButton").queryAs(SplitMenuButton.class);
        assertThat(publish.getText()).contains(SettingsStore.DEFAULT_REPOSITORY_NAME);
        assertThat(robot.lookup("#notificationBar").query().isVisible()).isFalse();

        robot.clickOn(publish.lookup(".label"));
        waitFor("the notification", () -> notification() != null);

        String name = app.session().current().name().orElseThrow();
        PackageFolder pkg = UniverseRepository.open(defaultRepo).find(name).orElseThrow();
        assertThat(pkg.latestNumber()).hasValue(0);
        Revision published = RevisionReader.read(pkg.latest().orElseThrow().dir());
        assertThat(published.sameContentAs(app.session().current())).isTrue();
        assertThat(notification().kind()).isEqualTo(Notification.Kind.SUCCESS);
        assertThat(robot.lookup("#notificationBar").query().isVisible()).isTrue();
        assertThat(robot.lookup("#notificationTitle").queryAs(Label.class).getText())
                .contains(name).contains("revision 0").contains(SettingsStore.DEFAULT_REPOSITORY_NAME);
        waitFor("the settings saved", () -> Files.isRegularFile(folders.settingsFile()));
        assertThat(Files.readString(folders.settingsFile(), java.nio.charset.StandardCharsets.UTF_8))
                .contains(defaultRepo.toAbsolutePath().toString().replace("\\", "\\\\"));
    }

    @Test
    void aGitRepositoryAddedInPreferencesReceivesTheCommitAndThePasswordIsNeverShownBack(FxRobot robot) throws Exception {
        Path remote = home.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();

        run(robot, () -> app.tools().openRepositories(null));
        robot.clickOn("#repoAddButton").clickOn("Git repository");
        robot.clickOn("#repoNameField").write("Team universe");
        robot.clickOn("#repoUrlField").write(remote.toUri().toString());
        TextField branch = robot.lookup("#repoBranchField").queryAs(TextField.class);
        run(robot, () -> branch.setText("publish-test"));
        robot.clickOn("#repoAuthorNameField").write("Ada");
        robot.clickOn("#repoAuthorEmailField").write("ada@example.com");
        robot.clickOn("#repoUsernameField").write("ada");
        robot.clickOn("#repoPasswordField").write("s3cret-token");
        robot.clickOn("#repoSaveButton");
        WaitForAsyncUtils.waitForFxEvents();

        RepositorySettings saved = app.repositories().current().repositories().stream()
                .filter(r -> r.name().equals("Team universe")).findFirst().orElseThrow();
        RepositoryKind.GitRemote git = (RepositoryKind.GitRemote) saved.kind();
        assertThat(git.hasCredential()).isTrue();
        assertThat(robot.lookup("#repoPasswordField").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(SettingsStore.export(app.repositories().current())).doesNotContain("s3cret-token");

        robot.clickOn("#repoTestButton");
        waitFor("the test", () -> !robot.lookup("#repoMessageLabel").queryAs(Label.class).getText().startsWith("Testing"));
        assertThat(robot.lookup("#repoMessageLabel").queryAs(Label.class).getStyleClass()).contains("test-ok");

        robot.clickOn("#repoUseButton");
        WaitForAsyncUtils.waitForFxEvents();
        SplitMenuButton publish = robot.lookup("#publishButton").queryAs(SplitMenuButton.class);
        assertThat(publish.getText()).contains("Team universe");
        run(robot, () -> publish.getScene().getWindow().requestFocus());
        run(robot, publish::fire);
        waitFor("the notification", () -> notification() != null);

        assertThat(notification().kind()).as(notification().message()).isEqualTo(Notification.Kind.SUCCESS);
        String name = app.session().current().name().orElseThrow();
        try (Git bare = Git.open(remote.toFile())) {
            ObjectId head = bare.getRepository().resolve("refs/heads/publish-test");
            assertThat(head).isNotNull();
            RevCommit commit = bare.log().add(head).setMaxCount(1).call().iterator().next();
            assertThat(notification().message()).contains(commit.getName().substring(0, 10)).contains("publish-test");
            assertThat(commit.getFullMessage()).contains(name);
            assertThat(commit.getAuthorIdent().getName()).isEqualTo("Ada");
            assertThat(commit.getAuthorIdent().getEmailAddress()).isEqualTo("ada@example.com");
            // An empty remote gets the Universe's own layout, repo/packages/L/name/N.
            try (TreeWalk walk = TreeWalk.forPath(bare.getRepository(),
                    "repo/packages/" + Character.toUpperCase(name.charAt(0)) + "/" + name + "/0/package.json", commit.getTree())) {
                assertThat(walk).as("package.json in the commit").isNotNull();
            }
        }
        assertThat(notification().toString()).doesNotContain("s3cret-token");
    }

    private void change(FxRobot robot, RevisionFile file, String from, String to) {
        run(robot, () -> app.session().apply(Edit.of("change", r -> {
            String text = r.text(file).orElseThrow();
            assertThat(text).contains(from);
            return r.withText(file, text.replace(from, to));
        })));
    }

    private long publishedPackages() throws Exception {
        try (var files = Files.list(UniverseRepository.open(folders.defaultRepository()).packagesDir())) {
            return files.count();
        }
    }

    @Test
    void aTemplateThatCannotRenderJsonIsRefusedWithTheReasonInTheBannerAndTheProblemInThePanel(FxRobot robot)
            throws Exception {
        change(robot, RevisionFile.TEMPLATE, "\"cpus\": {{service.cpus}},", "\"cpus\": {{service.cpus}}");
        assertThat(app.problems().errorsProperty().get()).isZero();

        run(robot, () -> robot.lookup("#publishButton").queryAs(SplitMenuButton.class).fire());
        waitFor("the refusal", () -> notification() != null);

        assertThat(notification().kind()).isEqualTo(Notification.Kind.ERROR);
        assertThat(robot.lookup("#notificationMessage").queryAs(Label.class).getText())
                .contains("cannot be installed by a cluster").contains("a comma is missing after template line 3");
        assertThat(robot.lookup("#notificationAction").query().isVisible()).isFalse();
        TableView<?> table = robot.lookup("#problemsTable").queryAs(TableView.class);
        assertThat(table.getItems().toString()).contains("TEMPLATE-NOT-JSON");
        assertThat(robot.lookup("#publishWarnings").tryQuery()).isEmpty();
        assertThat(publishedPackages()).as("nothing written").isZero();
    }

    @Test
    void warningsAreConfirmedInADialogBeforePublishing(FxRobot robot) throws Exception {
        change(robot, RevisionFile.CONFIG, "\"default\": 256,\n", "");
        SplitMenuButton publish = robot.lookup("#publishButton").queryAs(SplitMenuButton.class);

        startModal(publish::fire);
        waitFor("the confirmation", () -> robot.lookup("#publishWarnings").tryQuery().isPresent());
        assertThat(robot.lookup("#publishWarningsItems").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("Installing it asks for service.mem, which has no default.");
        robot.clickOn("#publishWarningsCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.publish().runningProperty().get()).isFalse();
        assertThat(publishedPackages()).as("cancelled: nothing written").isZero();

        startModal(publish::fire);
        waitFor("the confirmation again", () -> robot.lookup("#publishWarnings").tryQuery().isPresent());
        robot.clickOn("#publishWarningsGo");
        waitFor("the publish", () -> notification() != null);
        assertThat(notification().kind()).isEqualTo(Notification.Kind.SUCCESS);
        assertThat(publishedPackages()).isEqualTo(1);
    }

    @Test
    void theSameVersionWithOtherContentIsRefusedNamingTheRevisionWithNewRevisionOffered(FxRobot robot)
            throws Exception {
        run(robot, () -> robot.lookup("#publishButton").queryAs(SplitMenuButton.class).fire());
        waitFor("the first publish", () -> notification() != null && notification().kind() == Notification.Kind.SUCCESS);
        change(robot, RevisionFile.PACKAGE, "\"description\": \"", "\"description\": \"Changed. ");
        run(robot, () -> app.notificationProperty().set(null));

        run(robot, () -> robot.lookup("#publishButton").queryAs(SplitMenuButton.class).fire());
        waitFor("the refusal", () -> notification() != null);
        assertThat(notification().kind()).isEqualTo(Notification.Kind.ERROR);
        assertThat(robot.lookup("#notificationMessage").queryAs(Label.class).getText())
                .contains("is already published as revision 0, with other content");
        Button action = robot.lookup("#notificationAction").queryAs(Button.class);
        assertThat(action.isVisible()).isTrue();
        assertThat(action.getText()).isEqualTo("New revision");
    }

    @Test
    void publishingWithAnErrorIsRefusedAndShowsTheProblems(FxRobot robot) throws Exception {
        run(robot, () -> app.session().apply(Edit.of("break", r -> r.withText(RevisionFile.PACKAGE,
                r.text(RevisionFile.PACKAGE).orElseThrow().replaceFirst("\\{", "{ \"name\": ,")))));
        assertThat(app.problems().errorsProperty().get()).isPositive();

        run(robot, () -> robot.lookup("#publishButton").queryAs(SplitMenuButton.class).fire());
        waitFor("the refusal", () -> notification() != null);

        assertThat(notification().kind()).isEqualTo(Notification.Kind.ERROR);
        assertThat(notification().title()).contains("Not published");
        assertThat(notification().details()).contains("ERROR");
        TableView<?> table = robot.lookup("#problemsTable").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        try (var files = Files.list(UniverseRepository.open(folders.defaultRepository()).packagesDir())) {
            assertThat(files.toList()).as("nothing written").isEmpty();
        }
    }

    @Test
    void theServerServesWhatIsPublishedToClientsSendingCosmosHeadersAndLogsThem(FxRobot robot) throws Exception {
        run(robot, () -> app.publish().publish());
        waitFor("the publish", () -> notification() != null && notification().kind() == Notification.Kind.SUCCESS);
        String name = app.session().current().name().orElseThrow();

        run(robot, () -> app.tools().openServer());
        robot.clickOn("#startServer");
        waitFor("the server", () -> !robot.lookup("#serverUrl").queryAs(TextField.class).getText().isEmpty());
        String url = robot.lookup("#serverUrl").queryAs(TextField.class).getText();
        assertThat(url).startsWith("http://127.0.0.1:").endsWith("/repo");
        assertThat(robot.lookup("#serverCommand").queryAs(TextField.class).getText())
                .isEqualTo("dcos package repo add My-packages " + url);

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> first = fetch(client, url);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type").orElse("")).contains("version=v4");
        assertThat(first.body()).contains("\"" + name + "\"");
        ListView<?> log = robot.lookup("#serverLog").queryAs(ListView.class);
        waitFor("the request in the log", () -> !log.getItems().isEmpty());
        assertThat(app.server().log().get(0).release()).isNotNull();
        assertThat(robot.lookup("#serverReleases").queryAs(ListView.class).getItems()).isNotEmpty();

        // Edit and re-publish while it serves: the next request gets the new version.
        String version = app.session().current().version().orElseThrow();
        run(robot, () -> app.session().apply(Edit.of("version", r -> r.withText(RevisionFile.PACKAGE,
                r.text(RevisionFile.PACKAGE).orElseThrow().replace("\"" + version + "\"", "\"" + version + "-next\"")))));
        run(robot, () -> app.notificationProperty().set(null));
        run(robot, () -> app.publish().publish());
        waitFor("the second publish", () -> notification() != null);
        assertThat(notification().title()).contains("revision 1");
        waitFor("the new version served", () -> fetch(client, url).body().contains(version + "-next"));
        assertThat(app.server().runningProperty().get()).isTrue();
    }

    private static HttpResponse<String> fetch(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", V4 + "," + V3)
                .header("User-Agent", "cosmos/0.5.1 dcos/1.11.4").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theNewPackageWizardOpensAnUnsavedPackageThatValidatesCleanly(FxRobot robot) throws Exception {
        startModal(() -> app.tools().openNewPackageWizard());
        Button create = robot.lookup("#createPackage").queryAs(Button.class);
        assertThat(create.isDisabled()).isTrue();
        robot.clickOn("#wizardNameField").write("hello-cluster");
        robot.clickOn("#wizardMaintainerField").write("ada@example.com");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(create.isDisabled()).isFalse();
        robot.clickOn(create);
        WaitForAsyncUtils.waitForFxEvents();

        Revision r = app.session().current();
        assertThat(r.name()).contains("hello-cluster");
        assertThat(r.packagingVersion()).contains(PackagingVersion.V4_0);
        assertThat(r.origin().folderIfAny()).isEmpty();
        waitFor("validation", () -> app.validation().result() != null && app.validation().result().revision() == r);
        // Cleanly: no error and no warning (notes such as "say it is in preview" may remain).
        assertThat(app.validation().result().report().problems())
                .noneMatch(p -> p.severity() == io.universestudio.core.validate.Severity.ERROR
                        || p.severity() == io.universestudio.core.validate.Severity.WARNING);
    }

    @Test
    void aNewRevisionIsWrittenNextToThePreviousAndItsDiffIsShown(FxRobot robot) throws Exception {
        run(robot, () -> app.publish().publish());
        waitFor("the publish", () -> notification() != null);
        String name = app.session().current().name().orElseThrow();
        Path first = UniverseRepository.open(folders.defaultRepository()).find(name).orElseThrow().latest().orElseThrow().dir();
        run(robot, () -> app.main().open(first));
        waitFor("the revision opened", () -> app.session().current().origin().folderIfAny().isPresent());
        String before = app.session().current().version().orElseThrow();

        run(robot, () -> app.revisions().newRevision());
        waitFor("the new revision", () -> app.revisions().lastNewRevisionProperty().get() != null);

        Path second = first.resolveSibling("1");
        assertThat(second.resolve("package.json")).isRegularFile();
        assertThat(app.session().current().origin().folderIfAny()).contains(second);
        assertThat(app.session().current().version()).isPresent().get().isNotEqualTo(before);
        TabPane diff = robot.lookup("#revisionDiff").queryAs(TabPane.class);
        Tab pkg = diff.getTabs().stream().filter(t -> t.getText().startsWith("package.json")).findFirst().orElseThrow();
        assertThat(pkg.getText()).endsWith("\u2022");
        assertThat(robot.from(pkg.getContent()).lookup(".diff-changes").queryAs(ListView.class).getItems())
                .anySatisfy(line -> assertThat(line.toString()).startsWith("~ /version"));
        assertThat(diff.getTabs()).anySatisfy(t -> assertThat(t.getText()).startsWith("marathon app (rendered)"));
    }

    @Test
    void migratingA30CorpusPackageIsOneUndoableEditThatValidates(FxRobot robot) throws Exception {
        Path corpus = io.universestudio.testsupport.Shared.revision("A/arangodb3/0");
        Path copy = StudioWindow.copyRevision(corpus, home.resolve("old"));
        run(robot, () -> app.main().open(copy));
        waitFor("the revision opened", () -> app.session().current().origin().folderIfAny().isPresent());
        assertThat(app.session().current().packagingVersion()).contains(PackagingVersion.V3_0);

        run(robot, () -> app.revisions().migrate());

        assertThat(app.session().current().packagingVersion()).contains(PackagingVersion.V4_0);
        assertThat(app.session().current().has(RevisionFile.COMMAND)).isFalse();
        assertThat(notification().title()).contains("4.0");
        assertThat(notification().details()).isNotBlank();
        waitFor("validation", () -> app.validation().result().revision() == app.session().current());
        assertThat(app.validation().result().report().hasErrors()).isFalse();

        run(robot, () -> app.session().undo());
        assertThat(app.session().current().packagingVersion()).contains(PackagingVersion.V3_0);
        assertThat(app.session().isDirty()).isFalse();
    }

    @Test
    void thePublishMenuChoosesTheRepository(FxRobot robot) throws Exception {
        Path other = home.resolve("other-universe");
        run(robot, () -> {
            try {
                app.repositories().add(RepositorySettings.create("Second",
                        new RepositoryKind.LocalFolder(other.toAbsolutePath())), Optional.empty());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            app.publish().refresh();
        });
        SplitMenuButton publish = robot.lookup("#publishButton").queryAs(SplitMenuButton.class);
        assertThat(publish.getItems()).anySatisfy(i -> assertThat(i.getText()).isEqualTo("Second"));
        run(robot, () -> publish.getItems().stream().filter(i -> "Second".equals(i.getText())).findFirst().orElseThrow().fire());
        assertThat(publish.getText()).contains("Second");
        assertThat(app.repositories().current().selected().orElseThrow().name()).isEqualTo("Second");
    }

    @Test
    void anUnreachableGitRemoteGivesAHumanMessageWithDetailsAndChangesNothing(FxRobot robot) throws Exception {
        Path missing = home.resolve("no-such-remote.git");
        run(robot, () -> {
            try {
                RepositorySettings git = app.repositories().add(RepositorySettings.create("Gone",
                        new RepositoryKind.GitRemote(missing.toUri().toString(), "main", "Ada", "ada@example.com", "", "")),
                        Optional.empty());
                app.publish().refresh();
                app.publish().choose(git);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        startModal(() -> app.publish().publish());
        waitFor("the error dialog", () -> robot.lookup("#errorDialog").tryQuery().isPresent());

        javafx.scene.control.DialogPane dialog = robot.lookup("#errorDialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(dialog.getContentText()).as(((javafx.scene.control.TextArea) dialog.getExpandableContent()).getText())
                .contains("could not be reached").contains("Nothing was changed");
        assertThat(dialog.getExpandableContent()).isNotNull();
        assertThat(((javafx.scene.control.TextArea) dialog.getExpandableContent()).getText()).contains("no-such-remote.git");
        run(robot, () -> ((Button) dialog.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        assertThat(missing).doesNotExist();
        assertThat(app.publish().runningProperty().get()).isFalse();
    }

    @Test
    void thePublishedRepositoryOpensInTheNavigatorFilteredAndARevisionOpens(FxRobot robot) throws Exception {
        run(robot, () -> app.publish().publish());
        waitFor("the publish", () -> notification() != null);
        String name = app.session().current().name().orElseThrow();

        run(robot, () -> app.main().open(folders.defaultRepository()));
        javafx.scene.control.TreeView<?> tree = robot.lookup("#navigatorTree").queryAs(javafx.scene.control.TreeView.class);
        waitFor("the listing", () -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
        robot.clickOn("#navigatorFilter").write(name);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree.getRoot().getChildren()).hasSize(1);
        javafx.scene.control.TreeItem<?> revision = tree.getRoot().getChildren().get(0).getChildren().get(0);
        run(robot, () -> tree.getSelectionModel().select(tree.getRow((javafx.scene.control.TreeItem) revision)));
        robot.clickOn("#navigatorTree").type(javafx.scene.input.KeyCode.ENTER);
        waitFor("the revision opened", () -> app.session().current().origin().folderIfAny().isPresent());
        assertThat(app.session().current().origin().folderIfAny().orElseThrow().getFileName().toString()).isEqualTo("0");
    }
}

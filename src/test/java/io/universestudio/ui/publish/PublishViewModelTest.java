package io.universestudio.ui.publish;

import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.core.io.Samples;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.publish.PublishResult;
import io.universestudio.core.secrets.EncryptedFileCredentialStore;
import io.universestudio.core.settings.Repositories;
import io.universestudio.core.settings.RepositoryKind;
import io.universestudio.core.settings.RepositorySettings;
import io.universestudio.core.settings.SettingsStore;
import io.universestudio.core.settings.UserFolders;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.Notification;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.core.model.RevisionFile;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import io.universestudio.testsupport.ScriptedPrompts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/** The Publish view model without a window: real folders, the publish thread stood in by a queue we run. */
class PublishViewModelTest {

    @TempDir
    Path home;

    private SettingsStore store;
    private Repositories repositories;
    private final Deque<Runnable> publishThread = new ArrayDeque<>();
    private final SimpleObjectProperty<Notification> notification = new SimpleObjectProperty<>();
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private int problemsRevealed;
    private int newRevisions;
    private EditorSession session;
    private PublishViewModel model;

    @BeforeEach
    void setUp() {
        UserFolders folders = new UserFolders(home.resolve("config"), home.resolve("data"));
        store = new SettingsStore(folders, Debouncer.immediate());
        repositories = new Repositories(store, new EncryptedFileCredentialStore(home.resolve("creds")), store.defaults());
        Executor queued = publishThread::add;
        session = new EditorSession(Samples.load(Samples.DEFAULT));
        model = new PublishViewModel(session, repositories,
                new PublishTargets(new EncryptedFileCredentialStore(home.resolve("creds")), home.resolve("cache")),
                id -> Optional.empty(), () -> problemsRevealed++, () -> newRevisions++, notification, prompts,
                Messages.load(), queued, Runnable::run);
    }

    @AfterEach
    void tearDown() {
        store.flush();
    }

    private void runPublishThread() {
        while (!publishThread.isEmpty()) {
            publishThread.poll().run();
        }
    }

    private void change(RevisionFile file, String from, String to) {
        session.apply(Edit.of("test change", r -> {
            String text = r.text(file).orElseThrow();
            assertThat(text).contains(from);
            return r.withText(file, text.replace(from, to));
        }));
    }

    private List<Path> publishedPackages() throws Exception {
        Path root = ((RepositoryKind.LocalFolder) repositories.current().selected().orElseThrow().kind()).path();
        try (var s = Files.list(UniverseRepository.open(root).packagesDir())) {
            return s.toList();
        }
    }

    @Test
    void aTemplateThatDoesNotRenderJsonWithItsDefaultsIsRefusedWithTheReasonAndTheProblemsShown() throws Exception {
        change(RevisionFile.TEMPLATE, "\"cpus\": {{service.cpus}},", "\"cpus\": {{service.cpus}}");
        model.publish();
        runPublishThread();

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(notification.get().kind()).isEqualTo(Notification.Kind.ERROR);
        assertThat(notification.get().title()).isEqualTo("Not published to My packages");
        assertThat(notification.get().message()).contains("cannot be installed by a cluster")
                .contains("a comma is missing after template line 3").endsWith("Nothing was written.");
        assertThat(notification.get().details()).contains("TEMPLATE-NOT-JSON");
        assertThat(notification.get().action()).isNull();
        assertThat(problemsRevealed).isEqualTo(1);
        assertThat(prompts.confirmations).isEmpty();
        assertThat(publishedPackages()).isEmpty();
    }

    @Test
    void warningsAreListedForConfirmationAndCancellingWritesNothing() throws Exception {
        change(RevisionFile.CONFIG, "\"default\": 256,\n", "");
        prompts.confirm = false;
        model.publish();
        runPublishThread();

        assertThat(prompts.confirmations).hasSize(1);
        assertThat(prompts.confirmations.get(0)).startsWith("publishWarnings|Publish hello-web 1.0.0-0.1.0 to My packages with the warnings below?")
                .contains("Installing it asks for service.mem, which has no default.").endsWith("|Publish anyway");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.lastResultProperty().get()).isNull();
        assertThat(publishedPackages()).isEmpty();

        prompts.confirm = true;
        model.publish();
        runPublishThread();
        assertThat(prompts.confirmations).hasSize(2);
        assertThat(model.lastResultProperty().get().status()).isEqualTo(PublishResult.Status.PUBLISHED);
        assertThat(publishedPackages()).hasSize(1);
    }

    @Test
    void theSameVersionWithChangedContentIsRefusedNamingTheRevisionAndOfferingNewRevision() throws Exception {
        model.publish();
        runPublishThread();
        assertThat(model.lastResultProperty().get().status()).isEqualTo(PublishResult.Status.PUBLISHED);
        change(RevisionFile.PACKAGE, "\"description\": \"", "\"description\": \"Changed. ");
        model.publish();
        runPublishThread();

        assertThat(model.lastResultProperty().get().status()).isEqualTo(PublishResult.Status.REFUSED);
        assertThat(notification.get().kind()).isEqualTo(Notification.Kind.ERROR);
        assertThat(notification.get().message()).contains("already published as revision 0, with other content");
        assertThat(notification.get().action().label()).isEqualTo("New revision");
        notification.get().action().run().run();
        assertThat(newRevisions).isEqualTo(1);
        assertThat(problemsRevealed).isZero();
    }

    @Test
    void cancellingBeforeTheFirstStepWritesNothingAndSaysSo() throws Exception {
        model.publish();
        assertThat(model.runningProperty().get()).isTrue();
        model.publish(); // a second click while running does nothing
        assertThat(publishThread).hasSize(1);
        model.cancel();
        runPublishThread();

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.lastResultProperty().get().status()).isEqualTo(PublishResult.Status.CANCELLED);
        assertThat(notification.get().title()).isEqualTo("Publishing cancelled");
        Path root = ((RepositoryKind.LocalFolder) repositories.current().selected().orElseThrow().kind()).path();
        try (var s = Files.list(UniverseRepository.open(root).packagesDir())) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void publishingTheSameContentTwiceTellsThatNothingChanged() {
        model.publish();
        runPublishThread();
        assertThat(notification.get().kind()).isEqualTo(Notification.Kind.SUCCESS);
        model.publish();
        runPublishThread();
        assertThat(model.lastResultProperty().get().status()).isEqualTo(PublishResult.Status.UNCHANGED);
        assertThat(notification.get().kind()).isEqualTo(Notification.Kind.INFO);
        assertThat(notification.get().title()).contains("already published as revision 0");
    }

    @Test
    void aBuiltInServerEntryPublishesIntoItsFolderAndGivesTheRepoAddCommand() throws Exception {
        RepositorySettings local = repositories.current().selected().orElseThrow();
        RepositorySettings server = repositories.add(RepositorySettings.create("Team server",
                new RepositoryKind.BuiltInServer(local.id(), 9000, "")), Optional.empty());
        model.refresh();
        model.choose(server);
        model.publish();
        runPublishThread();

        assertThat(notification.get().kind()).isEqualTo(Notification.Kind.SUCCESS);
        assertThat(notification.get().command()).isEqualTo("dcos package repo add Team-server http://127.0.0.1:9000/repo");
        assertThat(prompts.errors).isEmpty();
    }
}

package io.universestudio.ui.app;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.render.Renderer;
import io.universestudio.core.validate.Validator;
import io.universestudio.ui.preview.PreviewView;
import io.universestudio.ui.preview.PreviewViewModel;
import io.universestudio.ui.session.LivePreview;
import io.universestudio.ui.common.Appearance;
import io.universestudio.ui.common.DialogService;
import io.universestudio.ui.common.Messages;
import io.universestudio.core.settings.UserFolders;
import io.universestudio.ui.common.ViewLoader;
import io.universestudio.ui.editor.pkg.PackageFormView;
import io.universestudio.ui.editor.pkg.PackageFormViewModel;
import io.universestudio.ui.main.EditorTabs;
import io.universestudio.ui.main.MainViewModel;
import io.universestudio.ui.main.MainWindowController;
import io.universestudio.ui.main.NavigatorView;
import io.universestudio.ui.prefs.PreferencesStore;
import io.universestudio.ui.problems.ProblemsView;
import io.universestudio.ui.problems.ProblemsViewModel;
import io.universestudio.ui.session.DraftStore;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.ui.session.LiveValidation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The one composition root: builds every service, view model and view through constructors, and owns
 * the background threads. No statics, no service locator; tests build their own with direct workers and
 * their own user folders.
 */
public final class AppContext {

    private static final System.Logger LOG = System.getLogger(AppContext.class.getName());

    private final Workers workers;
    private final UserFolders folders;
    private final Messages messages = Messages.load();
    private final PreferencesStore preferences;
    private final DraftStore drafts;
    private final EditorSession session;
    private final LiveValidation validation;
    private final ProblemsViewModel problems = new ProblemsViewModel();
    private final Appearance appearance;
    private final LivePreview preview;
    private MainViewModel main;
    private MainWindowController controller;
    private PackageFormView packageForm;
    private EditorTabs tabs;
    private VisualEditors visualEditors;
    private Stage stage;
    private PreviewViewModel previewModel;
    private PublishingParts publishing;

    public AppContext(UserFolders folders, Workers workers) {
        this.workers = workers;
        this.folders = folders;
        Clock clock = Clock.systemUTC();
        this.preferences = new PreferencesStore(folders.config(), workers.ioDebouncer(Duration.ofMillis(500)), clock);
        preferences.load();
        this.drafts = new DraftStore(folders.data(), workers.ioDebouncer(Duration.ofSeconds(1)), clock);
        // Empty until show() opens the draft, the argument or the sample: checking and rendering a sample
        // that is replaced at once would only slow the start.
        this.session = new EditorSession(Revision.empty(RevisionOrigin.NEW));
        Validator validator = new Validator();
        this.validation = new LiveValidation(session, validator::validate, workers.liveDebouncer(false),
                workers.validation(), workers.fx());
        validation.resultProperty().addListener((o, a, r) -> problems.show(r.report()));
        if (validation.result() != null) {
            problems.show(validation.result().report());
        }
        this.appearance = new Appearance(preferences);
        Renderer renderer = new Renderer();
        this.preview = new LivePreview(session, renderer::render, workers.liveDebouncer(true), workers.render(), workers.fx());
    }

    /** Builds the window on {@code stage}, opens what it should (draft, argument or sample) and shows it. */
    public void show(Stage stage, Optional<Path> argument) {
        this.stage = stage;
        DialogService dialogs = new DialogService(messages, () -> this.stage);
        main = new MainViewModel(session, dialogs, preferences, drafts, messages, workers.io(), workers.fx());
        main.start(argument);
        drafts.watch(session);

        PackageFormViewModel formModel = new PackageFormViewModel(session, messages);
        packageForm = new PackageFormView(formModel, problems, messages);
        visualEditors = new VisualEditors(session, messages, dialogs, folders.data(), workers.io());
        tabs = new EditorTabs(session, problems, packageForm, messages, workers.highlight(), visualEditors.forms());
        visualEditors.attachTemplate(tabs, session);
        visualEditors.feedPreview(preview);
        NavigatorView navigator = new NavigatorView(main, messages, f -> tabs.select(f, true), main::open);
        ProblemsView problemsView = new ProblemsView(problems, messages);
        previewModel = new PreviewViewModel(preview, session, messages);
        previewModel.setProblemSink(problems::showPreviewProblems);
        PreviewView previewView = new PreviewView(previewModel, messages, workers.highlight(),
                (tag, option) -> tabs.selectInTemplate(tag.startOffset(), tag.endOffset()));
        controller = new MainWindowController(main, problems, validation, appearance, messages, dialogs, tabs,
                navigator, problemsView, previewView, preview.lastMillisProperty(), this::requestClose);
        Parent root = new ViewLoader(messages).load(controller, "MainWindow.fxml");
        publishing = new PublishingParts(folders, workers, messages, session, main, dialogs, () -> this.stage);
        publishing.install(root);

        Scene scene = new Scene(root);
        appearance.attach(scene, root);
        installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(main.titleBinding());
        addIcons(stage);
        WindowState windowState = new WindowState(preferences);
        windowState.restore(stage);
        windowState.track(stage, controller.mainSplit(), controller.workSplit(), controller.editorSplit());
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        stage.show();
    }

    /** Undo, redo and zoom keys that must work even where a text control would take them for itself. */
    private void installShortcuts(Scene scene) {
        KeyCombination undo = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        KeyCombination redo = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
        KeyCombination redo2 = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
        KeyCombination zoomIn = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
        KeyCombination zoomIn2 = new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN);
        KeyCombination zoomOut = new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (undo.match(e)) {
                tabs.commitPending();
                session.undo();
            } else if (redo.match(e) || redo2.match(e)) {
                tabs.commitPending();
                session.redo();
            } else if (zoomIn.match(e) || zoomIn2.match(e)) {
                appearance.zoomIn();
            } else if (zoomOut.match(e)) {
                appearance.zoomOut();
            } else {
                return;
            }
            e.consume();
        });
    }

    /** Window icons, if the build has them; a missing or broken icon is no reason to stop. */
    private static void addIcons(Stage stage) {
        for (int size : new int[]{16, 24, 32, 48, 64, 128, 256, 512}) {
            try (InputStream in = AppContext.class.getResourceAsStream("/io/universestudio/icons/app-" + size + ".png")) {
                if (in != null) {
                    Image image = new Image(in);
                    if (!image.isError()) {
                        stage.getIcons().add(image);
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "Icon app-" + size + ".png could not be loaded", e);
            }
        }
    }

    /** Closes the window after asking about unsaved changes; false when the person chose to stay. */
    public boolean requestClose() {
        tabs.commitPending();
        if (!main.confirmLeave()) {
            return false;
        }
        drafts.discard();
        preferences.flush();
        stage.close();
        return true;
    }

    /** Stops the background threads (after the window has closed). */
    public void shutdown() {
        if (publishing != null) {
            publishing.shutdown();
        }
        preferences.flush();
        if (visualEditors != null) {
            visualEditors.close();
        }
        workers.shutdown();
    }

    public EditorSession session() {
        return session;
    }

    public MainViewModel main() {
        return main;
    }

    public ProblemsViewModel problems() {
        return problems;
    }

    public LiveValidation validation() {
        return validation;
    }

    public LivePreview preview() {
        return preview;
    }

    public PreviewViewModel previewModel() {
        return previewModel;
    }

    public PreferencesStore preferences() {
        return preferences;
    }

    public DraftStore drafts() {
        return drafts;
    }

    public Appearance appearance() {
        return appearance;
    }

    public PackageFormView packageForm() {
        return packageForm;
    }

    public VisualEditors visualEditors() {
        return visualEditors;
    }

    public EditorTabs tabs() {
        return tabs;
    }

    public MainWindowController controller() {
        return controller;
    }

    public PublishingParts publishing() {
        return publishing;
    }
}

package io.universestudio.ui.app;

import io.universestudio.core.authoring.AppRenderer;
import io.universestudio.core.concurrent.HeadStart;
import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.io.OperatingSystem;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.render.RenderRequest;
import io.universestudio.core.render.RenderSuccess;
import io.universestudio.core.render.Renderer;
import io.universestudio.core.resource.ImageFetcher;
import io.universestudio.core.secrets.CredentialStore;
import io.universestudio.core.secrets.CredentialStores;
import io.universestudio.core.serve.RepositoryServer;
import io.universestudio.core.settings.Repositories;
import io.universestudio.core.settings.SettingsStore;
import io.universestudio.core.settings.UserFolders;
import io.universestudio.core.validate.ValidationReport;
import io.universestudio.core.validate.Validator;
import io.universestudio.ui.common.Appearance;
import io.universestudio.ui.common.DialogService;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.Notification;
import io.universestudio.ui.common.WindowService;
import io.universestudio.ui.editor.config.InstallFormViewModel;
import io.universestudio.ui.editor.config.OptionsEditorViewModel;
import io.universestudio.ui.editor.pkg.PackageFormView;
import io.universestudio.ui.editor.pkg.PackageFormViewModel;
import io.universestudio.ui.editor.raw.SourceEditors;
import io.universestudio.ui.editor.resource.ResourcesEditorViewModel;
import io.universestudio.ui.editor.template.TemplateAssist;
import io.universestudio.ui.help.HelpWindows;
import io.universestudio.ui.help.ShortcutSheet;
import io.universestudio.ui.find.FindActions;
import io.universestudio.ui.find.FindInFilesViewModel;
import io.universestudio.ui.main.EditorTabs;
import io.universestudio.ui.main.ExportViewModel;
import io.universestudio.ui.main.MainViewModel;
import io.universestudio.ui.main.MainWindowController;
import io.universestudio.ui.main.NavigatorView;
import io.universestudio.ui.main.ToolWindows;
import io.universestudio.ui.prefs.PreferencesStore;
import io.universestudio.ui.prefs.RepositoriesViewModel;
import io.universestudio.ui.preview.PreviewView;
import io.universestudio.ui.preview.PreviewViewModel;
import io.universestudio.ui.problems.ProblemsView;
import io.universestudio.ui.problems.ProblemsViewModel;
import io.universestudio.ui.publish.PublishTargets;
import io.universestudio.ui.publish.PublishViewModel;
import io.universestudio.ui.serve.ServerViewModel;
import io.universestudio.ui.session.DraftStore;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.ui.session.LivePreview;
import io.universestudio.ui.session.LiveValidation;
import io.universestudio.ui.wizard.NewPackageViewModel;
import io.universestudio.ui.wizard.RevisionsViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one composition root: builds every service and view model through constructors (the constructor),
 * then the views of the window (show), and owns the background threads. No statics, no service locator;
 * tests build their own with direct workers and their own user folders.
 */
public final class AppContext {

    private static final System.Logger LOG = System.getLogger(AppContext.class.getName());

    private final Workers workers;
    private final Messages messages = Messages.load();
    private final PreferencesStore preferences;
    private final DraftStore drafts;
    private final EditorSession session;
    private final LiveValidation validation;
    private final ProblemsViewModel problems = new ProblemsViewModel();
    private final LivePreview preview;
    private final Appearance appearance;
    private final WindowService windows;
    private final DialogService dialogs;
    private final SettingsStore settingsStore;
    private final Repositories repositories;
    private final ImageFetcher images;
    private final ObjectProperty<Notification> notification = new SimpleObjectProperty<>(this, "notification");
    private final ServerViewModel server;
    private final PublishViewModel publish;
    private final RevisionsViewModel revisions;
    private final RepositoriesViewModel repositoriesModel;
    private final MainViewModel main;
    private final HeadStart<Revision, ValidationReport> firstCheck;
    private final PackageFormViewModel packageFormModel;
    private final OptionsEditorViewModel optionsModel;
    private final InstallFormViewModel installForm;
    private final ResourcesEditorViewModel resourcesModel;
    private final PreviewViewModel previewModel;
    private final FindInFilesViewModel findInFiles;
    private MainWindowController controller;
    private FindActions find;
    private PackageFormView packageForm;
    private EditorTabs tabs;
    private VisualEditors visualEditors;
    private ToolWindows tools;
    private HelpWindows help;
    private Stage stage;

    public AppContext(UserFolders folders, Workers workers) {
        this.workers = workers;
        Clock clock = Clock.systemUTC();
        this.preferences = new PreferencesStore(folders.config(), workers.ioDebouncer(Duration.ofMillis(500)), clock);
        preferences.load();
        this.drafts = new DraftStore(folders.data(), workers.ioDebouncer(Duration.ofSeconds(1)), clock);
        // Empty until show() opens the draft, the argument or the sample: checking and rendering a sample
        // that is replaced at once would only slow the start.
        this.session = new EditorSession(Revision.empty(RevisionOrigin.NEW));
        Validator validator = new Validator();
        // The package the window opens is checked while its views are built (ADR 0150).
        this.firstCheck = new HeadStart<>(validator::validate, workers.validation());
        this.validation = new LiveValidation(session, firstCheck, workers.liveDebouncer(false),
                workers.validation(), workers.fx());
        validation.resultProperty().addListener((o, a, r) -> problems.show(r.report()));
        if (validation.result() != null) {
            problems.show(validation.result().report());
        }
        Renderer renderer = new Renderer();
        this.preview = new LivePreview(session, renderer::render, workers.liveDebouncer(true), workers.render(), workers.fx());
        this.appearance = new Appearance(preferences);
        this.windows = new WindowService(appearance);
        this.dialogs = new DialogService(messages, windows);

        this.settingsStore = new SettingsStore(folders, workers.ioDebouncer(SettingsStore.DEFAULT_DEBOUNCE));
        CredentialStore credentials = CredentialStores.forThisComputer(OperatingSystem.current(), folders.config(), Map.of());
        this.repositories = new Repositories(settingsStore, credentials, loadSettings(settingsStore).settings());
        this.images = new ImageFetcher(folders.data().resolve("image-cache"), Duration.ofSeconds(5));
        this.server = new ServerViewModel(repositories::current, repositories::rememberServerBind, AppContext::startServer, dialogs, messages,
                workers.publish(), workers.fx(), workers.fxLater());
        this.revisions = new RevisionsViewModel(session, notification, dialogs, messages, renderedApp(renderer),
                workers.io(), workers.fx());
        this.publish = new PublishViewModel(session, repositories,
                new PublishTargets(credentials, folders.data().resolve("cache").resolve("git")),
                server::urlFor, this::revealProblems, revisions::newRevision, notification, dialogs, messages, workers.publish(), workers.fx());
        this.repositoriesModel = new RepositoriesViewModel(repositories, messages, workers.publish(), workers.fx(), () -> {
            publish.refresh();
            server.refresh();
        });

        this.main = new MainViewModel(session, dialogs, preferences, drafts, messages, workers.io(), workers.fx());
        main.onRead(firstCheck::begin);
        this.packageFormModel = new PackageFormViewModel(session, messages, revisions.migrations());
        this.optionsModel = new OptionsEditorViewModel(session, messages);
        // The install form and the preview's what-if list show and set the same what-if options.
        this.installForm = new InstallFormViewModel(optionsModel.schemaProperty(), preview.optionsProperty());
        this.resourcesModel = new ResourcesEditorViewModel(session, messages, images,
                folders.data().resolve("icons"), workers.io(), workers.fx(), workers.fxLater());
        this.previewModel = new PreviewViewModel(preview, session, messages, workers.render(), workers.fx());
        previewModel.setProblemSink(problems::showPreviewProblems);
        this.findInFiles = new FindInFilesViewModel(session, messages, workers.highlight(), workers.fx());
    }

    private static SettingsStore.Loaded loadSettings(SettingsStore store) {
        SettingsStore.Loaded loaded = store.load();
        loaded.notes().forEach(n -> LOG.log(System.Logger.Level.WARNING, n));
        if (loaded.status() == SettingsStore.Loaded.Status.FIRST_USE) {
            // Saved at once so the default repository keeps its id (the selection points to it) from now on.
            store.save(loaded.settings());
        }
        return loaded;
    }

    /** The built-in server: re-indexes a second after the folder changes. */
    private static RepositoryServer startServer(Path root, String bindAddress, int port) throws java.io.IOException {
        return RepositoryServer.create(root, bindAddress, port, Duration.ofSeconds(1), new IndexGenerator()).start();
    }

    /** The app rendered with its defaults, as the diff of a new revision compares it. */
    private static AppRenderer renderedApp(Renderer renderer) {
        return revision -> renderer.render(revision, RenderRequest.defaults()) instanceof RenderSuccess ok
                ? Optional.of(JsonText.pretty(ok.app())) : Optional.empty();
    }

    /** Builds the window on {@code stage}, opens what it should (draft, argument or sample) and shows it. */
    public void show(Stage stage, Optional<Path> argument) {
        this.stage = stage;
        windows.applyTheme();
        main.start(argument);
        drafts.watch(session);
        StartupTimer.mark("package read");

        packageForm = new PackageFormView(packageFormModel, problems, messages, workers.fxLater());
        visualEditors = new VisualEditors(optionsModel, installForm, resourcesModel, messages, dialogs);
        SourceEditors editors = new SourceEditors(workers.highlight(), workers.fx(), windows, messages);
        tabs = new EditorTabs(session, problems, packageForm, messages, editors, visualEditors.forms());
        visualEditors.connectForms(tabs);
        visualEditors.attachTemplate(tabs, session, windows);
        NavigatorView navigator = new NavigatorView(main, messages, f -> tabs.select(f, true), main::open);
        ProblemsView problemsView = new ProblemsView(problems, messages);
        PreviewView previewView = new PreviewView(previewModel, messages, editors,
                (tag, option) -> tabs.selectInTemplate(tag.startOffset(), tag.endOffset()));
        tabs.whenSourceMade(io.universestudio.core.model.RevisionFile.TEMPLATE, previewView::followCaretOf);
        tools = new ToolWindows(windows, dialogs, messages, main, server, repositoriesModel, publish::choose,
                NewPackageViewModel::new, workers.desktop(),
                new ExportViewModel(session, notification, messages, workers.io(), workers.fx()));
        revisions.lastNewRevisionProperty().addListener((o, a, result) -> {
            if (result != null) {
                tools.showDiff(result);
            }
        });
        help = new HelpWindows(windows, messages, () -> controller.menuBar(), keysOutsideTheMenus());
        controller = new MainWindowController(main, problems, validation, appearance, messages, dialogs, tabs,
                navigator, problemsView, previewView, preview.lastMillisProperty(), this::requestClose,
                new MainWindowController.Publishing(publish, revisions, notification, tools, server), help);
        Parent root = controller.build();
        find = new FindActions(tabs, () -> stage.getScene() == null ? null : stage.getScene().getFocusOwner(), windows,
                messages, findInFiles);
        controller.setFindActions(find);

        Scene scene = windows.adoptMain(stage, root);
        installShortcuts(scene);
        stage.titleProperty().bind(main.titleBinding());
        WindowState windowState = new WindowState(preferences, workers.fxLater());
        windowState.restore(stage);
        windowState.track(stage, controller.mainSplit(), controller.workSplit(), controller.editorSplit());
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        StartupTimer.mark("views built");
        stage.show();
    }

    private void revealProblems() {
        if (controller != null) {
            controller.revealProblems();
        }
    }

    // Undo, redo and zoom keys that must work even where a text control would take them for itself.
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_2 = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination ZOOM_IN_2 = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ZOOM_IN_3 = new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ZOOM_OUT_2 = new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN);

    /** Undo, redo, zoom and find keys that must work even where a text control would take them for itself. */
    private void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (findKey(e)) {
                e.consume();
                return;
            }
            if (UNDO.match(e)) {
                tabs.commitPending();
                session.undo();
            } else if (REDO.match(e) || REDO_2.match(e)) {
                tabs.commitPending();
                session.redo();
            } else if (ZOOM_IN_2.match(e) || ZOOM_IN_3.match(e)) {
                appearance.zoomIn();
            } else if (ZOOM_OUT_2.match(e)) {
                appearance.zoomOut();
            } else {
                return;
            }
            e.consume();
        });
    }

    /**
     * The keys handled outside the menus (the menus' own accelerators are read from the menu bar), from the
     * very combinations that are matched, for the keyboard shortcuts sheet.
     */
    private List<ShortcutSheet.Entry> keysOutsideTheMenus() {
        String everywhere = messages.get("shortcut.everywhere");
        return List.of(
                ShortcutSheet.Entry.of(everywhere, messages.get("shortcut.redo"), REDO_2),
                ShortcutSheet.Entry.of(everywhere, messages.get("shortcut.zoomIn"), ZOOM_IN_2),
                ShortcutSheet.Entry.of(everywhere, messages.get("shortcut.zoomIn"), ZOOM_IN_3),
                ShortcutSheet.Entry.of(everywhere, messages.get("shortcut.zoomOut"), ZOOM_OUT_2),
                ShortcutSheet.Entry.of(messages.get("shortcut.template"), messages.get("shortcut.complete"), TemplateAssist.COMPLETE),
                ShortcutSheet.Entry.of(messages.get("shortcut.problems"), messages.get("shortcut.goToProblem"),
                        new KeyCodeCombination(KeyCode.ENTER)),
                ShortcutSheet.Entry.of(messages.get("shortcut.windows"), messages.get("shortcut.closeWindow"),
                        new KeyCodeCombination(KeyCode.ESCAPE)));
    }

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND_IN_FILES = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REPLACE = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination GO_TO_LINE = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND_NEXT = new KeyCodeCombination(KeyCode.F3);
    private static final KeyCombination FIND_PREVIOUS = new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN);

    /** Ctrl+F, Ctrl+H, F3, Shift+F3, Ctrl+G and Ctrl+Shift+F; true when the key was one of them. */
    private boolean findKey(KeyEvent e) {
        if (FIND.match(e)) {
            find.find(false);
        } else if (REPLACE.match(e)) {
            find.find(true);
        } else if (FIND_NEXT.match(e)) {
            find.findNext(true);
        } else if (FIND_PREVIOUS.match(e)) {
            find.findNext(false);
        } else if (GO_TO_LINE.match(e)) {
            find.goToLine();
        } else if (FIND_IN_FILES.match(e)) {
            find.findInFiles();
        } else {
            return false;
        }
        return true;
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

    /** Stops the server and the background threads and writes what is pending (after the window has closed). */
    public void shutdown() {
        server.shutdown();
        settingsStore.flush();
        preferences.flush();
        images.close();
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

    public WindowService windows() {
        return windows;
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

    public FindActions find() {
        return find;
    }

    public FindInFilesViewModel findInFiles() {
        return findInFiles;
    }

    public ToolWindows tools() {
        return tools;
    }

    public HelpWindows help() {
        return help;
    }

    public PublishViewModel publish() {
        return publish;
    }

    public ServerViewModel server() {
        return server;
    }

    public RevisionsViewModel revisions() {
        return revisions;
    }

    public Repositories repositories() {
        return repositories;
    }

    public ObjectProperty<Notification> notificationProperty() {
        return notification;
    }
}

package io.universestudio.ui.app;

import io.universestudio.core.authoring.AppRenderer;
import io.universestudio.core.authoring.NewRevision;
import io.universestudio.core.io.OperatingSystem;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.render.RenderRequest;
import io.universestudio.core.render.RenderSuccess;
import io.universestudio.core.render.Renderer;
import io.universestudio.core.secrets.CredentialStore;
import io.universestudio.core.secrets.CredentialStores;
import io.universestudio.core.settings.Repositories;
import io.universestudio.core.settings.RepositorySettings;
import io.universestudio.core.settings.SettingsStore;
import io.universestudio.core.settings.UserFolders;
import io.universestudio.ui.common.Icons;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.Notification;
import io.universestudio.ui.common.NotificationBar;
import io.universestudio.ui.common.Prompts;
import io.universestudio.ui.common.ViewLoader;
import io.universestudio.ui.main.MainViewModel;
import io.universestudio.ui.prefs.RepositoriesController;
import io.universestudio.ui.prefs.RepositoriesViewModel;
import io.universestudio.ui.publish.PublishTargets;
import io.universestudio.ui.publish.PublishViewModel;
import io.universestudio.ui.serve.ServerPanel;
import io.universestudio.ui.serve.ServerViewModel;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.ui.wizard.NewPackageController;
import io.universestudio.ui.wizard.NewPackageViewModel;
import io.universestudio.ui.wizard.RevisionDiffView;
import io.universestudio.ui.wizard.RevisionsViewModel;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Publishing, the repositories preferences, the built-in server, the New package wizard, New revision and
 * Migrate, composed here and added to the main window by id ({@code #toolBar}, {@code #menuBar},
 * {@code #statusBar}), so the main window's FXML and controller need no change for them.
 */
public final class PublishingParts {

    private static final System.Logger LOG = System.getLogger(PublishingParts.class.getName());

    private final Messages messages;
    private final EditorSession session;
    private final MainViewModel main;
    private final Prompts prompts;
    private final Supplier<Window> owner;
    private final Workers workers;
    private final SettingsStore settingsStore;
    private final Repositories repositories;
    private final ObjectProperty<Notification> notification = new SimpleObjectProperty<>(this, "notification");
    private final ServerViewModel server;
    private final PublishViewModel publish;
    private final RevisionsViewModel revisions;
    private Parent root;
    private Stage serverWindow;
    private Stage repositoriesWindow;
    private RepositoriesController repositoriesController;
    private Stage diffWindow;

    public PublishingParts(UserFolders folders, Workers workers, Messages messages, EditorSession session,
                           MainViewModel main, Prompts prompts, Supplier<Window> owner) {
        this.messages = messages;
        this.session = session;
        this.main = main;
        this.prompts = prompts;
        this.owner = owner;
        this.workers = workers;
        this.settingsStore = new SettingsStore(folders, workers.ioDebouncer(SettingsStore.DEFAULT_DEBOUNCE));
        SettingsStore.Loaded loaded = settingsStore.load();
        loaded.notes().forEach(n -> LOG.log(System.Logger.Level.WARNING, n));
        if (loaded.status() == SettingsStore.Loaded.Status.FIRST_USE) {
            // Saved at once so the default repository keeps its id (the selection points to it) from now on.
            settingsStore.save(loaded.settings());
        }
        CredentialStore credentials = CredentialStores.forThisComputer(OperatingSystem.current(), folders.config(), Map.of());
        this.repositories = new Repositories(settingsStore, credentials, loaded.settings());
        this.server = new ServerViewModel(repositories::current, prompts, messages, workers.publish(), workers.fx(),
                Platform::runLater);
        this.publish = new PublishViewModel(session, repositories,
                new PublishTargets(credentials, folders.data().resolve("cache").resolve("git")), server::urlFor,
                this::revealProblems, notification, prompts, messages, workers.publish(), workers.fx());
        this.revisions = new RevisionsViewModel(session, notification, prompts, messages, renderedApp(),
                workers.io(), workers.fx());
        revisions.lastNewRevisionProperty().addListener((o, a, result) -> {
            if (result != null) {
                showDiff(result);
            }
        });
    }

    /** The app rendered with its defaults, as the diff of a new revision compares it. */
    private static AppRenderer renderedApp() {
        Renderer renderer = new Renderer();
        return revision -> renderer.render(revision, RenderRequest.defaults()) instanceof RenderSuccess ok
                ? Optional.of(JsonText.pretty(ok.app())) : Optional.empty();
    }

    /** Adds the Publish button, the menus, the banner and the progress to the main window. */
    public void install(Parent windowRoot) {
        this.root = windowRoot;
        ToolBar toolBar = (ToolBar) windowRoot.lookup("#toolBar");
        toolBar.getItems().add(publishButton());
        MenuBar menuBar = (MenuBar) windowRoot.lookup("#menuBar");
        Menu file = menuBar.getMenus().get(0);
        int afterNew = Math.min(1, file.getItems().size());
        file.getItems().add(afterNew, item("action.newPackageWizard", "Shortcut+Shift+N", this::openNewPackageWizard));
        MenuItem newRevision = item("action.newRevision", null, revisions::newRevision);
        newRevision.setId("newRevisionItem");
        file.getItems().add(afterNew + 1, newRevision);
        file.getItems().add(afterNew + 2, item("action.openRepository", null, this::openRepository));
        file.setOnShowing(e -> newRevision.setDisable(!revisions.canCreateRevision()));
        Menu tools = new Menu(messages.get("menu.tools"));
        tools.setId("toolsMenu");
        tools.getItems().addAll(
                item("action.publish", "Shortcut+Shift+P", publish::publish),
                item("action.server", "F9", this::openServer),
                item("action.repositories", "Shortcut+Comma", () -> openRepositories(null)),
                new SeparatorMenuItem(),
                item("action.migrate", null, revisions::migrate));
        menuBar.getMenus().add(tools);
        if (windowRoot instanceof BorderPane border && border.getTop() instanceof Pane top) {
            top.getChildren().add(new NotificationBar(notification, messages, this::openLink));
        }
        Pane status = (Pane) windowRoot.lookup("#statusBar");
        status.getChildren().add(1, progress());
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.valueOf(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private SplitMenuButton publishButton() {
        SplitMenuButton button = new SplitMenuButton();
        button.setId("publishButton");
        button.setGraphic(Icons.of("mdi2c-cloud-upload"));
        button.textProperty().bind(Bindings.createStringBinding(() -> publish.selectedProperty().get() == null
                ? messages.get("publish.button") : messages.get("publish.buttonTo", publish.selectedProperty().get().name()),
                publish.selectedProperty()));
        button.disableProperty().bind(publish.runningProperty());
        button.setOnAction(e -> publish.publish());
        Runnable rebuild = () -> {
            ToggleGroup group = new ToggleGroup();
            button.getItems().clear();
            for (RepositorySettings r : publish.choices()) {
                RadioMenuItem choice = new RadioMenuItem(r.name());
                choice.setMnemonicParsing(false);
                choice.setToggleGroup(group);
                choice.setSelected(publish.selectedProperty().get() != null
                        && publish.selectedProperty().get().id().equals(r.id()));
                choice.setOnAction(e -> publish.choose(r));
                button.getItems().add(choice);
            }
            button.getItems().add(new SeparatorMenuItem());
            button.getItems().add(item("publish.details", null, () -> openRepositories(publish.selectedProperty().get())));
            button.getItems().add(item("action.server", null, this::openServer));
        };
        publish.choices().addListener((ListChangeListener<RepositorySettings>) c -> rebuild.run());
        publish.selectedProperty().addListener((o, a, b) -> rebuild.run());
        rebuild.run();
        return button;
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("publishProgress");
        bar.setPrefWidth(120);
        bar.progressProperty().bind(publish.progressProperty());
        Label step = new Label();
        step.setId("publishStep");
        step.textProperty().bind(publish.stepProperty());
        Button cancel = new Button(messages.get("publish.cancel"));
        cancel.setId("cancelPublish");
        cancel.setOnAction(e -> publish.cancel());
        HBox box = new HBox(6, bar, step, cancel);
        box.visibleProperty().bind(publish.runningProperty());
        box.managedProperty().bind(publish.runningProperty());
        return box;
    }

    /** Brings the problems panel forward with its first problem selected. */
    private void revealProblems() {
        if (root != null && root.lookup("#problemsTable") instanceof TableView<?> table) {
            if (!table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
                table.scrollTo(0);
            }
            table.requestFocus();
        }
    }

    private void openLink(String url) {
        ClipboardContent content = new ClipboardContent();
        content.putString(url);
        Clipboard.getSystemClipboard().setContent(content);
        // The browser is started off the FX thread: java.awt.Desktop may block while it starts one.
        Thread t = new Thread(() -> {
            try {
                if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                    java.awt.Desktop.getDesktop().browse(URI.create(url));
                }
            } catch (Exception e) {
                LOG.log(System.Logger.Level.INFO, "No browser could be opened for " + url + "; it is on the clipboard", e);
            }
        }, "open-link");
        t.setDaemon(true);
        t.start();
    }

    /** File > New package…: the wizard, then the new unsaved package in the editor. */
    public void openNewPackageWizard() {
        NewPackageViewModel model = new NewPackageViewModel();
        Parent content = new ViewLoader(messages).load(new NewPackageController(model, messages), "NewPackage.fxml");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("wizard.title"));
        dialog.getDialogPane().setId("newPackageDialog");
        dialog.getDialogPane().setContent(content);
        ButtonType create = new ButtonType(messages.get("wizard.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        Node createButton = dialog.getDialogPane().lookupButton(create);
        createButton.setId("createPackage");
        createButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.problemsBinding().get().isEmpty(),
                model.problemsBinding()));
        dialog.setOnShown(e -> {
            Node name = content.lookup("#wizardNameField");
            if (name != null) {
                name.requestFocus();
            }
        });
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) == create && main.confirmLeave()) {
            session.open(model.create());
            main.statusProperty().set(messages.get("status.newPackage", model.request().name()));
        }
    }

    private void openRepository() {
        prompts.chooseFolder(messages.get("action.openRepository"), null).ifPresent(main::open);
    }

    /** Tools > Server…: one window, kept while the server runs even when closed. */
    public void openServer() {
        server.refresh();
        if (serverWindow == null) {
            serverWindow = new Stage();
            serverWindow.initOwner(owner.get());
            serverWindow.setTitle(messages.get("server.title"));
            Scene scene = new Scene(new ServerPanel(server, messages), 640, 520);
            copyStyles(scene);
            serverWindow.setScene(scene);
        }
        serverWindow.show();
        serverWindow.toFront();
    }

    /** Preferences > Repositories, showing {@code selected} when given. */
    public void openRepositories(RepositorySettings selected) {
        if (repositoriesWindow == null) {
            RepositoriesViewModel model = new RepositoriesViewModel(repositories, messages, workers.publish(), workers.fx(),
                    () -> {
                        publish.refresh();
                        server.refresh();
                    });
            repositoriesController = new RepositoriesController(model, messages, prompts, publish::choose);
            Parent content = new ViewLoader(messages).load(repositoriesController, "Repositories.fxml");
            repositoriesWindow = new Stage();
            repositoriesWindow.initOwner(owner.get());
            repositoriesWindow.setTitle(messages.get("repos.title"));
            Scene scene = new Scene(content);
            content.setStyle("-fx-padding: 12;");
            copyStyles(scene);
            repositoriesWindow.setScene(scene);
        }
        if (selected != null) {
            repositoriesController.select(selected);
        }
        repositoriesWindow.show();
        repositoriesWindow.toFront();
    }

    private void showDiff(NewRevision.Result result) {
        if (diffWindow == null) {
            diffWindow = new Stage();
            diffWindow.initOwner(owner.get());
        }
        diffWindow.setTitle(messages.get("diff.title", result.number(), result.previousVersion(), result.newVersion()));
        Scene scene = new Scene(new RevisionDiffView(result.diff(), messages), 760, 520);
        copyStyles(scene);
        diffWindow.setScene(scene);
        diffWindow.show();
    }

    private void copyStyles(Scene scene) {
        if (root != null && root.getScene() != null) {
            scene.getStylesheets().setAll(root.getScene().getStylesheets());
        }
    }

    /** Stops the server and writes pending settings (on exit). */
    public void shutdown() {
        server.shutdown();
        settingsStore.flush();
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

package io.universestudio.ui.main;

import io.universestudio.core.authoring.NewRevision;
import io.universestudio.core.settings.RepositorySettings;
import io.universestudio.ui.common.DialogService;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.ViewLoader;
import io.universestudio.ui.common.WindowService;
import io.universestudio.ui.prefs.RepositoriesController;
import io.universestudio.ui.prefs.RepositoriesViewModel;
import io.universestudio.ui.serve.ServerPanel;
import io.universestudio.ui.serve.ServerViewModel;
import io.universestudio.ui.wizard.NewPackageController;
import io.universestudio.ui.wizard.NewPackageViewModel;
import io.universestudio.ui.wizard.RevisionDiffView;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the File and Tools menus open beside the main window: the Server and Repositories windows (each
 * made once and kept, so a running server keeps its log), the diff of a new revision, the New package
 * wizard, and links from the banner in the browser.
 */
public final class ToolWindows {

    private static final System.Logger LOG = System.getLogger(ToolWindows.class.getName());

    private final WindowService windows;
    private final DialogService dialogs;
    private final Messages messages;
    private final MainViewModel main;
    private final ServerViewModel server;
    private final RepositoriesViewModel repositories;
    private final Consumer<RepositorySettings> use;
    private final Supplier<NewPackageViewModel> newPackage;
    private final Executor desktop;
    private final ExportViewModel export;
    private Stage serverWindow;
    private Stage repositoriesWindow;
    private RepositoriesController repositoriesController;
    private Stage diffWindow;

    /**
     * @param use        makes a repository the one Publish goes to (the Repositories window's Use button)
     * @param newPackage a fresh view model for each run of the wizard
     * @param desktop    where the browser is asked to open a link (it may block while one starts)
     */
    public ToolWindows(WindowService windows, DialogService dialogs, Messages messages, MainViewModel main,
                       ServerViewModel server, RepositoriesViewModel repositories, Consumer<RepositorySettings> use,
                       Supplier<NewPackageViewModel> newPackage, Executor desktop, ExportViewModel export) {
        this.windows = windows;
        this.dialogs = dialogs;
        this.messages = messages;
        this.main = main;
        this.server = server;
        this.repositories = repositories;
        this.use = use;
        this.newPackage = newPackage;
        this.desktop = desktop;
        this.export = export;
    }

    /** File > Export > package.dcos…: asks for the folder, then builds there off the FX thread. */
    public void exportBundle() {
        new ExportDialog(dialogs, messages).askBundle(exportFolder()).ifPresent(c -> export.exportBundle(c.folder()));
    }

    /** File > Export > Registry build definition…: asks for the folder and inline or references. */
    public void exportDefinition() {
        new ExportDialog(dialogs, messages).askDefinition(exportFolder())
                .ifPresent(c -> export.exportDefinition(c.folder(), c.inline()));
    }

    /** Beside the revision's folder (or the file it was opened from); none for a new one (Browse… picks it). */
    private Path exportFolder() {
        if (main.packageFileProperty().get() != null) {
            return main.packageFileProperty().get().path().getParent();
        }
        return main.session().current().origin().folderIfAny().map(Path::getParent)
                .orElse(null);
    }

    /** Tools > Server: one window, kept while the server runs even when closed. */
    public void openServer() {
        server.refresh();
        server.refreshAddresses();
        if (serverWindow == null) {
            serverWindow = windows.secondary(messages.get("server.title"), new ServerPanel(server, messages), 680, 640);
        }
        serverWindow.show();
        serverWindow.toFront();
    }

    /** Tools > Repositories, showing {@code selected} when given. */
    public void openRepositories(RepositorySettings selected) {
        if (repositoriesWindow == null) {
            repositoriesController = new RepositoriesController(repositories, messages, dialogs, use);
            Parent content = new ViewLoader(messages).load(repositoriesController, "Repositories.fxml");
            repositoriesWindow = windows.secondary(messages.get("repos.title"), content, 784, 484);
        }
        if (selected != null) {
            repositoriesController.select(selected);
        }
        repositoriesWindow.show();
        repositoriesWindow.toFront();
    }

    /** The changes a new revision brought, in one window that each new revision reuses. */
    public void showDiff(NewRevision.Result result) {
        RevisionDiffView view = new RevisionDiffView(result.diff(), messages);
        if (diffWindow == null) {
            diffWindow = windows.secondary("", view, 760, 520);
        } else {
            windows.replaceContent(diffWindow, view);
        }
        diffWindow.setTitle(messages.get("diff.title", result.number(), result.previousVersion(), result.newVersion()));
        diffWindow.show();
    }

    /** File > New package: the wizard, then the new unsaved package in the editor. */
    public void openNewPackageWizard() {
        NewPackageViewModel model = newPackage.get();
        Parent content = new ViewLoader(messages).load(new NewPackageController(model, messages), "NewPackage.fxml");
        ButtonType create = new ButtonType(messages.get("wizard.create"), ButtonBar.ButtonData.OK_DONE);
        Optional<ButtonType> answer = dialogs.question("newPackageDialog", messages.get("wizard.title"))
                .content(content)
                .buttons(create, ButtonType.CANCEL)
                .buttonId(create, "createPackage")
                .disable(create, Bindings.createBooleanBinding(() -> !model.problemsBinding().get().isEmpty(),
                        model.problemsBinding()))
                .focus(content.lookup("#wizardNameField"))
                .ask();
        if (answer.filter(b -> b == create).isPresent() && main.confirmLeave()) {
            main.session().open(model.create());
            main.statusProperty().set(messages.get("status.newPackage", model.request().name()));
        }
    }

    /** Puts {@code url} on the clipboard and asks the desktop to open it in the browser. */
    public void openLink(String url) {
        ClipboardContent content = new ClipboardContent();
        content.putString(url);
        Clipboard.getSystemClipboard().setContent(content);
        desktop.execute(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                    Desktop.getDesktop().browse(URI.create(url));
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.INFO, "No browser could be opened for " + url + "; it is on the clipboard", e);
            }
        });
    }
}

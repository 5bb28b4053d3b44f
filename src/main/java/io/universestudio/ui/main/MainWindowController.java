package io.universestudio.ui.main;

import io.universestudio.ui.common.Tooltips;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.ui.common.Appearance;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.Notification;
import io.universestudio.ui.common.NotificationBar;
import io.universestudio.ui.common.Prompts;
import io.universestudio.ui.help.HelpWindows;
import io.universestudio.ui.find.FindActions;
import io.universestudio.ui.problems.ProblemsView;
import io.universestudio.ui.problems.ProblemsViewModel;
import io.universestudio.ui.publish.PublishButton;
import io.universestudio.ui.publish.PublishViewModel;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.serve.ServerStatusItem;
import io.universestudio.ui.serve.ServerViewModel;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.ui.session.LiveValidation;
import io.universestudio.ui.start.DropToOpen;
import io.universestudio.ui.start.StartPage;
import io.universestudio.ui.wizard.RevisionsViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;

/**
 * Wires the main window's fixed layout (MainWindow.fxml) to the view models and puts the code-built parts
 * (navigator, editor tabs, preview, problems, the banner) into their places. Holds no state of its own.
 */
public final class MainWindowController {

    /** Publishing and the tools beside it: the Publish button, the Tools menu, the banner, the progress. */
    public record Publishing(PublishViewModel publish, RevisionsViewModel revisions,
                             ObjectProperty<Notification> notification, ToolWindows tools, ServerViewModel server) {
    }

    private final MainViewModel model;
    private final ProblemsViewModel problems;
    private final LiveValidation validation;
    private final Appearance appearance;
    private final Messages messages;
    private final Prompts prompts;
    private final EditorTabs tabs;
    private final NavigatorView navigator;
    private final ProblemsView problemsView;
    private final Node preview;
    private final ReadOnlyLongProperty renderMillis;
    private final Runnable exit;
    private final Publishing publishing;
    private final HelpWindows help;
    private FindActions find;
    private PresenterLayout presenterLayout;

    @FXML private BorderPane root;
    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private Menu recentMenu;
    @FXML private MenuButton recentButton;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem publishItem;
    @FXML private MenuItem redoItem;
    @FXML private Button newButton;
    @FXML private Button openButton;
    @FXML private Button saveButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button errorsButton;
    @FXML private Button warningsButton;
    @FXML private CheckMenuItem presenterItem;
    @FXML private CheckMenuItem darkItem;
    @FXML private SplitPane mainSplit;
    @FXML private SplitPane workSplit;
    @FXML private SplitPane editorSplit;
    @FXML private StackPane navigatorSlot;
    @FXML private StackPane editorSlot;
    @FXML private StackPane previewSlot;
    @FXML private StackPane problemsSlot;
    @FXML private Label statusLabel;
    @FXML private Label validationTimeLabel;
    @FXML private Label renderTimeLabel;
    @FXML private Label zoomLabel;
    @FXML private MenuItem newRevisionItem;
    @FXML private MenuItem migrateItem;
    @FXML private MenuItem migrate5Item;
    @FXML private SplitMenuButton publishButton;
    @FXML private StackPane notificationSlot;
    @FXML private HBox publishProgressBox;
    @FXML private HBox statusBar;
    @FXML private ProgressBar publishProgress;
    @FXML private Label publishStep;
    @FXML private StackPane serverStatusSlot;
    @FXML private MenuItem saveItem;
    @FXML private MenuItem saveAsItem;
    @FXML private MenuItem closeItem;
    @FXML private Menu exportMenu;

    public MainWindowController(MainViewModel model, ProblemsViewModel problems, LiveValidation validation,
                                Appearance appearance, Messages messages, Prompts prompts, EditorTabs tabs,
                                NavigatorView navigator, ProblemsView problemsView, Node preview,
                                ReadOnlyLongProperty renderMillis, Runnable exit, Publishing publishing,
                                HelpWindows help) {
        this.model = model;
        this.problems = problems;
        this.validation = validation;
        this.appearance = appearance;
        this.messages = messages;
        this.prompts = prompts;
        this.tabs = tabs;
        this.navigator = navigator;
        this.problemsView = problemsView;
        this.preview = preview;
        this.renderMillis = renderMillis;
        this.exit = exit;
        this.publishing = publishing;
        this.help = help;
    }

    private static void tooltipFollows(javafx.scene.Node node, javafx.beans.value.ObservableValue<String> text) {
        Tooltips.setText(node, text.getValue());
        text.addListener((o, was, now) -> Tooltips.setText(node, now));
    }

    @FXML
    private void initialize() {
        EditorSession session = model.session();
        navigatorSlot.getChildren().add(navigator);
        editorSlot.getChildren().add(new VBox(draftBar(), grow(tabs.pane())));
        problemsSlot.getChildren().add(problemsView);
        if (preview != null) {
            previewSlot.getChildren().add(preview);
        } else {
            editorSplit.getItems().remove(previewSlot);
        }
        problems.setNavigator(tabs::navigate);
        problems.setFixer(fix -> {
            tabs.commitPending(); // typing not yet handed over would otherwise be lost or undone with the fix
            return session.apply(Edit.of(fix));
        }, messages.get("problems.fixStale"));
        problemsView.setExplainer(help::showProblemCode);

        undoItem.disableProperty().bind(session.canUndoProperty().not());
        undoButton.disableProperty().bind(session.canUndoProperty().not());
        redoItem.disableProperty().bind(session.canRedoProperty().not());
        redoButton.disableProperty().bind(session.canRedoProperty().not());
        // Each migration is offered only where it applies (2.0/3.0 to 4.0, 4.0 to 5.0).
        var migrationTarget = publishing.revisions().migrations().targetProperty();
        migrateItem.disableProperty().bind(migrationTarget.isNotEqualTo(PackagingVersion.V4_0));
        migrate5Item.disableProperty().bind(migrationTarget.isNotEqualTo(PackagingVersion.V5_0));
        undoItem.textProperty().bind(Bindings.createStringBinding(() -> session.undoDescriptionProperty().get().isEmpty()
                ? messages.get("action.undo") : messages.get("action.undoThis", session.undoDescriptionProperty().get()),
                session.undoDescriptionProperty()));
        redoItem.textProperty().bind(Bindings.createStringBinding(() -> session.redoDescriptionProperty().get().isEmpty()
                ? messages.get("action.redo") : messages.get("action.redoThis", session.redoDescriptionProperty().get()),
                session.redoDescriptionProperty()));
        // The toolbar's tooltips are made when first pointed at: seven popup windows less to build for the
        // first frame (ADR 0161).
        Tooltips.setText(newButton, messages.get("tooltip.new"));
        Tooltips.setText(openButton, messages.get("tooltip.open"));
        Tooltips.setText(saveButton, messages.get("tooltip.save"));
        Tooltips.setText(errorsButton, messages.get("tooltip.errors"));
        Tooltips.setText(warningsButton, messages.get("tooltip.warnings"));
        tooltipFollows(undoButton, undoItem.textProperty());
        tooltipFollows(redoButton, redoItem.textProperty());
        saveButton.getStyleClass().add("save-button");
        session.dirtyProperty().addListener((o, a, dirty) -> saveButton.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("dirty"), dirty));

        errorsButton.textProperty().bind(problems.errorsProperty().asString());
        warningsButton.textProperty().bind(problems.warningsProperty().asString());
        statusLabel.textProperty().bind(model.statusProperty());
        tooltipFollows(statusLabel, model.statusProperty()); // whole, where the line shortens it
        validationTimeLabel.textProperty().bind(Bindings.createStringBinding(() -> validation.lastMillisProperty().get() < 0
                ? "" : messages.get("status.validationTime", validation.lastMillisProperty().get()),
                validation.lastMillisProperty()));
        if (renderMillis != null) {
            renderTimeLabel.textProperty().bind(Bindings.createStringBinding(() -> renderMillis.get() < 0
                    ? "" : messages.get("status.renderTime", renderMillis.get()), renderMillis));
        }
        zoomLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.zoom", Math.round(appearance.zoomProperty().get() * 100)), appearance.zoomProperty()));
        letTimingsGiveWay();
        presenterItem.setSelected(appearance.isPresenter());
        appearance.presenterProperty().addListener((o, was, on) -> presenterItem.setSelected(on));
        presenterLayout = new PresenterLayout(mainSplit, workSplit, editorSplit, navigatorSlot, problemsSlot, problems, messages);
        presenterLayout.follow(appearance.presenterProperty());
        darkItem.setSelected(appearance.isDark());

        model.recent().addListener((javafx.collections.ListChangeListener<String>) c -> rebuildRecent());
        rebuildRecent();
        bindPublishing();
        showStartPageWhenNothingIsOpen();
        DropToOpen.install(root, path -> {
            tabs.commitPending();
            model.open(path);
        });
    }

    /** The start page takes the place of the navigator, editors and problems while nothing is open. */
    private void showStartPageWhenNothingIsOpen() {
        Node work = root.getCenter();
        StartPage[] start = new StartPage[1];
        Runnable update = () -> {
            if (model.nothingOpenProperty().get()) {
                if (start[0] == null) {
                    start[0] = new StartPage(messages, new StartPage.Actions(this::onNewPackageWizard, this::onNew,
                            this::onOpen, this::onOpenRepository, model::open), model.recentPackages(),
                            model.recentRepositories());
                }
                root.setCenter(start[0]);
            } else {
                root.setCenter(work);
            }
        };
        model.nothingOpenProperty().addListener((o, a, b) -> update.run());
        update.run();
        // Nothing to save, export, close, publish or count problems of while the start page shows.
        for (Node count : List.of(errorsButton, warningsButton)) {
            count.visibleProperty().bind(model.nothingOpenProperty().not());
            count.managedProperty().bind(count.visibleProperty());
        }
        publishItem.disableProperty().bind(model.nothingOpenProperty().or(publishing.publish().runningProperty()));
        saveItem.disableProperty().bind(model.nothingOpenProperty());
        saveButton.disableProperty().bind(model.nothingOpenProperty());
        saveAsItem.disableProperty().bind(model.nothingOpenProperty());
        exportMenu.disableProperty().bind(model.nothingOpenProperty());
        closeItem.disableProperty().bind(model.nothingOpenProperty());
    }

    private void bindPublishing() {
        PublishViewModel publish = publishing.publish();
        PublishButton.bind(publishButton, publish, messages, model.nothingOpenProperty(), publishing.tools()::openRepositories,
                publishing.tools()::openServer);
        notificationSlot.getChildren().add(new NotificationBar(publishing.notification(), messages,
                publishing.tools()::openLink));
        publishProgress.progressProperty().bind(publish.progressProperty());
        publishStep.textProperty().bind(publish.stepProperty());
        publishProgressBox.visibleProperty().bind(publish.runningProperty());
        publishProgressBox.managedProperty().bind(publish.runningProperty());
        serverStatusSlot.getChildren().add(new ServerStatusItem(publishing.server(), messages, publishing.tools()::openServer));
        serverStatusSlot.managedProperty().bind(publishing.server().runningProperty());
    }

    private static Node grow(Node n) {
        VBox.setVgrow(n, Priority.ALWAYS);
        return n;
    }

    /** "Unsaved changes from 18:52 were restored" with a way to throw them away. */
    private Node draftBar() {
        Label text = new Label();
        text.setWrapText(true);
        Button discard = new Button(messages.get("draft.discard"));
        discard.setId("discardDraft");
        discard.setOnAction(e -> model.discardRestoredDraft());
        Button keep = new Button(messages.get("draft.keep"));
        keep.setOnAction(e -> model.restoredDraftProperty().set(null));
        // The buttons keep their whole text; the message wraps instead ("Ke…" / "Disca…" before).
        keep.setMinWidth(Region.USE_PREF_SIZE);
        discard.setMinWidth(Region.USE_PREF_SIZE);
        text.setMinWidth(0);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox bar = new HBox(8, text, keep, discard);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setId("draftBar");
        bar.getStyleClass().add("draft-bar");
        Runnable update = () -> {
            boolean shown = model.restoredDraftProperty().get() != null;
            bar.setVisible(shown);
            bar.setManaged(shown);
            text.setText(shown ? messages.get("draft.restored") : "");
        };
        model.restoredDraftProperty().addListener((o, a, b) -> update.run());
        update.run();
        return bar;
    }

    private void rebuildRecent() {
        List<MenuItem> forMenu = model.recent().stream().map(this::recentItem).toList();
        List<MenuItem> forButton = model.recent().stream().map(this::recentItem).toList();
        recentMenu.getItems().setAll(forMenu);
        recentButton.getItems().setAll(forButton);
        recentMenu.setDisable(forMenu.isEmpty());
        recentButton.setDisable(forButton.isEmpty());
    }

    private MenuItem recentItem(String path) {
        MenuItem item = new MenuItem(path);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> model.open(Path.of(path)));
        return item;
    }

    /** The Edit menu's find commands (built after the window, as they need its focus owner). */
    public void setFindActions(FindActions actions) {
        this.find = actions;
    }

    public BorderPane root() {
        return root;
    }

    public javafx.scene.control.MenuBar menuBar() {
        return menuBar;
    }

    /** The presenter-mode layout of this window (tests look at what is folded). */
    /**
     * The check and render times step aside when the status message would otherwise be shortened (a projector
     * at 200%): what just happened matters more than how many milliseconds the last check took.
     */
    private void letTimingsGiveWay() {
        List<Label> timings = List.of(validationTimeLabel, renderTimeLabel);
        javafx.beans.InvalidationListener fit = o -> {
            double others = 0;
            int gaps = timings.size();
            for (Node n : statusBar.getChildren()) {
                if (n != statusLabel && !timings.contains(n) && n.isManaged() && n.isVisible()) {
                    others += n.prefWidth(-1);
                    gaps++;
                }
            }
            javafx.geometry.Insets in = statusBar.getInsets();
            double room = statusBar.getWidth() - in.getLeft() - in.getRight() - others - statusBar.getSpacing() * gaps;
            boolean fits = statusLabel.prefWidth(-1) + timings.stream().mapToDouble(l -> l.prefWidth(-1)).sum() <= room;
            timings.forEach(l -> {
                l.setManaged(fits);
                l.setVisible(fits);
            });
        };
        statusBar.widthProperty().addListener(fit);
        statusLabel.textProperty().addListener(fit);
        zoomLabel.widthProperty().addListener(fit); // the zoom's new font size is known once laid out
        timings.forEach(l -> l.textProperty().addListener(fit));
    }

    public PresenterLayout presenterLayout() {
        return presenterLayout;
    }

    public SplitPane mainSplit() {
        return mainSplit;
    }

    public SplitPane workSplit() {
        return workSplit;
    }

    public SplitPane editorSplit() {
        return editorSplit;
    }

    @FXML
    void onNew() {
        tabs.commitPending();
        model.newPackage();
    }

    @FXML
    void onOpen() {
        tabs.commitPending();
        prompts.chooseFolder(messages.get("dialog.open"), null).ifPresent(model::open);
    }

    /** File > Open file…: a package.dcos or a build definition (a folder opens with Open…). */
    @FXML
    void onOpenFile() {
        tabs.commitPending();
        prompts.chooseFile(messages.get("dialog.openFile"), messages.get("dialog.openFile.kind"), "*.dcos", "*.json")
                .ifPresent(model::open);
    }

    @FXML
    public void onClose() {
        tabs.commitPending();
        model.close();
    }

    @FXML
    void onExportBundle() {
        tabs.commitPending();
        publishing.tools().exportBundle();
    }

    @FXML
    void onExportDefinition() {
        tabs.commitPending();
        publishing.tools().exportDefinition();
    }

    @FXML
    void onSave() {
        tabs.commitPending();
        model.save();
    }

    @FXML
    void onSaveAs() {
        tabs.commitPending();
        model.saveAs();
    }

    @FXML
    void onExit() {
        exit.run();
    }

    @FXML
    void onUndo() {
        tabs.commitPending();
        model.session().undo();
    }

    @FXML
    void onRedo() {
        tabs.commitPending();
        model.session().redo();
    }

    @FXML
    void onFind() {
        find.find(false);
    }

    @FXML
    void onReplace() {
        find.find(true);
    }

    @FXML
    void onFindNext() {
        find.findNext(true);
    }

    @FXML
    void onFindPrevious() {
        find.findNext(false);
    }

    @FXML
    void onGoToLine() {
        find.goToLine();
    }

    @FXML
    void onFindInFiles() {
        find.findInFiles();
    }

    @FXML
    void onZoomIn() {
        appearance.zoomIn();
    }

    @FXML
    void onZoomOut() {
        appearance.zoomOut();
    }

    @FXML
    void onZoomReset() {
        appearance.resetZoom();
    }

    @FXML
    void onPresenter() {
        appearance.setPresenter(presenterItem.isSelected());
    }

    @FXML
    void onDark() {
        appearance.setDark(darkItem.isSelected());
    }

    @FXML
    void onShowPackageTab() {
        tabs.show(io.universestudio.core.model.RevisionFile.PACKAGE);
    }

    @FXML
    void onShowOptionsTab() {
        tabs.show(io.universestudio.core.model.RevisionFile.CONFIG);
    }

    @FXML
    void onShowResourcesTab() {
        tabs.show(io.universestudio.core.model.RevisionFile.RESOURCE);
    }

    @FXML
    void onShowTemplateTab() {
        tabs.show(io.universestudio.core.model.RevisionFile.TEMPLATE);
    }

    @FXML
    void onShowProblems() {
        presenterLayout.unfoldProblems();
        double[] d = workSplit.getDividerPositions();
        if (d.length > 0 && d[0] > 0.9) {
            workSplit.setDividerPositions(0.7);
        }
        problemsView.table().requestFocus();
        if (problemsView.table().getSelectionModel().isEmpty() && !problems.shown().isEmpty()) {
            problemsView.table().getSelectionModel().select(0);
        }
    }

    /** Brings the problems panel forward with its first problem selected (a refused publish asks for it). */
    public void revealProblems() {
        onShowProblems();
    }

    @FXML
    void onFileMenuShowing() {
        newRevisionItem.setDisable(!publishing.revisions().canCreateRevision());
    }

    @FXML
    void onNewPackageWizard() {
        tabs.commitPending();
        publishing.tools().openNewPackageWizard();
    }

    @FXML
    void onNewRevision() {
        tabs.commitPending();
        publishing.revisions().newRevision();
    }

    @FXML
    void onOpenRepository() {
        prompts.chooseFolder(messages.get("action.openRepository"), null).ifPresent(model::open);
    }

    @FXML
    void onPublish() {
        tabs.commitPending();
        publishing.publish().publish();
    }

    @FXML
    void onCancelPublish() {
        publishing.publish().cancel();
    }

    @FXML
    void onServer() {
        publishing.tools().openServer();
    }

    @FXML
    void onRepositories() {
        publishing.tools().openRepositories(null);
    }

    @FXML
    void onMigrate() {
        tabs.commitPending();
        publishing.revisions().migrate();
    }

    @FXML
    void onMigrate5() {
        tabs.commitPending();
        publishing.revisions().migrations().migrate(PackagingVersion.V5_0);
    }

    @FXML
    void onNextProblem() {
        tabs.commitPending();
        problems.step(true);
    }

    @FXML
    void onPreviousProblem() {
        tabs.commitPending();
        problems.step(false);
    }

    @FXML
    void onHelpShortcuts() {
        help.showShortcuts();
    }

    /** F1: the explanation of the problem selected in the problems panel, else the list of every code. */
    @FXML
    void onHelpProblemCodes() {
        var selected = problemsView.table().getSelectionModel().getSelectedItem();
        help.showProblemCode(selected == null ? null : selected.code());
    }

    @FXML
    void onHelpPublishing() {
        help.showPublishing();
    }

    @FXML
    void onHelpAbout() {
        help.showAbout();
    }
}

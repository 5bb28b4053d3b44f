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
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;

/**
 * Wires the main window's fixed layout ({@link MainWindowLayout}) to the view models and puts the code-built parts
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
    private MainWindowLayout view;


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

    /** A tooltip, made when first pointed at (ADR 0161), that shows {@code text} as it changes. */
    private static void tooltipFollows(Node node, ObservableValue<String> text) {
        Tooltips.setText(node, text.getValue());
        text.addListener((o, was, now) -> Tooltips.setText(node, now));
    }

    /** Makes the window's layout and connects it to the models; returns its root. */
    public BorderPane build() {
        view = new MainWindowLayout(messages, this);
        connect();
        return view.root;
    }

    private void connect() {
        EditorSession session = model.session();
        view.navigatorSlot.getChildren().add(navigator);
        view.editorSlot.getChildren().add(new VBox(draftBar(), grow(tabs.pane())));
        view.problemsSlot.getChildren().add(problemsView);
        if (preview != null) {
            view.previewSlot.getChildren().add(preview);
        } else {
            view.editorSplit.getItems().remove(view.previewSlot);
        }
        problems.setNavigator(tabs::navigate);
        problems.setFixer(fix -> {
            tabs.commitPending(); // typing not yet handed over would otherwise be lost or undone with the fix
            return session.apply(Edit.of(fix));
        }, messages.get("problems.fixStale"));
        problemsView.setExplainer(help::showProblemCode);

        view.undoItem.disableProperty().bind(session.canUndoProperty().not());
        view.undoButton.disableProperty().bind(session.canUndoProperty().not());
        view.redoItem.disableProperty().bind(session.canRedoProperty().not());
        view.redoButton.disableProperty().bind(session.canRedoProperty().not());
        // Each migration is offered only where it applies (2.0/3.0 to 4.0, 4.0 to 5.0).
        var migrationTarget = publishing.revisions().migrations().targetProperty();
        view.migrateItem.disableProperty().bind(migrationTarget.isNotEqualTo(PackagingVersion.V4_0));
        view.migrate5Item.disableProperty().bind(migrationTarget.isNotEqualTo(PackagingVersion.V5_0));
        view.undoItem.textProperty().bind(Bindings.createStringBinding(() -> session.undoDescriptionProperty().get().isEmpty()
                ? messages.get("action.undo") : messages.get("action.undoThis", session.undoDescriptionProperty().get()),
                session.undoDescriptionProperty()));
        view.redoItem.textProperty().bind(Bindings.createStringBinding(() -> session.redoDescriptionProperty().get().isEmpty()
                ? messages.get("action.redo") : messages.get("action.redoThis", session.redoDescriptionProperty().get()),
                session.redoDescriptionProperty()));
        tooltipFollows(view.undoButton, view.undoItem.textProperty());
        tooltipFollows(view.redoButton, view.redoItem.textProperty());
        view.saveButton.getStyleClass().add("save-button");
        session.dirtyProperty().addListener((o, a, dirty) -> view.saveButton.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("dirty"), dirty));

        view.errorsButton.textProperty().bind(problems.errorsProperty().asString());
        view.warningsButton.textProperty().bind(problems.warningsProperty().asString());
        view.statusLabel.textProperty().bind(model.statusProperty());
        tooltipFollows(view.statusLabel, model.statusProperty()); // whole, where the line shortens it
        view.validationTimeLabel.textProperty().bind(Bindings.createStringBinding(() -> validation.lastMillisProperty().get() < 0
                ? "" : messages.get("status.validationTime", validation.lastMillisProperty().get()),
                validation.lastMillisProperty()));
        if (renderMillis != null) {
            view.renderTimeLabel.textProperty().bind(Bindings.createStringBinding(() -> renderMillis.get() < 0
                    ? "" : messages.get("status.renderTime", renderMillis.get()), renderMillis));
        }
        view.zoomLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.zoom", Math.round(appearance.zoomProperty().get() * 100)), appearance.zoomProperty()));
        letTimingsGiveWay();
        view.presenterItem.setSelected(appearance.isPresenter());
        appearance.presenterProperty().addListener((o, was, on) -> view.presenterItem.setSelected(on));
        presenterLayout = new PresenterLayout(view.mainSplit, view.workSplit, view.editorSplit, view.navigatorSlot, view.problemsSlot, problems, messages);
        presenterLayout.follow(appearance.presenterProperty());
        view.darkItem.setSelected(appearance.isDark());

        model.recent().addListener((javafx.collections.ListChangeListener<String>) c -> rebuildRecent());
        rebuildRecent();
        bindPublishing();
        showStartPageWhenNothingIsOpen();
        DropToOpen.install(view.root, path -> {
            tabs.commitPending();
            model.open(path);
        });
    }

    /** The start page takes the place of the navigator, editors and problems while nothing is open. */
    private void showStartPageWhenNothingIsOpen() {
        Node work = view.root.getCenter();
        StartPage[] start = new StartPage[1];
        Runnable update = () -> {
            if (model.nothingOpenProperty().get()) {
                if (start[0] == null) {
                    start[0] = new StartPage(messages, new StartPage.Actions(this::onNewPackageWizard, this::onNew,
                            this::onOpen, this::onOpenRepository, model::open), model.recentPackages(),
                            model.recentRepositories());
                }
                view.root.setCenter(start[0]);
            } else {
                view.root.setCenter(work);
            }
        };
        model.nothingOpenProperty().addListener((o, a, b) -> update.run());
        update.run();
        // Nothing to save, export, close, publish or count problems of while the start page shows.
        for (Node count : List.of(view.errorsButton, view.warningsButton)) {
            count.visibleProperty().bind(model.nothingOpenProperty().not());
            count.managedProperty().bind(count.visibleProperty());
        }
        view.publishItem.disableProperty().bind(model.nothingOpenProperty().or(publishing.publish().runningProperty()));
        view.saveItem.disableProperty().bind(model.nothingOpenProperty());
        view.saveButton.disableProperty().bind(model.nothingOpenProperty());
        view.saveAsItem.disableProperty().bind(model.nothingOpenProperty());
        view.exportMenu.disableProperty().bind(model.nothingOpenProperty());
        view.closeItem.disableProperty().bind(model.nothingOpenProperty());
    }

    private void bindPublishing() {
        PublishViewModel publish = publishing.publish();
        PublishButton.bind(view.publishButton, publish, messages, model.nothingOpenProperty(), publishing.tools()::openRepositories,
                publishing.tools()::openServer);
        view.notificationSlot.getChildren().add(new NotificationBar(publishing.notification(), messages,
                publishing.tools()::openLink));
        view.publishProgress.progressProperty().bind(publish.progressProperty());
        view.publishStep.textProperty().bind(publish.stepProperty());
        view.publishProgressBox.visibleProperty().bind(publish.runningProperty());
        view.publishProgressBox.managedProperty().bind(publish.runningProperty());
        view.serverStatusSlot.getChildren().add(new ServerStatusItem(publishing.server(), messages, publishing.tools()::openServer));
        view.serverStatusSlot.managedProperty().bind(publishing.server().runningProperty());
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
        view.recentMenu.getItems().setAll(forMenu);
        view.recentButton.getItems().setAll(forButton);
        view.recentMenu.setDisable(forMenu.isEmpty());
        view.recentButton.setDisable(forButton.isEmpty());
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
        return view.root;
    }

    public javafx.scene.control.MenuBar menuBar() {
        return view.menuBar;
    }

    /** The presenter-mode layout of this window (tests look at what is folded). */
    /**
     * The check and render times step aside when the status message would otherwise be shortened (a projector
     * at 200%): what just happened matters more than how many milliseconds the last check took.
     */
    private void letTimingsGiveWay() {
        List<Label> timings = List.of(view.validationTimeLabel, view.renderTimeLabel);
        javafx.beans.InvalidationListener fit = o -> {
            double others = 0;
            int gaps = timings.size();
            for (Node n : view.statusBar.getChildren()) {
                if (n != view.statusLabel && !timings.contains(n) && n.isManaged() && n.isVisible()) {
                    others += n.prefWidth(-1);
                    gaps++;
                }
            }
            javafx.geometry.Insets in = view.statusBar.getInsets();
            double room = view.statusBar.getWidth() - in.getLeft() - in.getRight() - others - view.statusBar.getSpacing() * gaps;
            boolean fits = view.statusLabel.prefWidth(-1) + timings.stream().mapToDouble(l -> l.prefWidth(-1)).sum() <= room;
            timings.forEach(l -> {
                l.setManaged(fits);
                l.setVisible(fits);
            });
        };
        view.statusBar.widthProperty().addListener(fit);
        view.statusLabel.textProperty().addListener(fit);
        view.zoomLabel.widthProperty().addListener(fit); // the zoom's new font size is known once laid out
        timings.forEach(l -> l.textProperty().addListener(fit));
    }

    public PresenterLayout presenterLayout() {
        return presenterLayout;
    }

    public SplitPane mainSplit() {
        return view.mainSplit;
    }

    public SplitPane workSplit() {
        return view.workSplit;
    }

    public SplitPane editorSplit() {
        return view.editorSplit;
    }

    void onNew() {
        tabs.commitPending();
        model.newPackage();
    }

    void onOpen() {
        tabs.commitPending();
        prompts.chooseFolder(messages.get("dialog.open"), null).ifPresent(model::open);
    }

    /** File > Open file…: a package.dcos or a build definition (a folder opens with Open…). */
    void onOpenFile() {
        tabs.commitPending();
        prompts.chooseFile(messages.get("dialog.openFile"), messages.get("dialog.openFile.kind"), "*.dcos", "*.json")
                .ifPresent(model::open);
    }

    public void onClose() {
        tabs.commitPending();
        model.close();
    }

    void onExportBundle() {
        tabs.commitPending();
        publishing.tools().exportBundle();
    }

    void onExportDefinition() {
        tabs.commitPending();
        publishing.tools().exportDefinition();
    }

    void onSave() {
        tabs.commitPending();
        model.save();
    }

    void onSaveAs() {
        tabs.commitPending();
        model.saveAs();
    }

    void onExit() {
        exit.run();
    }

    void onUndo() {
        tabs.commitPending();
        model.session().undo();
    }

    void onRedo() {
        tabs.commitPending();
        model.session().redo();
    }

    void onFind() {
        find.find(false);
    }

    void onReplace() {
        find.find(true);
    }

    void onFindNext() {
        find.findNext(true);
    }

    void onFindPrevious() {
        find.findNext(false);
    }

    void onGoToLine() {
        find.goToLine();
    }

    void onFindInFiles() {
        find.findInFiles();
    }

    void onZoomIn() {
        appearance.zoomIn();
    }

    void onZoomOut() {
        appearance.zoomOut();
    }

    void onZoomReset() {
        appearance.resetZoom();
    }

    void onPresenter() {
        appearance.setPresenter(view.presenterItem.isSelected());
    }

    void onDark() {
        appearance.setDark(view.darkItem.isSelected());
    }

    void onShowPackageTab() {
        tabs.show(io.universestudio.core.model.RevisionFile.PACKAGE);
    }

    void onShowOptionsTab() {
        tabs.show(io.universestudio.core.model.RevisionFile.CONFIG);
    }

    void onShowResourcesTab() {
        tabs.show(io.universestudio.core.model.RevisionFile.RESOURCE);
    }

    void onShowTemplateTab() {
        tabs.show(io.universestudio.core.model.RevisionFile.TEMPLATE);
    }

    void onShowProblems() {
        presenterLayout.unfoldProblems();
        double[] d = view.workSplit.getDividerPositions();
        if (d.length > 0 && d[0] > 0.9) {
            view.workSplit.setDividerPositions(0.7);
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

    void onFileMenuShowing() {
        view.newRevisionItem.setDisable(!publishing.revisions().canCreateRevision());
    }

    void onNewPackageWizard() {
        tabs.commitPending();
        publishing.tools().openNewPackageWizard();
    }

    void onNewRevision() {
        tabs.commitPending();
        publishing.revisions().newRevision();
    }

    void onOpenRepository() {
        prompts.chooseFolder(messages.get("action.openRepository"), null).ifPresent(model::open);
    }

    void onPublish() {
        tabs.commitPending();
        publishing.publish().publish();
    }

    void onCancelPublish() {
        publishing.publish().cancel();
    }

    void onServer() {
        publishing.tools().openServer();
    }

    void onRepositories() {
        publishing.tools().openRepositories(null);
    }

    void onMigrate() {
        tabs.commitPending();
        publishing.revisions().migrate();
    }

    void onMigrate5() {
        tabs.commitPending();
        publishing.revisions().migrations().migrate(PackagingVersion.V5_0);
    }

    void onNextProblem() {
        tabs.commitPending();
        problems.step(true);
    }

    void onPreviousProblem() {
        tabs.commitPending();
        problems.step(false);
    }

    void onHelpShortcuts() {
        help.showShortcuts();
    }

    /** F1: the explanation of the problem selected in the problems panel, else the list of every code. */
    void onHelpProblemCodes() {
        var selected = problemsView.table().getSelectionModel().getSelectedItem();
        help.showProblemCode(selected == null ? null : selected.code());
    }

    void onHelpPublishing() {
        help.showPublishing();
    }

    void onHelpAbout() {
        help.showAbout();
    }
}

package io.universestudio.ui.main;

import io.universestudio.ui.common.Icons;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.Tooltips;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's fixed layout: menus, toolbar, the slots of its panels and the status bar, each node with
 * the id tests and styles know it by, each action a method of the {@link MainWindowController}. Made in code,
 * not FXML: loading the FXML took about 50 ms of every start in reflection alone (ADR 0161).
 */
final class MainWindowLayout {

    final BorderPane root = new BorderPane();
    final MenuBar menuBar = new MenuBar();
    final Menu recentMenu;
    final Menu exportMenu;
    final MenuItem newRevisionItem;
    final MenuItem saveItem;
    final MenuItem saveAsItem;
    final MenuItem closeItem;
    final MenuItem undoItem;
    final MenuItem redoItem;
    final MenuItem publishItem;
    final MenuItem migrateItem;
    final MenuItem migrate5Item;
    final CheckMenuItem presenterItem;
    final CheckMenuItem darkItem;
    final MenuButton recentButton;
    final Button saveButton;
    final Button undoButton;
    final Button redoButton;
    final Button errorsButton;
    final Button warningsButton;
    final SplitMenuButton publishButton;
    final StackPane notificationSlot = slot("notificationSlot");
    final StackPane navigatorSlot = slot("navigatorSlot");
    final StackPane editorSlot = slot("editorSlot");
    final StackPane previewSlot = slot("previewSlot");
    final StackPane problemsSlot = slot("problemsSlot");
    final SplitPane mainSplit = new SplitPane();
    final SplitPane workSplit = new SplitPane();
    final SplitPane editorSplit = new SplitPane();
    final HBox statusBar = new HBox(16);
    final Label statusLabel = label("statusLabel");
    final HBox publishProgressBox = new HBox(6);
    final ProgressBar publishProgress = new ProgressBar();
    final Label publishStep = label("publishStep");
    final StackPane serverStatusSlot = slot("serverStatusSlot");
    final Label validationTimeLabel = label("validationTimeLabel");
    final Label renderTimeLabel = label("renderTimeLabel");
    final Label zoomLabel = label("zoomLabel");

    private final Messages messages;

    MainWindowLayout(Messages messages, MainWindowController c) {
        this.messages = messages;
        root.setId("root");
        root.getStyleClass().add("studio");

        MenuItem newItem = item("newItem", "action.new", "Shortcut+N", c::onNew);
        newRevisionItem = item("newRevisionItem", "action.newRevision", null, c::onNewRevision);
        recentMenu = menu("recentMenu", "action.recent");
        saveItem = item("saveItem", "action.save", "Shortcut+S", c::onSave);
        saveAsItem = item("saveAsItem", "action.saveAs", "Shortcut+Shift+S", c::onSaveAs);
        closeItem = item("closeItem", "action.close", "Shortcut+W", c::onClose);
        exportMenu = menu("exportMenu", "menu.export",
                item("exportBundleItem", "action.exportBundle", "Shortcut+Shift+E", c::onExportBundle),
                item("exportDefinitionItem", "action.exportDefinition", null, c::onExportDefinition));
        Menu file = menu("fileMenu", "menu.file", newItem,
                item(null, "action.newPackageWizard", "Shortcut+Shift+N", c::onNewPackageWizard),
                newRevisionItem,
                item(null, "action.openRepository", null, c::onOpenRepository),
                item(null, "action.open", "Shortcut+O", c::onOpen),
                item("openFileItem", "action.openFile", "Shortcut+Shift+O", c::onOpenFile),
                recentMenu, new SeparatorMenuItem(), saveItem, saveAsItem, closeItem, exportMenu, new SeparatorMenuItem(),
                item(null, "action.exit", "Shortcut+Q", c::onExit));
        file.setOnShowing(e -> c.onFileMenuShowing());

        undoItem = item("undoItem", "action.undo", "Shortcut+Z", c::onUndo);
        redoItem = item("redoItem", "action.redo", "Shortcut+Y", c::onRedo);
        Menu edit = menu(null, "menu.edit", undoItem, redoItem, new SeparatorMenuItem(),
                item("findItem", "action.find", "Shortcut+F", c::onFind),
                item("replaceItem", "action.replace", "Shortcut+H", c::onReplace),
                item(null, "action.findNext", "F3", c::onFindNext),
                item(null, "action.findPrevious", "Shift+F3", c::onFindPrevious),
                item(null, "action.goToLine", "Shortcut+G", c::onGoToLine),
                new SeparatorMenuItem(),
                item("findInFilesItem", "action.findInFiles", "Shortcut+Shift+F", c::onFindInFiles));

        presenterItem = check("presenterItem", "action.presenter", "F11", c::onPresenter);
        darkItem = check("darkItem", "action.dark", null, c::onDark);
        Menu view = menu(null, "menu.view",
                item(null, "action.zoomIn", "Shortcut+Plus", c::onZoomIn),
                item(null, "action.zoomOut", "Shortcut+Minus", c::onZoomOut),
                item(null, "action.zoomReset", "Shortcut+0", c::onZoomReset),
                new SeparatorMenuItem(), presenterItem, darkItem, new SeparatorMenuItem(),
                item(null, "tab.package", "Shortcut+1", c::onShowPackageTab),
                item(null, "tab.options", "Shortcut+2", c::onShowOptionsTab),
                item(null, "tab.resources", "Shortcut+3", c::onShowResourcesTab),
                item(null, "tab.template", "Shortcut+4", c::onShowTemplateTab),
                new SeparatorMenuItem(),
                item(null, "action.showProblems", null, c::onShowProblems),
                item(null, "action.nextProblem", "F8", c::onNextProblem),
                item(null, "action.previousProblem", "Shift+F8", c::onPreviousProblem));

        publishItem = item("publishItem", "action.publish", "Shortcut+Shift+P", c::onPublish);
        migrateItem = item("migrateItem", "action.migrate", null, c::onMigrate);
        migrate5Item = item("migrate5Item", "action.migrate5", null, c::onMigrate5);
        Menu tools = menu("toolsMenu", "menu.tools", publishItem,
                item(null, "action.server", "F9", c::onServer),
                item(null, "action.repositories", "Shortcut+Comma", c::onRepositories),
                new SeparatorMenuItem(), migrateItem, migrate5Item);
        Menu help = menu("helpMenu", "menu.help",
                item(null, "help.shortcuts", "Shortcut+Slash", c::onHelpShortcuts),
                item(null, "help.problemCodes", "F1", c::onHelpProblemCodes),
                item(null, "help.publishing", null, c::onHelpPublishing),
                new SeparatorMenuItem(),
                item(null, "help.about", null, c::onHelpAbout));
        menuBar.setId("menuBar");
        menuBar.getMenus().addAll(file, edit, view, tools, help);

        Button newButton = button("newButton", "action.new", "mdi2f-file-plus", c::onNew);
        Button openButton = button("openButton", "action.open", "mdi2f-folder-open", c::onOpen);
        recentButton = new MenuButton(messages.get("action.recent"), Icons.of("mdi2h-history"));
        recentButton.setId("recentButton");
        saveButton = button("saveButton", "action.save", "mdi2c-content-save", c::onSave);
        undoButton = button("undoButton", null, "mdi2u-undo", c::onUndo);
        redoButton = button("redoButton", null, "mdi2r-redo", c::onRedo);
        errorsButton = button("errorsButton", null, "mdi2c-close-circle", c::onShowProblems);
        errorsButton.getStyleClass().addAll("count-button", "errors");
        errorsButton.getGraphic().getStyleClass().add("severity-error");
        warningsButton = button("warningsButton", null, "mdi2a-alert", c::onShowProblems);
        warningsButton.getStyleClass().addAll("count-button", "warnings");
        warningsButton.getGraphic().getStyleClass().add("severity-warning");
        publishButton = new SplitMenuButton();
        publishButton.setId("publishButton");
        publishButton.setGraphic(Icons.of("mdi2c-cloud-upload"));
        publishButton.setOnAction(e -> c.onPublish());
        // Made when first pointed at: seven popup windows less for the first frame (ADR 0161). Undo's and
        // redo's follow their description (MainWindowController).
        Tooltips.setText(newButton, messages.get("tooltip.new"));
        Tooltips.setText(openButton, messages.get("tooltip.open"));
        Tooltips.setText(saveButton, messages.get("tooltip.save"));
        Tooltips.setText(errorsButton, messages.get("tooltip.errors"));
        Tooltips.setText(warningsButton, messages.get("tooltip.warnings"));
        ToolBar toolBar = new ToolBar();
        toolBar.setId("toolBar");
        toolBar.getItems().addAll(newButton, openButton, recentButton, saveButton, new Separator(), undoButton,
                redoButton, new Separator(), errorsButton, warningsButton, publishButton);
        root.setTop(new VBox(menuBar, toolBar, notificationSlot));

        navigatorSlot.setMinWidth(140);
        previewSlot.setMinWidth(200);
        problemsSlot.setMinHeight(80);
        editorSplit.setId("editorSplit");
        editorSplit.getItems().addAll(editorSlot, previewSlot);
        editorSplit.setDividerPositions(0.62);
        workSplit.setId("workSplit");
        workSplit.setOrientation(Orientation.VERTICAL);
        workSplit.getItems().addAll(editorSplit, problemsSlot);
        workSplit.setDividerPositions(0.74);
        mainSplit.setId("mainSplit");
        mainSplit.getItems().addAll(navigatorSlot, workSplit);
        mainSplit.setDividerPositions(0.18);
        root.setCenter(mainSplit);

        // One line whatever the zoom: a wrapped path would push the window's content off the screen. Shortened
        // in its middle (the start says what happened, the end names the package), whole in its tooltip.
        statusLabel.getStyleClass().add("status-message");
        HBox.setHgrow(statusLabel, Priority.ALWAYS);
        statusLabel.setMaxWidth(Double.MAX_VALUE);
        statusLabel.setMinWidth(0);
        statusLabel.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        publishProgress.setId("publishProgress");
        publishProgress.setPrefWidth(120);
        Button cancelPublish = button("cancelPublish", "publish.cancel", null, c::onCancelPublish);
        publishProgressBox.setId("publishProgressBox");
        publishProgressBox.getChildren().addAll(publishProgress, publishStep, cancelPublish);
        for (Label l : new Label[] {validationTimeLabel, renderTimeLabel, zoomLabel}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        statusBar.setId("statusBar");
        statusBar.getStyleClass().add("status-bar");
        statusBar.getChildren().addAll(statusLabel, publishProgressBox, serverStatusSlot, validationTimeLabel,
                renderTimeLabel, zoomLabel);
        root.setBottom(statusBar);
    }

    private Menu menu(String id, String textKey, MenuItem... items) {
        Menu menu = new Menu(messages.get(textKey));
        menu.setId(id);
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(String id, String textKey, String accelerator, Runnable action) {
        return withAction(new MenuItem(messages.get(textKey)), id, accelerator, action);
    }

    private CheckMenuItem check(String id, String textKey, String accelerator, Runnable action) {
        return withAction(new CheckMenuItem(messages.get(textKey)), id, accelerator, action);
    }

    private static <T extends MenuItem> T withAction(T item, String id, String accelerator, Runnable action) {
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private Button button(String id, String textKey, String icon, Runnable action) {
        Button b = new Button(textKey == null ? "" : messages.get(textKey), icon == null ? null : Icons.of(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static StackPane slot(String id) {
        StackPane slot = new StackPane();
        slot.setId(id);
        return slot;
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        return label;
    }
}

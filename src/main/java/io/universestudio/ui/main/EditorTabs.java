package io.universestudio.ui.main;

import io.universestudio.ui.common.Tooltips;
import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import io.universestudio.ui.common.Icons;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.TabContents;
import io.universestudio.ui.editor.pkg.PackageFormView;
import io.universestudio.ui.editor.raw.FileSourceBinding;
import io.universestudio.ui.editor.raw.SourceEditor;
import io.universestudio.ui.editor.raw.SourceEditors;
import io.universestudio.ui.editor.template.TemplateEditors;
import io.universestudio.ui.problems.ProblemsViewModel;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.ui.session.Unreadable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The centre of the window: a tab per package file (Package, Options, Resources, Template, and Command
 * for older packages that have one), each switching between its form and its source text.
 */
public final class EditorTabs {

    /**
     * One tab: its form if it has one, the Form/Source switch, and its source editor, made when first wanted
     * (shown, or gone to). The start shows only the Package form; making the five code areas with their files
     * cost it about 70 ms (ADR 0161).
     */
    private final class FileTab {
        final RevisionFile file;
        final Tab tab;
        final Node form;
        final ToggleButton formButton;
        final ToggleButton sourceButton;
        final StackPane body;
        private SourceEditor source;
        private final List<Consumer<SourceEditor>> whenMade = new ArrayList<>();

        FileTab(RevisionFile file, Tab tab, Node form, ToggleButton formButton, ToggleButton sourceButton, StackPane body) {
            this.file = file;
            this.tab = tab;
            this.form = form;
            this.formButton = formButton;
            this.sourceButton = sourceButton;
            this.body = body;
        }

        boolean showingForm() {
            return form != null && formButton.isSelected();
        }

        SourceEditor source() {
            if (source == null) {
                source = file == RevisionFile.TEMPLATE ? TemplateEditors.create(editors) : editors.create(false, true);
                source.area().setId("source-" + idOf(file));
                new FileSourceBinding(source, file, session, problems, messages);
                whenMade.forEach(then -> then.accept(source));
                whenMade.clear();
            }
            return source;
        }

        Optional<SourceEditor> made() {
            return Optional.ofNullable(source);
        }

        /** The form or the source, whichever the switch says, once the tab has been shown. */
        void showChosenView() {
            if (tab.isSelected() || !body.getChildren().isEmpty()) {
                Node chosen = showingForm() ? form : source().view();
                if (body.getChildren().size() != 1 || body.getChildren().get(0) != chosen) {
                    body.getChildren().setAll(chosen);
                }
            }
            made().ifPresent(s -> s.setActive(tab.isSelected() && sourceButton.isSelected()));
        }
    }

    private final TabPane pane = new TabPane();
    private final Map<RevisionFile, FileTab> tabs = new EnumMap<>(RevisionFile.class);
    private final Messages messages;
    private final SourceEditors editors;
    private final EditorSession session;
    private final ProblemsViewModel problems;
    /** How each form shows what a JSON pointer of its file is about; false when it cannot. */
    private final Map<RevisionFile, Predicate<String>> formFocus = new EnumMap<>(RevisionFile.class);

    /** With the forms of other files ({@code config.json}, {@code resource.json}) from the visual editors. */
    public EditorTabs(EditorSession session, ProblemsViewModel problems, PackageFormView packageForm, Messages messages,
                      SourceEditors editors, Map<RevisionFile, Node> forms) {
        this.messages = messages;
        this.editors = editors;
        this.session = session;
        this.problems = problems;
        formFocus.put(RevisionFile.PACKAGE, packageForm::focus);
        pane.setId("editorTabs");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        add(RevisionFile.PACKAGE, "tab.package", packageForm, null);
        add(RevisionFile.CONFIG, "tab.options", forms.get(RevisionFile.CONFIG), "form.optionsLater");
        add(RevisionFile.RESOURCE, "tab.resources", forms.get(RevisionFile.RESOURCE), "form.resourcesLater");
        add(RevisionFile.TEMPLATE, "tab.template", null, "form.templateNone");
        add(RevisionFile.COMMAND, "tab.command", null, "form.commandNone");
        Tab command = tabs.get(RevisionFile.COMMAND).tab;
        session.currentProperty().addListener((o, a, r) -> showCommandTab(r.has(RevisionFile.COMMAND), command));
        showCommandTab(session.current().has(RevisionFile.COMMAND), command);
    }

    private void showCommandTab(boolean present, Tab command) {
        if (present && !pane.getTabs().contains(command)) {
            pane.getTabs().add(command);
        } else if (!present) {
            pane.getTabs().remove(command);
        }
    }

    private void add(RevisionFile file, String titleKey, Node form, String noFormKey) {
        ToggleButton formButton = new ToggleButton(messages.get("tab.form"));
        ToggleButton sourceButton = new ToggleButton(messages.get("tab.source"));
        formButton.setId("form-" + idOf(file));
        sourceButton.setId("sourceButton-" + idOf(file));
        ToggleGroup group = new ToggleGroup();
        formButton.setToggleGroup(group);
        sourceButton.setToggleGroup(group);
        SegmentedButton switcher = new SegmentedButton(formButton, sourceButton);
        switcher.setToggleGroup(group); // else its skin moves the buttons into a group of its own
        if (form == null) {
            formButton.setDisable(true);
            Tooltips.onFirstHover(switcher, () -> messages.get(noFormKey));
        }
        Label name = new Label(file.fileName());
        name.getStyleClass().add("file-name");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label note = new Label(form == null ? messages.get(noFormKey) : "");
        note.getStyleClass().add("help-text");
        // "Form" and "Source" and the file name stay whole at any zoom ("Fo…/Sou…" before); the note wraps.
        formButton.setMinWidth(Region.USE_PREF_SIZE);
        sourceButton.setMinWidth(Region.USE_PREF_SIZE);
        switcher.setMinWidth(Region.USE_PREF_SIZE);
        name.setMinWidth(Region.USE_PREF_SIZE);
        note.setWrapText(true);
        note.setMinWidth(0);
        HBox bar = new HBox(10, switcher, name, spring, note);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("tab-bar");
        StackPane body = new StackPane();
        BorderPane content = new BorderPane(body);
        content.setTop(form == null ? bar : new VBox(bar, unreadableBanner(file, session, formButton)));
        Tab tab = new Tab(messages.get(titleKey));
        tab.setId("tab-" + idOf(file));
        TabContents.attachWhenFirstSelected(tab, content, pane.getTabs().isEmpty());
        FileTab fileTab = new FileTab(file, tab, form, formButton, sourceButton, body);
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one of the two is always on
                return;
            }
            fileTab.made().ifPresent(SourceEditor::commitPending);
            fileTab.showChosenView();
        });
        tab.selectedProperty().addListener((o, a, b) -> {
            fileTab.made().ifPresent(SourceEditor::commitPending);
            fileTab.showChosenView();
        });
        group.selectToggle(form != null ? formButton : sourceButton);
        tabs.put(file, fileTab);
        pane.getTabs().add(tab);
        fileTab.showChosenView();
    }

    /**
     * Above a form whose file does not parse: the reason in full (the project's own words, with line and
     * column) and a button to the place in the Source. The form below shows the last version that could be
     * read, read-only (its view model refuses edits meanwhile).
     */
    private Node unreadableBanner(RevisionFile file, EditorSession session, ToggleButton formButton) {
        Label reason = new Label();
        reason.setId("unreadableReason-" + idOf(file));
        reason.setWrapText(true);
        reason.setGraphic(Icons.of("mdi2a-alert"));
        reason.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button toSource = new Button(messages.get("form.showSource"));
        toSource.setId("showUnreadable-" + idOf(file));
        toSource.setMinWidth(Region.USE_PREF_SIZE);
        HBox banner = new HBox(10, reason, toSource);
        banner.setId("unreadable-" + idOf(file));
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 8, 6, 8));
        banner.getStyleClass().addAll("form-banner", "unreadable-banner");
        Runnable update = () -> {
            Optional<Unreadable> why = Unreadable.of(session.current(), file);
            boolean shown = why.isPresent() && formButton.isSelected();
            banner.setVisible(shown);
            banner.setManaged(shown);
            why.ifPresent(u -> {
                reason.setText(u.describe(messages));
                toSource.setTooltip(new Tooltip(messages.get("form.showSourceTip", file.fileName(),
                        String.valueOf(u.position().line()), String.valueOf(u.position().column()))));
                toSource.setOnAction(e -> showSource(file, u.position()));
            });
        };
        session.currentProperty().addListener((o, a, r) -> update.run());
        formButton.selectedProperty().addListener((o, a, b) -> update.run());
        update.run();
        return banner;
    }

    private void showSource(RevisionFile file, TextPosition at) {
        FileTab t = tabs.get(file);
        pane.getSelectionModel().select(t.tab);
        t.sourceButton.setSelected(true);
        t.source().goTo(at.line(), at.column());
    }

    /** Node ids cannot hold dots (CSS selectors read them as classes): {@code package}, {@code config}... */
    public static String idOf(RevisionFile file) {
        return file.name().toLowerCase(java.util.Locale.ROOT);
    }

    public TabPane pane() {
        return pane;
    }

    /** Brings a file's tab to the front as it was left (Form or Source); false when there is no such tab. */
    public boolean show(RevisionFile file) {
        FileTab t = tabs.get(file);
        if (t == null) {
            return false;
        }
        pane.getSelectionModel().select(t.tab);
        return true;
    }

    public void select(RevisionFile file, boolean form) {
        FileTab t = tabs.get(file);
        pane.getSelectionModel().select(t.tab);
        (form && t.form != null ? t.formButton : t.sourceButton).setSelected(true);
    }

    /** How the form of {@code file} shows what a JSON pointer is about (going to a problem from the form). */
    public void focusFormWith(RevisionFile file, Predicate<String> focus) {
        formFocus.put(file, focus);
    }

    /**
     * Shows where a problem is, keeping the view the user is in: from a form, the field the problem's JSON
     * pointer is about (the option in the tree and its field for config.json); from the Source, or when the
     * form has nothing to show for it (a syntax error), the line in the source.
     */
    public void navigate(Problem problem) {
        if (problem.file() == null || !tabs.containsKey(problem.file())) {
            return;
        }
        FileTab t = tabs.get(problem.file());
        pane.getSelectionModel().select(t.tab);
        Predicate<String> focus = formFocus.get(problem.file());
        if (t.showingForm() && problem.pointer() != null && focus != null && focus.test(problem.pointer())) {
            return;
        }
        t.sourceButton.setSelected(true);
        problem.positionIfAny().ifPresent(p -> t.source().goTo(p.line(), p.column()));
    }

    /** Shows the template with {@code [start, end)} selected (a tag the preview points at). */
    public void selectInTemplate(int start, int end) {
        select(RevisionFile.TEMPLATE, false);
        SourceEditor editor = tabs.get(RevisionFile.TEMPLATE).source();
        int length = editor.area().getLength();
        editor.area().selectRange(Math.min(start, length), Math.min(end, length));
        editor.area().requestFollowCaret();
    }

    /**
     * Shows a file's source with {@code [offset, offset + length)} selected (a Find in Files hit); the
     * offsets are of the revision searched, clamped to the text the editor holds now.
     */
    public void showInSource(RevisionFile file, int offset, int length) {
        if (!tabs.containsKey(file)) {
            return;
        }
        select(file, false);
        SourceEditor editor = tabs.get(file).source();
        editor.select(offset, offset + length);
        editor.area().requestFocus();
    }

    /** The selected tab's source editor, switched to its Source view (for Ctrl+F on a form); empty with no tab. */
    public Optional<SourceEditor> showSelectedSource() {
        Tab selected = pane.getSelectionModel().getSelectedItem();
        return tabs.entrySet().stream().filter(e -> e.getValue().tab == selected).findFirst().map(e -> {
            select(e.getKey(), false);
            return e.getValue().source();
        });
    }

    /** Hands over typing that is still waiting, so undo and save see it. */
    public void commitPending() {
        tabs.values().forEach(t -> t.made().ifPresent(SourceEditor::commitPending));
    }

    /** A file's source editor, made now if it has not been yet; empty for a file with no tab. */
    public Optional<SourceEditor> source(RevisionFile file) {
        return Optional.ofNullable(tabs.get(file)).map(FileTab::source);
    }

    /** Whether a file's source editor has been made (it is when first shown or gone to). */
    public boolean hasSource(RevisionFile file) {
        return tabs.containsKey(file) && tabs.get(file).source != null;
    }

    /** Runs {@code then} with a file's source editor when it is made (at once if it has been). */
    public void whenSourceMade(RevisionFile file, Consumer<SourceEditor> then) {
        FileTab t = tabs.get(file);
        if (t.source != null) {
            then.accept(t.source);
        } else {
            t.whenMade.add(then);
        }
    }
}

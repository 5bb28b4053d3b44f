package io.universestudio.ui.preview;

import io.universestudio.core.render.RenderFailure;
import io.universestudio.core.render.RenderedRegion;
import io.universestudio.core.template.TemplateTag;
import io.universestudio.core.validate.Problem;
import io.universestudio.ui.common.Icons;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.TabContents;
import io.universestudio.ui.editor.raw.SourceEditor;
import io.universestudio.ui.editor.raw.SourceEditors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The right side: the Marathon app Cosmos would run (read-only, highlighted), its labels decoded, and the
 * what-if options above it. When the render fails it says why, where in the rendered text, and which
 * template tag wrote there, with a link into the template. A click on a rendered value shows the template
 * tag that wrote it and the option it printed.
 */
public final class PreviewView extends VBox {

    private final PreviewViewModel model;
    private final Messages messages;
    private final SourceEditor app;
    private final SourceEditors editors;
    /** The decoded labels and the what-if JSON, each made when its tab is first shown (ADR 0161). */
    private SourceEditor labels;
    private SourceEditor optionsJson;
    private final ListView<OptionLeaf> optionsForm = new ListView<>();
    private final VBox failureBox = new VBox(4);
    private final Label failureText = new Label();
    private final Hyperlink tagLink = new Hyperlink();
    private final Label origin = new Label();
    private final BiConsumer<TemplateTag, String> showTemplateTag;
    private final CaretValueHighlight caretValue;

    /**
     * @param showTemplateTag shows a tag in the template editor (and the option pointer it printed, or null)
     */
    public PreviewView(PreviewViewModel model, Messages messages, SourceEditors editors,
                       BiConsumer<TemplateTag, String> showTemplateTag) {
        super(0);
        this.model = model;
        this.messages = messages;
        this.showTemplateTag = showTemplateTag;
        this.editors = editors;
        setId("preview");
        getStyleClass().add("preview");
        app = editors.create(false, false);
        app.area().setId("previewApp");
        caretValue = new CaretValueHighlight(app, origin, messages);

        Label title = new Label(messages.get("preview.title"));
        title.getStyleClass().add("panel-title");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spring);
        bar.getStyleClass().add("panel-bar");
        bar.setPadding(new Insets(4, 8, 4, 8));

        getChildren().addAll(bar, whatIf(), failureBox(), results());
        model.appTextProperty().addListener((o, a, t) -> app.show(t));
        model.failedProperty().addListener((o, a, f) -> showFailure(f));
        model.leavesProperty().addListener((o, a, l) -> rebuildForm(l));
        app.show(model.appTextProperty().get());
        showFailure(model.failedProperty().get());
        rebuildForm(model.leavesProperty().get());
        app.area().setOnMouseClicked(e -> explain(app.area().getCaretPosition()));
    }

    private TitledPane whatIf() {
        Button reset = new Button(messages.get("preview.reset"), Icons.of("mdi2r-restore"));
        reset.setId("resetOptions");
        reset.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        reset.setOnAction(e -> model.resetToDefaults());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.optionsJsonErrorProperty());
        optionsForm.setId("whatIfForm");
        // A list, not a grid: packages have hundreds of options and only the visible rows get controls.
        optionsForm.setCellFactory(l -> new OptionCell(model));
        Node formScroll = optionsForm;
        Tab jsonTab = new Tab(messages.get("preview.optionsJson"));
        TabContents.makeWhenFirstSelected(jsonTab, () -> {
            optionsJson = editors.create(false, true);
            optionsJson.area().setId("whatIfJson");
            optionsJson.onEdit(model::setOptionsJson);
            optionsJson.show(model.optionsJsonProperty().get());
            model.optionsJsonProperty().addListener((o, a, t) -> optionsJson.show(t));
            return optionsJson.view();
        }, false);
        TabPane kinds = new TabPane(new Tab(messages.get("preview.optionsForm"), formScroll), jsonTab);
        kinds.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        kinds.setPrefHeight(190);
        kinds.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (optionsJson != null) {
                optionsJson.commitPending();
            }
        });
        Label hint = new Label(messages.get("preview.optionsHelp"));
        hint.getStyleClass().add("help-text");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, reset, error);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(4, hint, kinds, buttons);
        TitledPane pane = new TitledPane(messages.get("preview.whatIf"), content);
        pane.setId("whatIf");
        pane.setExpanded(true);
        return pane;
    }

    private VBox failureBox() {
        failureText.setWrapText(true);
        failureText.setId("previewFailure");
        failureText.setGraphic(Icons.severity(io.universestudio.core.validate.Severity.ERROR));
        tagLink.setId("previewFailureTag");
        failureBox.getChildren().addAll(failureText, tagLink);
        failureBox.getStyleClass().add("preview-failure");
        failureBox.setId("previewFailureBox");
        failureBox.setPadding(new Insets(6, 8, 6, 8));
        return failureBox;
    }

    private TabPane results() {
        origin.setId("previewOrigin");
        origin.getStyleClass().add("help-text");
        origin.setWrapText(true);
        origin.setMinHeight(Region.USE_PREF_SIZE); // the whole sentence, not cut after one line
        VBox appBox = new VBox(2, origin, app.view());
        VBox.setVgrow(app.view(), Priority.ALWAYS);
        Tab labelsTab = new Tab(messages.get("preview.labels"));
        // The decoded labels (the whole package again) change at every edit; filled in only while their tab is shown.
        TabContents.makeWhenFirstSelected(labelsTab, () -> {
            labels = editors.create(false, false);
            labels.area().setId("previewLabels");
            labels.setActive(true);
            labels.show(model.labelsTextProperty().get());
            model.labelsTextProperty().addListener((o, a, t) -> labels.show(t));
            labelsTab.selectedProperty().addListener((o, was, now) -> labels.setActive(now));
            return labels.view();
        }, false);
        TabPane tabs = new TabPane(new Tab(messages.get("preview.app"), appBox), labelsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("previewTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return tabs;
    }

    private void showFailure(RenderFailure f) {
        boolean failed = f != null;
        failureBox.setVisible(failed);
        failureBox.setManaged(failed);
        failureText.setText(failed ? model.failureProperty().get() : "");
        if (failed && f.tagIfAny().isPresent()) {
            TemplateTag tag = f.tag();
            tagLink.setText(messages.get("preview.showTag", tag.display(), tag.start().line()));
            tagLink.setOnAction(e -> showTemplateTag.accept(tag, null));
            tagLink.setVisible(true);
            tagLink.setManaged(true);
        } else {
            tagLink.setVisible(false);
            tagLink.setManaged(false);
        }
        // The rendered text is shown with the place where the JSON broke underlined.
        app.setProblems(failed && f.position() != null
                ? List.of(Problem.error(f.kind().name()).at(f.position()).message(f.message()))
                : List.of());
        if (failed && f.position() != null) {
            app.goTo(f.position().line(), f.position().column());
        }
    }

    /**
     * Replaces only the rows whose option or value changed when the list keeps its length: the row being
     * edited stays where it is, with its field and the keyboard focus.
     */
    private void rebuildForm(List<OptionLeaf> leaves) {
        javafx.collections.ObservableList<OptionLeaf> items = optionsForm.getItems();
        if (items.size() != leaves.size()) {
            items.setAll(leaves);
            return;
        }
        for (int i = 0; i < leaves.size(); i++) {
            if (!leaves.get(i).equals(items.get(i))) {
                items.set(i, leaves.get(i));
            }
        }
    }

    /** Says where the value under the caret came from, and selects its tag in the template. */
    private void explain(int offset) {
        RenderedRegion region = model.sourceAt(offset).orElse(null);
        if (region == null) {
            origin.setText(messages.get("preview.literal"));
            return;
        }
        String option = region.scopePointer();
        origin.setText(option == null ? messages.get("preview.fromTag", region.tag().display(), region.tag().start().line())
                : messages.get("preview.fromOption", region.tag().display(), region.tag().start().line(),
                option.substring(1).replace('/', '.')));
        showTemplateTag.accept(region.tag(), option);
        optionsForm.getSelectionModel().clearSelection();
        for (int i = 0; i < optionsForm.getItems().size(); i++) {
            if (optionsForm.getItems().get(i).pointer().equals(option)) {
                optionsForm.getSelectionModel().select(i);
                optionsForm.scrollTo(i);
                break;
            }
        }
    }

    /**
     * While the caret of {@code template} is on a value tag ({@code {{service.name}}}), highlights the
     * values that tag printed in the rendered app and scrolls the first into view. The look-up is a
     * tree-map floor on an index built after each render, so following the caret costs the FX thread little.
     */
    public void followCaretOf(SourceEditor template) {
        org.fxmisc.richtext.CodeArea area = template.area();
        CaretValues.TemplateText text = new CaretValues.TemplateText() {
            @Override
            public int length() {
                return area.getLength();
            }

            @Override
            public String text(int start, int end) {
                return end <= area.getLength() ? area.getText(start, end) : "";
            }
        };
        Runnable update = () -> caretValue.show(model.caretValuesProperty().get().at(area.getCaretPosition(), text));
        area.caretPositionProperty().addListener((o, a, c) -> update.run());
        model.caretValuesProperty().addListener((o, a, v) -> update.run());
        update.run();
    }

    /** The values highlighted for the template's caret (tests look at them). */
    public CaretValueHighlight caretValueHighlight() {
        return caretValue;
    }

    public SourceEditor appEditor() {
        return app;
    }

    public Label originLabel() {
        return origin;
    }
}

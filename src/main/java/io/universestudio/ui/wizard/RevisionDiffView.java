package io.universestudio.ui.wizard;

import io.universestudio.core.authoring.FileDiff;
import io.universestudio.core.authoring.JsonChange;
import io.universestudio.core.authoring.RevisionDiff;
import io.universestudio.core.json.JsonText;
import io.universestudio.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.geometry.Orientation;

/**
 * The changes between two revisions: a tab for package.json, config.json, resource.json and the rendered
 * app, each with the structured changes (pointer, before, after) over the unified text diff.
 */
public final class RevisionDiffView extends TabPane {

    public RevisionDiffView(RevisionDiff diff, Messages messages) {
        setId("revisionDiff");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        for (FileDiff file : diff.files()) {
            Tab tab = new Tab(file.title() + (file.identical() ? "" : " \u2022"));
            tab.setId("diff-" + file.title().replaceAll("[^A-Za-z0-9]+", "-"));
            if (file.identical()) {
                tab.setContent(new Label(messages.get("diff.identical")));
            } else {
                ListView<String> changes = new ListView<>();
                changes.getStyleClass().add("diff-changes");
                file.changes().forEach(c -> changes.getItems().add(describe(c)));
                TextArea text = new TextArea(file.unified());
                text.setEditable(false);
                text.getStyleClass().add("diff-text");
                SplitPane split = new SplitPane(changes, text);
                split.setOrientation(Orientation.VERTICAL);
                split.setDividerPositions(file.structured() ? 0.35 : 0.0);
                tab.setContent(split);
            }
            getTabs().add(tab);
        }
    }

    static String describe(JsonChange c) {
        return switch (c.kind()) {
            case ADDED -> "+ " + c.pointer() + " = " + JsonText.compact(c.after());
            case REMOVED -> "- " + c.pointer() + " (was " + JsonText.compact(c.before()) + ")";
            case CHANGED -> "~ " + c.pointer() + ": " + JsonText.compact(c.before()) + " \u2192 " + JsonText.compact(c.after());
        };
    }
}

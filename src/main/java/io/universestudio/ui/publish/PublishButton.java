package io.universestudio.ui.publish;

import io.universestudio.core.settings.RepositorySettings;
import io.universestudio.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.ToggleGroup;

import java.util.function.Consumer;

/**
 * The tool bar's Publish split button (declared in MainWindowLayout) bound to {@link PublishViewModel}: its
 * text names the repository it publishes to, and its menu, which the repositories decide, chooses another.
 */
public final class PublishButton {

    private PublishButton() {
    }

    /**
     * @param nothingOpen true while no package is open (the start page), when there is nothing to publish
     * @param details     opens the repositories preferences on the chosen repository
     * @param server      opens the Server window
     */
    public static void bind(SplitMenuButton button, PublishViewModel publish, Messages messages,
                            ObservableBooleanValue nothingOpen, Consumer<RepositorySettings> details, Runnable server) {
        button.textProperty().bind(Bindings.createStringBinding(() -> publish.selectedProperty().get() == null
                ? messages.get("publish.button") : messages.get("publish.buttonTo", publish.selectedProperty().get().name()),
                publish.selectedProperty()));
        button.disableProperty().bind(publish.runningProperty().or(nothingOpen));
        Runnable rebuild = () -> {
            ToggleGroup group = new ToggleGroup();
            button.getItems().clear();
            RepositorySettings selected = publish.selectedProperty().get();
            for (RepositorySettings r : publish.choices()) {
                RadioMenuItem choice = new RadioMenuItem(r.name());
                choice.setMnemonicParsing(false);
                choice.setToggleGroup(group);
                choice.setSelected(selected != null && selected.id().equals(r.id()));
                choice.setOnAction(e -> publish.choose(r));
                button.getItems().add(choice);
            }
            MenuItem detailsItem = new MenuItem(messages.get("publish.details"));
            detailsItem.setOnAction(e -> details.accept(publish.selectedProperty().get()));
            MenuItem serverItem = new MenuItem(messages.get("action.server"));
            serverItem.setOnAction(e -> server.run());
            button.getItems().addAll(new SeparatorMenuItem(), detailsItem, serverItem);
        };
        publish.choices().addListener((ListChangeListener<RepositorySettings>) c -> rebuild.run());
        publish.selectedProperty().addListener((o, a, b) -> rebuild.run());
        rebuild.run();
    }
}

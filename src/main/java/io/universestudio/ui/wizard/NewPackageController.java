package io.universestudio.ui.wizard;

import io.universestudio.core.model.PackagingVersion;
import io.universestudio.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import java.util.List;

/** Binds NewPackage.fxml to its view model. */
public final class NewPackageController {

    private final NewPackageViewModel model;
    private final Messages messages;

    @FXML private TextField wizardNameField;
    @FXML private ChoiceBox<PackagingVersion> versionChoice;
    @FXML private TextField wizardMaintainerField;
    @FXML private ChoiceBox<String> sampleChoice;
    @FXML private Label problemsLabel;

    public NewPackageController(NewPackageViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        wizardNameField.textProperty().bindBidirectional(model.nameProperty());
        wizardMaintainerField.textProperty().bindBidirectional(model.maintainerProperty());
        versionChoice.getItems().setAll(PackagingVersion.values());
        versionChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(PackagingVersion v) {
                return v == null ? "" : v.text();
            }

            @Override
            public PackagingVersion fromString(String s) {
                return PackagingVersion.parse(s).orElse(null);
            }
        });
        versionChoice.valueProperty().bindBidirectional(model.packagingVersionProperty());
        sampleChoice.getItems().setAll(model.samples());
        sampleChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : messages.get("wizard.sample." + s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        sampleChoice.valueProperty().bindBidirectional(model.sampleProperty());
        wizardNameField.focusedProperty().addListener((o, had, has) -> {
            if (had && !has) {
                model.touchName();
            }
        });
        wizardMaintainerField.focusedProperty().addListener((o, had, has) -> {
            if (had && !has) {
                model.touchMaintainer();
            }
        });
        // Red only for problems of touched fields; "ready" and "fill in" are plain guidance.
        problemsLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            List<String> shown = model.shownProblemsBinding().get();
            if (!shown.isEmpty()) {
                return String.join("\n", shown);
            }
            return model.problemsBinding().get().isEmpty() ? messages.get("wizard.ready") : messages.get("wizard.fillIn");
        }, model.shownProblemsBinding(), model.problemsBinding()));
        model.shownProblemsBinding().addListener((o, a, shown) -> styleStatus(shown.isEmpty()));
        styleStatus(model.shownProblemsBinding().get().isEmpty());
    }

    private void styleStatus(boolean plain) {
        problemsLabel.getStyleClass().removeAll("wizard-problems", "help-text");
        problemsLabel.getStyleClass().add(plain ? "help-text" : "wizard-problems");
    }
}

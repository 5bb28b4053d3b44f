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
        problemsLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            List<String> p = model.problemsBinding().get();
            return p.isEmpty() ? messages.get("wizard.ready") : String.join("\n", p);
        }, model.problemsBinding()));
    }
}

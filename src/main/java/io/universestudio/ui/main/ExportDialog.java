package io.universestudio.ui.main;

import io.universestudio.ui.common.DialogService;
import io.universestudio.ui.common.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The short dialogs of File > Export: the folder to write into and, for a build definition, whether its
 * parts go inline or into files beside it. Answers what was chosen; the export itself is the view model's.
 */
final class ExportDialog {

    /** What the person chose: the folder, and inline (only asked for a definition). */
    record Choice(Path folder, boolean inline) {
    }

    private final DialogService dialogs;
    private final Messages messages;

    ExportDialog(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    Optional<Choice> askBundle(Path initialFolder) {
        return ask("exportBundleDialog", new Texts("export.bundle.title", "export.bundle.header", "export.bundle.hint"),
                initialFolder, false);
    }

    Optional<Choice> askDefinition(Path initialFolder) {
        return ask("exportDefinitionDialog", new Texts("export.definition.title", "export.definition.header",
                "export.definition.hint"), initialFolder, true);
    }

    /** The message keys of one dialog's texts. */
    private record Texts(String title, String header, String hint) {
    }

    private Optional<Choice> ask(String id, Texts texts, Path initialFolder, boolean askInline) {
        TextField folder = new TextField(initialFolder == null ? "" : initialFolder.toString());
        folder.setId("exportFolder");
        folder.setPrefColumnCount(36);
        Button browse = new Button(messages.get("export.browse"));
        browse.setId("exportBrowse");
        browse.setOnAction(e -> dialogs.chooseFolder(messages.get("export.chooseFolder"), pathOf(folder.getText()))
                .ifPresent(p -> folder.setText(p.toString())));
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("export.folder")), folderRow);
        RadioButton references = new RadioButton(messages.get("export.references"));
        references.setId("exportReferences");
        RadioButton inline = new RadioButton(messages.get("export.inline"));
        inline.setId("exportInline");
        if (askInline) {
            ToggleGroup parts = new ToggleGroup();
            references.setToggleGroup(parts);
            inline.setToggleGroup(parts);
            references.setSelected(true);
            grid.addRow(1, new Label(messages.get("export.parts")), new HBox(12, references, inline));
        }
        Label hint = new Label(messages.get(texts.hint()));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        grid.add(hint, 0, askInline ? 2 : 1, 2, 1);

        ButtonType export = new ButtonType(messages.get("export.action"), ButtonBar.ButtonData.OK_DONE);
        Optional<javafx.scene.control.ButtonType> answer = dialogs.question(id, messages.get(texts.title()))
                .header(messages.get(texts.header()))
                .content(grid)
                .focus(folder)
                .buttons(export, ButtonType.CANCEL)
                .buttonId(export, "exportButton")
                .disable(export, folder.textProperty().isEmpty())
                .ask();
        return answer.filter(a -> a == export).map(a -> new Choice(Path.of(folder.getText().strip()), inline.isSelected()));
    }

    private static Path pathOf(String text) {
        try {
            Path p = Path.of(text.strip());
            return Files.isDirectory(p) ? p : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}

package io.universestudio.ui.prefs;

import io.universestudio.core.secrets.Secret;
import io.universestudio.core.settings.RepositoryKind;
import io.universestudio.core.settings.RepositorySettings;
import io.universestudio.core.settings.RepositoryTestResult;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.Prompts;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.util.StringConverter;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Binds Repositories.fxml: the list on the left, the chosen entry's kind-specific fields on the right.
 * A saved password is never put back into the password field; the field says one is saved and stays
 * empty, and leaving it empty keeps it.
 */
public final class RepositoriesController {

    private final RepositoriesViewModel model;
    private final Messages messages;
    private final Prompts prompts;
    private final Consumer<RepositorySettings> use;
    private RepositorySettings editing;

    @FXML private ListView<RepositorySettings> repositoryList;
    @FXML private Button repoRemoveButton;
    @FXML private Label kindLabel;
    @FXML private TextField repoNameField;
    @FXML private Node localFields;
    @FXML private TextField folderField;
    @FXML private Node gitFields;
    @FXML private TextField repoUrlField;
    @FXML private TextField repoBranchField;
    @FXML private TextField repoAuthorNameField;
    @FXML private TextField repoAuthorEmailField;
    @FXML private TextField repoUsernameField;
    @FXML private PasswordField repoPasswordField;
    @FXML private Label credentialNote;
    @FXML private Node serverFields;
    @FXML private ChoiceBox<RepositorySettings> servesChoice;
    @FXML private TextField portField;
    @FXML private TextField bindField;
    @FXML private Button repoSaveButton;
    @FXML private Button repoTestButton;
    @FXML private Label repoMessageLabel;
    @FXML private TitledPane testDetails;
    @FXML private TextArea testDetailsText;

    public RepositoriesController(RepositoriesViewModel model, Messages messages, Prompts prompts,
                                  Consumer<RepositorySettings> use) {
        this.model = model;
        this.messages = messages;
        this.prompts = prompts;
        this.use = use;
    }

    @FXML
    private void initialize() {
        repositoryList.setItems(model.list());
        repositoryList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RepositorySettings item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "  (" + kindName(item.kind()) + ")");
            }
        });
        repositoryList.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                edit(r);
            }
        });
        servesChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(RepositorySettings r) {
                return r == null ? "" : r.name();
            }

            @Override
            public RepositorySettings fromString(String s) {
                return null;
            }
        });
        repoRemoveButton.disableProperty().bind(repositoryList.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        repoSaveButton.disableProperty().bind(model.busyProperty());
        repoTestButton.disableProperty().bind(model.busyProperty());
        repoMessageLabel.textProperty().bind(model.messageProperty());
        model.testResultProperty().addListener((o, a, r) -> showTest(r));
        showTest(null);
        if (!model.list().isEmpty()) {
            repositoryList.getSelectionModel().select(0);
        }
    }

    /** Shows {@code r} in the form (selecting it in the list when it is there). */
    public void select(RepositorySettings r) {
        model.list().stream().filter(x -> x.id().equals(r.id())).findFirst()
                .ifPresentOrElse(x -> repositoryList.getSelectionModel().select(x), () -> edit(r));
    }

    private String kindName(RepositoryKind kind) {
        return messages.get(kind instanceof RepositoryKind.LocalFolder ? "repos.kind.local"
                : kind instanceof RepositoryKind.GitRemote ? "repos.kind.git" : "repos.kind.server");
    }

    private void edit(RepositorySettings r) {
        editing = r;
        kindLabel.setText(kindName(r.kind()));
        repoNameField.setText(r.name());
        show(localFields, r.kind() instanceof RepositoryKind.LocalFolder);
        show(gitFields, r.kind() instanceof RepositoryKind.GitRemote);
        show(serverFields, r.kind() instanceof RepositoryKind.BuiltInServer);
        repoPasswordField.clear();
        if (r.kind() instanceof RepositoryKind.LocalFolder local) {
            folderField.setText(local.path().toString());
        } else if (r.kind() instanceof RepositoryKind.GitRemote git) {
            repoUrlField.setText(git.url());
            repoBranchField.setText(git.branch());
            repoAuthorNameField.setText(git.authorName());
            repoAuthorEmailField.setText(git.authorEmail());
            repoUsernameField.setText(git.username());
            credentialNote.setText(messages.get(git.hasCredential() ? "repos.password.saved" : "repos.password.none"));
        } else if (r.kind() instanceof RepositoryKind.BuiltInServer server) {
            servesChoice.getItems().setAll(model.localFolders());
            servesChoice.setValue(model.localFolders().stream().filter(x -> x.id().equals(server.servesId()))
                    .findFirst().orElse(null));
            portField.setText(Integer.toString(server.port()));
            bindField.setText(server.bindAddress());
        }
        showTest(null);
    }

    private static void show(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    /** The entry as the form has it now. */
    private RepositorySettings candidate() {
        RepositoryKind kind = editing.kind();
        if (kind instanceof RepositoryKind.LocalFolder) {
            kind = new RepositoryKind.LocalFolder(Path.of(folderField.getText().strip()));
        } else if (kind instanceof RepositoryKind.GitRemote git) {
            kind = new RepositoryKind.GitRemote(repoUrlField.getText(), repoBranchField.getText(), repoAuthorNameField.getText(),
                    repoAuthorEmailField.getText(), repoUsernameField.getText(), git.credentialRef());
        } else {
            int port;
            try {
                port = Integer.parseInt(portField.getText().strip());
            } catch (NumberFormatException e) {
                port = -1;
            }
            RepositorySettings served = servesChoice.getValue();
            kind = new RepositoryKind.BuiltInServer(served == null ? "" : served.id(), port, bindField.getText());
        }
        return new RepositorySettings(editing.id(), repoNameField.getText(), kind);
    }

    private Optional<Secret> typedSecret() {
        String typed = repoPasswordField.getText();
        return typed.isEmpty() ? Optional.empty() : Optional.of(Secret.of(typed));
    }

    private void showTest(RepositoryTestResult r) {
        boolean shown = r != null && !r.details().isEmpty();
        testDetails.setVisible(shown);
        testDetails.setManaged(shown);
        testDetailsText.setText(shown ? String.join("\n", r.details()) : "");
        repoMessageLabel.getStyleClass().removeAll("test-ok", "test-failed");
        if (r != null) {
            repoMessageLabel.getStyleClass().add(r.ok() ? "test-ok" : "test-failed");
        }
    }

    @FXML
    void onAddLocal() {
        startNew(new RepositoryKind.LocalFolder(Path.of("")));
    }

    @FXML
    void onAddGit() {
        startNew(new RepositoryKind.GitRemote("", "main", "", "", "", ""));
    }

    @FXML
    void onAddServer() {
        String serves = model.localFolders().isEmpty() ? "" : model.localFolders().get(0).id();
        startNew(new RepositoryKind.BuiltInServer(serves, RepositoryKind.BuiltInServer.DEFAULT_PORT, ""));
    }

    private void startNew(RepositoryKind kind) {
        repositoryList.getSelectionModel().clearSelection();
        edit(RepositorySettings.create("", kind));
        repoNameField.requestFocus();
    }

    @FXML
    void onBrowse() {
        Path initial = folderField.getText().isBlank() ? null : Path.of(folderField.getText().strip());
        prompts.chooseFolder(messages.get("repos.folder"), initial).ifPresent(p -> folderField.setText(p.toString()));
    }

    @FXML
    void onSave() {
        if (editing == null) {
            return;
        }
        Optional<Secret> secret = typedSecret();
        repoPasswordField.clear();
        model.save(candidate(), secret).thenAccept(saved -> saved.ifPresent(this::select));
    }

    @FXML
    void onRemove() {
        RepositorySettings r = repositoryList.getSelectionModel().getSelectedItem();
        if (r != null) {
            model.remove(r);
        }
    }

    @FXML
    void onTest() {
        if (editing != null) {
            model.test(candidate());
        }
    }

    @FXML
    void onUse() {
        if (editing != null && !model.isNew(editing)) {
            use.accept(editing);
        }
    }
}

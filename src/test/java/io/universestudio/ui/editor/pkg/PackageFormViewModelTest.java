package io.universestudio.ui.editor.pkg;

import io.universestudio.core.io.Samples;
import io.universestudio.core.model.PackageField;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.session.EditorSession;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PackageFormViewModelTest {

    private final EditorSession session = new EditorSession(Samples.load(Samples.DEFAULT));
    private final javafx.beans.property.ObjectProperty<io.universestudio.ui.common.Notification> notification =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final PackageFormViewModel model = new PackageFormViewModel(session, Messages.load(),
            new PackagingMigrations(session, notification, Messages.load()));

    private void setPackagingVersion(String version) {
        session.apply(Edit.of("version", r -> io.universestudio.ui.session.JsonEdits.setMember(r, RevisionFile.PACKAGE,
                "packagingVersion", com.fasterxml.jackson.databind.node.TextNode.valueOf(version))));
    }

    private String packageText() {
        return session.current().text(RevisionFile.PACKAGE).orElseThrow();
    }

    @Test
    void aFieldEditChangesOnlyThatMemberAndUndoes() {
        String before = packageText();
        model.setText("version", "2.0.0");
        assertThat(session.current().version()).contains("2.0.0");
        assertThat(packageText()).isEqualTo(before.replace("\"1.0.0-0.1.0\"", "\"2.0.0\""));
        session.undo();
        assertThat(packageText()).isEqualTo(before);
    }

    @Test
    void emptyingAnOptionalFieldRemovesItButARequiredOneStays() {
        model.setText("scm", "");
        assertThat(session.current().packageJson().orElseThrow().objectOrEmpty().has("scm")).isFalse();
        model.setText("version", "");
        assertThat(session.current().version()).contains("");
    }

    @Test
    void listsChipsLicensesAndTheManager() {
        model.setStrings("tags", List.of("a", "b"));
        model.setStrings("upgradesFrom", List.of("*"));
        model.setLicenses(List.of(new License("MIT", "https://mit")));
        model.setManagerField("packageName", "mgr");
        assertThat(model.strings("tags")).containsExactly("a", "b");
        assertThat(model.strings("upgradesFrom")).containsExactly("*");
        assertThat(model.licenses()).containsExactly(new License("MIT", "https://mit"));
        assertThat(model.managerField("packageName")).isEqualTo("mgr");
        model.setManagerField("packageName", "");
        assertThat(model.treeProperty().get().has("manager")).isFalse();
    }

    @Test
    void aTimestampThatIsNotANumberIsKeptAsTyped() {
        model.setTimestamp("lastUpdated", "1700000000");
        assertThat(model.treeProperty().get().get("lastUpdated").isNumber()).isTrue();
        model.setTimestamp("lastUpdated", "yesterday");
        assertThat(model.treeProperty().get().get("lastUpdated").asText()).isEqualTo("yesterday");
    }

    @Test
    void whileTheSourceDoesNotParseTheFormShowsTheLastGoodStateAndTakesNoEdits() {
        String broken = packageText().replace("\"version\": \"1.0.0-0.1.0\",", "\"version\": \"1.0.0-0.1.0\"");
        session.apply(Edit.of("type", r -> r.withText(RevisionFile.PACKAGE, broken)));
        assertThat(model.editable()).isFalse();
        assertThat(model.notUpdatingProperty().get()).contains("does not parse").contains("line");
        assertThat(model.text("version")).isEqualTo("1.0.0-0.1.0");
        model.setText("version", "9");
        assertThat(packageText()).isEqualTo(broken);
        session.undo();
        assertThat(model.editable()).isTrue();
    }

    @Test
    void fieldsTheVersionDoesNotAllowAreHiddenUntilMigratedOneStepAtATime() {
        setPackagingVersion("3.0");
        session.apply(Edit.of("drop", r -> io.universestudio.ui.session.JsonEdits.setMember(
                io.universestudio.ui.session.JsonEdits.setMember(r, RevisionFile.PACKAGE, "upgradesFrom", null),
                RevisionFile.PACKAGE, "downgradesTo", null)));
        assertThat(model.hidden()).extracting(PackageField::key).containsExactly("upgradesFrom", "downgradesTo", "manager");
        assertThat(model.upgradeTarget()).contains(PackagingVersion.V4_0);
        assertThat(model.upgradeTo(PackagingVersion.V4_0)).isTrue();
        assertThat(model.hidden()).extracting(PackageField::key).containsExactly("manager");
        assertThat(session.current().packagingVersion()).contains(PackagingVersion.V4_0);
        assertThat(notification.get().title()).isEqualTo("Migrated to packaging 4.0");

        assertThat(model.upgradeTarget()).contains(PackagingVersion.V5_0);
        assertThat(model.upgradeHint()).contains("manager").contains("1.12");
        String before = session.current().text(RevisionFile.PACKAGE).orElseThrow();
        assertThat(model.upgradeTo(PackagingVersion.V5_0)).isTrue();
        assertThat(session.current().packagingVersion()).contains(PackagingVersion.V5_0);
        assertThat(model.text("minDcosReleaseVersion")).isEqualTo("1.12");
        assertThat(model.hidden()).isEmpty();
        assertThat(model.upgradeTarget()).isEmpty();
        assertThat(notification.get().details()).contains("packagingVersion 4.0 becomes 5.0")
                .contains("minDcosReleaseVersion").contains("manager");
        session.undo();
        assertThat(session.current().text(RevisionFile.PACKAGE)).contains(before);
    }

    @Test
    void aFieldTheFileHasIsShownEvenWhenItsVersionDoesNotAllowIt() {
        setPackagingVersion("3.0");
        assertThat(model.shows(PackageField.byKey("upgradesFrom").orElseThrow())).isTrue();
        assertThat(model.shows(PackageField.byKey("manager").orElseThrow())).isFalse();
    }
}

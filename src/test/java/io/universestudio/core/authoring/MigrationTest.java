package io.universestudio.core.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.model.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationTest {

    @Test
    void aTwoZeroPackageGetsAVersionFourAllowsAndLosesWhatFourForbids() {
        Revision rev = Revision.of(Map.of(
                RevisionFile.PACKAGE, SourceText.of("{\"packagingVersion\": \"2.0\", \"name\": \"old\","
                        + " \"version\": \"1.0 beta (rc)\", \"maintainer\": \"m\", \"description\": \"d\","
                        + " \"tags\": [], \"images\": {}}"),
                RevisionFile.COMMAND, SourceText.of("{\"pip\": [\"dcos-old==0.1\"]}")), RevisionOrigin.NEW, List.of());

        Migration.Result result = Migration.toV4(rev);

        JsonNode pkg = result.revision().packageJson().orElseThrow().tree().orElseThrow();
        assertThat(pkg.path("packagingVersion").asText()).isEqualTo("4.0");
        assertThat(pkg.path("version").asText()).isEqualTo("1.0-beta-rc");
        assertThat(pkg.has("images")).isFalse();
        assertThat(pkg.has("minDcosReleaseVersion")).as("no binary CLI, so no minimum is needed").isFalse();
        assertThat(result.revision().has(RevisionFile.COMMAND)).isFalse();
        assertThat(result.changes()).anySatisfy(c -> assertThat(c).contains("Removed from package.json", "images"))
                .anySatisfy(c -> assertThat(c).contains("\"1.0 beta (rc)\" becomes \"1.0-beta-rc\""))
                .anySatisfy(c -> assertThat(c).contains("dcos-old==0.1"));
        // The input is untouched: migration is a pure function the window applies as an undoable edit.
        assertThat(rev.packagingVersion().orElseThrow().text()).isEqualTo("2.0");
        assertThat(rev.has(RevisionFile.COMMAND)).isTrue();
    }

    @Test
    void anUnreadablePackageIsNotMigrated() {
        Revision rev = Revision.of(Map.of(RevisionFile.PACKAGE, SourceText.of("{\"packagingVersion\": ")),
                RevisionOrigin.NEW, List.of());
        Migration.Result result = Migration.toV4(rev);
        assertThat(result.migrated()).isFalse();
        assertThat(result.needsAttention()).singleElement().asString().contains("fix it first");
    }
}

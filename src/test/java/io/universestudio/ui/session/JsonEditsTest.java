package io.universestudio.ui.session;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.model.SourceText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonEditsTest {

    private static Revision withPackage(String text) {
        return Revision.of(Map.of(RevisionFile.PACKAGE, SourceText.of(text)), RevisionOrigin.NEW, List.of());
    }

    private static String packageText(Revision r) {
        return r.text(RevisionFile.PACKAGE).orElseThrow();
    }

    private static final String HAND_WRITTEN = """
            {
                "name" : "x",
                "version":"1.0",   "tags": ["a","b"],
                "description": "d"
            }
            """;

    @Test
    void changingAValueChangesOnlyItsText() {
        Revision r = JsonEdits.setMember(withPackage(HAND_WRITTEN), RevisionFile.PACKAGE, "version", TextNode.valueOf("2.0 beta"));
        assertThat(packageText(r)).isEqualTo(HAND_WRITTEN.replace("\"1.0\"", "\"2.0 beta\""));
    }

    @Test
    void changingAnArrayKeepsTheRestOfTheLayout() {
        var tags = JsonNodeFactory.instance.arrayNode().add("a");
        Revision r = JsonEdits.setMember(withPackage(HAND_WRITTEN), RevisionFile.PACKAGE, "tags", tags);
        assertThat(packageText(r)).isEqualTo(HAND_WRITTEN.replace("[\"a\",\"b\"]", "[\"a\"]")); // inline stays inline
        assertThat(r.packageJson().orElseThrow().object().orElseThrow().get("tags")).isEqualTo(tags);
    }

    @Test
    void removingAMemberTakesItsLineAway() {
        Revision r = JsonEdits.setMember(withPackage("{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}\n"), RevisionFile.PACKAGE, "b", null);
        assertThat(packageText(r)).isEqualTo("{\n  \"a\": 1,\n  \"c\": 3\n}\n");
        Revision last = JsonEdits.setMember(withPackage("{\n  \"a\": 1,\n  \"c\": 3\n}\n"), RevisionFile.PACKAGE, "c", null);
        assertThat(packageText(last)).isEqualTo("{\n  \"a\": 1\n}\n");
    }

    @Test
    void addingAMemberAppendsItInTheFilesStyle() {
        Revision r = JsonEdits.setMember(withPackage("{\n  \"a\": 1\n}\n"), RevisionFile.PACKAGE, "scm", TextNode.valueOf("https://x"));
        assertThat(packageText(r)).isEqualTo("{\n  \"a\": 1,\n  \"scm\": \"https://x\"\n}\n");
    }

    @Test
    void anEmptyObjectIsFilledInTheUniverseStyle() {
        Revision r = JsonEdits.setMember(withPackage("{}\n"), RevisionFile.PACKAGE, "name", TextNode.valueOf("x"));
        assertThat(packageText(r)).isEqualTo("{\n  \"name\": \"x\"\n}\n");
    }

    @Test
    void aFileThatDoesNotParseIsNeverTouched() {
        Revision broken = withPackage("{ \"name\": ");
        assertThat(JsonEdits.setMember(broken, RevisionFile.PACKAGE, "name", TextNode.valueOf("x"))).isSameAs(broken);
    }

    @Test
    void settingTheSameValueIsNoChange() {
        Revision r = withPackage(HAND_WRITTEN);
        assertThat(JsonEdits.setMember(r, RevisionFile.PACKAGE, "name", TextNode.valueOf("x"))).isSameAs(r);
    }
}

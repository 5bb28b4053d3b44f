package io.universestudio.ui.editor.config;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.schema.OptionPath;
import io.universestudio.core.schema.OptionType;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.ui.session.Unreadable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** While config.json does not parse, the options model keeps the last version read and takes no edits. */
class UnreadableConfigTest {

    private static final String CONFIG = """
            {
              "type": "object",
              "properties": {
                "a": {"type": "string", "default": "x"}
              }
            }
            """;
    private static final String BROKEN = CONFIG.replace("\"object\",", "\"object\"");

    private final Messages messages = Messages.load();
    private final EditorSession session = new EditorSession(Revision.empty(RevisionOrigin.NEW)
            .withText(RevisionFile.CONFIG, CONFIG).withText(RevisionFile.PACKAGE, "{\"name\": \"demo\"}\n"));
    private final OptionsEditorViewModel model = new OptionsEditorViewModel(session, messages);

    private void type(String text) {
        session.apply(Edit.of("type", r -> r.withText(RevisionFile.CONFIG, text)));
    }

    @Test
    void theLastVersionReadStaysReadOnlyAndTheTextStaysAsTyped() {
        type(BROKEN);
        assertThat(model.isReadOnly()).isTrue();
        assertThat(model.schema()).isNotNull();
        assertThat(model.schema().option(OptionPath.of("a"))).isPresent();

        assertThat(model.add(OptionType.STRING, "b")).isFalse();
        assertThat(model.rename(OptionPath.of("a"), "c", null)).isFalse();
        assertThat(model.addServiceBlock()).isEmpty();
        assertThat(model.refusalProperty().get()).contains("does not parse");
        assertThat(session.current().text(RevisionFile.CONFIG)).hasValue(BROKEN);

        type(CONFIG.replace("\"x\"", "\"y\""));
        assertThat(model.isReadOnly()).isFalse();
        assertThat(model.schema().option(OptionPath.of("a")).orElseThrow().defaultValue().orElseThrow().asText())
                .isEqualTo("y");
        assertThat(model.add(OptionType.STRING, "b")).isTrue();
    }

    @Test
    void aPackageOpenedUnreadableShowsNothingOfThePackageBefore() {
        session.open(Revision.empty(RevisionOrigin.NEW).withText(RevisionFile.CONFIG, BROKEN));
        assertThat(model.isReadOnly()).isTrue();
        assertThat(model.schema()).isNull();
    }

    @Test
    void theReasonIsTheProjectsOwnSentenceWithLineAndColumn() {
        type(BROKEN);
        Unreadable why = Unreadable.of(session.current(), RevisionFile.CONFIG).orElseThrow();
        String text = why.describe(messages);
        assertThat(text).startsWith("config.json does not parse at line 2, column ").containsIgnoringCase("comma")
                .contains("read-only").doesNotContain("code 34").doesNotContain("Unexpected character");
        assertThat(why.position().line()).isEqualTo(2);

        type("[1, 2]\n");
        assertThat(Unreadable.of(session.current(), RevisionFile.CONFIG).orElseThrow().describe(messages))
                .startsWith("config.json does not hold a JSON object ({ ... })");
        assertThat(Unreadable.of(session.current(), RevisionFile.RESOURCE)).as("no resource.json at all").isEmpty();
    }
}

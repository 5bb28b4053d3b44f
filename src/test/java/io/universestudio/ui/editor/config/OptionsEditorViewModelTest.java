package io.universestudio.ui.editor.config;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.schema.ConfigOption;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.schema.OptionPath;
import io.universestudio.core.schema.OptionType;
import io.universestudio.core.schema.ServiceBlock;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.session.EditorSession;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The options editor's model on a real session: drag-and-drop placement, refusals, service block, undo. */
class OptionsEditorViewModelTest {

    private static final String CONFIG = """
            {
              "type": "object",
              "properties": {
                "a": {"type": "string"},
                "b": {"type": "string"},
                "g": {"type": "object", "properties": {"x": {"type": "integer"}}, "required": ["x"]}
              }
            }
            """;

    private final EditorSession session = new EditorSession(Revision.empty(RevisionOrigin.NEW)
            .withText(RevisionFile.CONFIG, CONFIG).withText(RevisionFile.PACKAGE, "{\"name\": \"demo\"}\n"));
    private final OptionsEditorViewModel model = new OptionsEditorViewModel(session, Messages.load());

    private List<String> names(OptionPath parent) {
        return model.schema().option(parent).orElseThrow().children().stream().map(ConfigOption::name).toList();
    }

    @Test
    void droppingOnTheLowerHalfOfAnOptionPutsTheDraggedOneAfterIt() {
        OptionTree.Drop drop = OptionTree.dropAt(model.schema(), OptionPath.of("a"), OptionPath.of("b"), 0.8);
        assertThat(drop).isEqualTo(new OptionTree.Drop(OptionPath.ROOT, 1));
        assertThat(model.move(OptionPath.of("a"), drop.parent(), drop.index())).isTrue();
        assertThat(names(OptionPath.ROOT)).containsExactly("b", "a", "g");
    }

    @Test
    void droppingOnTheMiddleOfAGroupMovesTheOptionInsideIt() {
        OptionTree.Drop drop = OptionTree.dropAt(model.schema(), OptionPath.of("a"), OptionPath.of("g"), 0.5);
        assertThat(drop.parent()).isEqualTo(OptionPath.of("g"));
        assertThat(model.move(OptionPath.of("a"), drop.parent(), drop.index())).isTrue();
        assertThat(names(OptionPath.of("g"))).containsExactly("x", "a");
        assertThat(model.selectionProperty().get()).isEqualTo(OptionPath.of("g", "a"));
        session.undo();
        assertThat(session.current().text(RevisionFile.CONFIG)).contains(CONFIG);
    }

    @Test
    void aRefusedEditSaysWhyAndChangesNothing() {
        model.selectionProperty().set(OptionPath.ROOT);
        assertThat(model.add(OptionType.STRING, "a")).isFalse();
        assertThat(model.refusalProperty().get()).contains("already").contains("\"a\"");
        assertThat(session.canUndoProperty().get()).isFalse();
        model.selectionProperty().set(OptionPath.of("a"));
        assertThat(model.add(OptionType.STRING, model.freeName(model.parentForNew(), "a"))).isTrue();
        assertThat(names(OptionPath.ROOT)).containsExactly("a", "b", "g", "a2");
        assertThat(model.refusalProperty().get()).isEmpty();
    }

    @Test
    void theServiceBlockIsOneUndoableEditAndOffersTemplateLines() {
        Optional<ServiceBlock.Added> added = model.addServiceBlock();
        assertThat(added).isPresent();
        assertThat(added.get().addedOptions()).contains("name", "cpus", "mem", "instances", "user");
        assertThat(added.get().templateSnippet()).contains("{{service.name}}");
        ConfigSchema after = model.schema();
        assertThat(after.option(OptionPath.of("service", "name")).orElseThrow().defaultValue().orElseThrow().asText())
                .isEqualTo("demo");
        session.undo();
        assertThat(session.current().text(RevisionFile.CONFIG)).contains(CONFIG);
    }

    @Test
    void editsOutsideConfigKeepTheSchemaObject() {
        ConfigSchema before = model.schema();
        session.apply(io.universestudio.ui.session.Edit.of("t", r -> r.withText(RevisionFile.TEMPLATE, "{}")));
        assertThat(model.schema()).isSameAs(before);
    }

    @Test
    void theReferenceIsWrittenAsMarkdownAndAFailureIsAReasonNotAnException(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path out = dir.resolve("config-reference.md");
        assertThat(model.exportReference(out)).isEmpty();
        assertThat(java.nio.file.Files.readString(out)).startsWith("| Path | Type | Default | Description |")
                .contains("| `g.x` | integer (required) |");
        java.nio.file.Path blocked = out.resolve("inside-a-file.md");
        assertThat(model.exportReference(blocked)).hasValueSatisfying(m -> assertThat(m).contains("inside-a-file.md"));
    }
}

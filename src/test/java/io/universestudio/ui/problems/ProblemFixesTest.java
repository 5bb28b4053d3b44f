package io.universestudio.ui.problems;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.validate.Fix;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Validator;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.session.EditorSession;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A problem's fix applied from the panel is one undoable step of the session, or nothing when it is stale. */
class ProblemFixesTest {

    private static final String TEMPLATE = "{\"id\": \"{{service.nmae}}\", \"cpus\": {{service.cpus}}}\n";
    private static final String CONFIG = """
            {"type": "object", "properties": {"service": {"type": "object", "properties": {
              "name": {"type": "string", "default": "demo"}, "cpus": {"type": "number", "default": 1}}}}}
            """;

    private final EditorSession session = new EditorSession(Revision.empty(RevisionOrigin.NEW)
            .withText(RevisionFile.PACKAGE, "{\"packagingVersion\": \"4.0\", \"name\": \"demo\", \"version\": \"1.0\"}\n")
            .withText(RevisionFile.CONFIG, CONFIG).withText(RevisionFile.TEMPLATE, TEMPLATE));
    private final ProblemsViewModel model = new ProblemsViewModel();

    ProblemFixesTest() {
        model.setFixer(fix -> session.apply(Edit.of(fix)), "stale");
    }

    private Problem undefined() {
        model.show(new Validator().validate(session.current()));
        List<Problem> found = model.all().stream().filter(p -> p.code().equals("TEMPLATE-UNDEFINED-VARIABLE")).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aFixIsOneStepThatUndoTakesBack() {
        Problem p = undefined();
        Fix fix = p.fixes().get(0);
        assertThat(fix.label()).isEqualTo("Use {{service.name}}");

        assertThat(model.fix(p, fix)).isTrue();
        assertThat(session.current().template()).hasValue(TEMPLATE.replace("nmae", "name"));
        assertThat(session.undoDescriptionProperty().get()).isEqualTo("Use {{service.name}}");
        assertThat(model.fixNoticeProperty().get()).isEmpty();

        session.undo();
        assertThat(session.current().template()).hasValue(TEMPLATE);
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void aFixFoundForOlderTextChangesNothingAndSaysSo() {
        Problem p = undefined();
        session.apply(Edit.of("type", r -> r.withText(RevisionFile.TEMPLATE, "\n" + TEMPLATE)));
        long changes = session.changeCount();

        assertThat(model.fix(p, p.fixes().get(0))).isFalse();
        assertThat(session.changeCount()).isEqualTo(changes);
        assertThat(model.fixNoticeProperty().get()).isEqualTo("stale");
        assertThat(undefined().fixes()).isNotEmpty();
        assertThat(model.fixNoticeProperty().get()).as("a new report clears it").isEmpty();
    }

    @Test
    void onlyTheProblemsOwnFixesAreApplied() {
        Problem p = undefined();
        Fix other = new Fix("x", RevisionFile.TEMPLATE, new Fix.ReplaceText(List.of(new Fix.Range(0, 1, "{", "["))));
        assertThatThrownBy(() -> model.fix(p, other)).isInstanceOf(IllegalArgumentException.class);
    }
}

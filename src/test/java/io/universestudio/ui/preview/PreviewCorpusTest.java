package io.universestudio.ui.preview;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.render.RenderFailure;
import io.universestudio.core.render.RenderSuccess;
import io.universestudio.testsupport.Shared;
import io.universestudio.ui.app.AppContext;
import io.universestudio.ui.app.StudioWindow;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The live preview as a user meets it, on a real corpus package. */
@StudioWindow.WindowTest
class PreviewCorpusTest {

    @TempDir
    Path home;

    private AppContext app;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = StudioWindow.copyRevision(Shared.revision("D/datastax-dse/700"), home.resolve("repo"));
        app = StudioWindow.show(stage, home, folder);
    }

    @Test
    void theRenderedAppIsShownWithItsLabelsDecoded(FxRobot robot) {
        assertThat(app.preview().result().result()).isInstanceOf(RenderSuccess.class);
        CodeArea rendered = robot.lookup("#previewApp").queryAs(CodeArea.class);
        assertThat(rendered.getText()).contains("\"id\": \"datastax-dse\"").contains("DCOS_PACKAGE_NAME");
        assertThat(rendered.isEditable()).isFalse();
        assertThat(app.previewModel().labelsTextProperty().get()).contains("\"DCOS_PACKAGE_OPTIONS\": {");
        assertThat(robot.lookup("#previewFailureBox").queryAs(Node.class).isVisible()).isFalse();
    }

    @Test
    void aTemplateThatDoesNotRenderJsonIsExplainedWithTheLineAndALinkToTheTemplate(FxRobot robot) {
        robot.clickOn("#tab-template");
        CodeArea template = robot.lookup("#source-template").queryAs(CodeArea.class);
        String before = template.getText();
        int at = before.indexOf("\"{{service.name}}\"");
        // Remove the quotes around the app id: the rendered text becomes  "id": datastax-dse,
        robot.interact(() -> template.replaceText(at, at + "\"{{service.name}}\"".length(), "{{service.name}}"));
        robot.clickOn("#sourceButton-package"); // leaving the template hands the typing over
        WaitForAsyncUtils.waitForFxEvents();

        RenderFailure failure = (RenderFailure) app.preview().result().result();
        assertThat(failure.position()).as(failure.describe()).isNotNull();
        Label message = robot.lookup("#previewFailure").queryAs(Label.class);
        assertThat(robot.lookup("#previewFailureBox").queryAs(Node.class).isVisible()).isTrue();
        assertThat(message.getText()).contains("line " + failure.position().line());
        Hyperlink link = robot.lookup("#previewFailureTag").queryAs(Hyperlink.class);
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getText()).contains("{{service.name}}");

        robot.clickOn(link);
        assertThat(robot.lookup("#source-template").queryAs(CodeArea.class).getSelectedText()).isEqualTo("{{service.name}}");
        assertThat(app.session().current().text(RevisionFile.TEMPLATE).orElseThrow()).contains("\"id\": {{service.name}},");
    }

    @Test
    void changingAWhatIfOptionChangesThePreviewAndResetGoesBack(FxRobot robot) {
        TextField name = robot.lookup((Node n) -> n instanceof TextField && "/service/name".equals(n.getProperties().get("pointer")))
                .queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("datastax-dse");
        robot.clickOn(name).push(KeyCode.SHORTCUT, KeyCode.A).write("my-dse").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        CodeArea rendered = robot.lookup("#previewApp").queryAs(CodeArea.class);
        assertThat(rendered.getText()).contains("\"id\": \"my-dse\"");
        assertThat(app.previewModel().labelsTextProperty().get()).contains("my-dse");

        robot.clickOn("#resetOptions");
        assertThat(rendered.getText()).contains("\"id\": \"datastax-dse\"");
    }

    @Test
    void theWhatIfListKeepsConfigOrderWhateverIsSetAndWhetherTheRenderWorksOrNot(FxRobot robot) {
        // Cosmos (circe's deepMerge) puts the user's keys first; the list does not follow it, or a row
        // would jump to the top as soon as its value is changed.
        List<String> defaults = pointers(app.previewModel().leavesProperty().get());
        assertThat(defaults).contains("/opscenter/enabled", "/service/name");
        robot.interact(() -> app.previewModel().setOptionsJson("{\"opscenter\": {\"enabled\": true}, \"service\": {\"name\": \"d\"}}"));
        assertThat(app.preview().result().result()).isInstanceOf(RenderSuccess.class);
        assertThat(pointers(app.previewModel().leavesProperty().get())).isEqualTo(defaults);

        robot.interact(() -> app.previewModel().setOptionsJson("{\"opscenter\": {\"enabled\": true}, \"service\": {\"name\": 4}}"));
        assertThat(app.preview().result().result()).isInstanceOf(RenderFailure.class);
        assertThat(pointers(app.previewModel().leavesProperty().get())).isEqualTo(defaults);
    }

    private static List<String> pointers(List<OptionLeaf> leaves) {
        return leaves.stream().map(OptionLeaf::pointer).toList();
    }

    @Test
    void anOptionConfigJsonRejectsIsAProblem(FxRobot robot) {
        robot.interact(() -> app.previewModel().setOptionsJson("{\"service\": {\"name\": 42}}"));
        assertThat(app.problems().all()).anyMatch(p -> p.code().equals(PreviewViewModel.OPTIONS_CODE)
                && p.file() == RevisionFile.CONFIG);
        robot.interact(() -> app.previewModel().resetToDefaults());
        assertThat(app.problems().all()).noneMatch(p -> p.code().equals(PreviewViewModel.OPTIONS_CODE));
    }

    @Test
    void aClickOnARenderedValueShowsTheTagAndTheOptionBehindIt(FxRobot robot) {
        CodeArea rendered = robot.lookup("#previewApp").queryAs(CodeArea.class);
        int offset = rendered.getText().indexOf("\"id\": \"datastax-dse\"") + 9;
        robot.interact(() -> rendered.moveTo(offset));
        robot.interact(() -> rendered.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                0, 0, 0, 0, javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false,
                true, false, false, null)));
        assertThat(robot.lookup("#previewOrigin").queryAs(Label.class).getText()).contains("{{service.name}}").contains("service.name");
        assertThat(robot.lookup("#source-template").queryAs(CodeArea.class).getSelectedText()).isEqualTo("{{service.name}}");
    }
}

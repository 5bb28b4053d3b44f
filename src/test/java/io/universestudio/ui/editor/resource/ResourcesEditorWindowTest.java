package io.universestudio.ui.editor.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.resource.Asset;
import io.universestudio.ui.app.AppContext;
import io.universestudio.ui.app.StudioWindow;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Edits images and assets through the Resources tab; thumbnails come from a real HTTP server on loopback. */
@StudioWindow.WindowTest
class ResourcesEditorWindowTest {

    @TempDir
    Path home;

    private AppContext app;
    private HttpServer server;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/icon.png", ex -> {
            ex.getResponseHeaders().add("Content-Type", "image/png");
            ex.sendResponseHeaders(200, png.size());
            ex.getResponseBody().write(png.toByteArray());
            ex.close();
        });
        server.start();

        Path folder = StudioWindow.demoRevision(home, StudioWindow.DEMO_PACKAGE);
        Files.writeString(folder.resolve("resource.json"), """
                {
                  "assets": {
                    "container": {
                      "docker": {
                        "main": "example/demo:1.0"
                      }
                    }
                  }
                }
                """);
        Files.writeString(folder.resolve("marathon.json.mustache"), """
                {
                  "container": {"docker": {"image": "{{resource.assets.container.docker.main}}"}}
                }
                """);
        app = StudioWindow.show(stage, home, folder);
        app.tabs().select(RevisionFile.RESOURCE, true);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private JsonNode resource() throws Exception {
        return JsonText.mapper().readTree(app.session().current().text(RevisionFile.RESOURCE).orElseThrow());
    }

    @Test
    void settingAnIconLoadsItsThumbnailInTheBackgroundAndChecksIt(FxRobot robot) throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/icon.png";
        robot.clickOn("#img-icon-small").write(url).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(resource().at("/images/icon-small").asText()).isEqualTo(url);

        ImageView thumb = robot.lookup("#img-icon-small-thumb").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> thumb.getImage() != null);
        assertThat(thumb.getImage().getWidth()).isEqualTo(10);
        WaitForAsyncUtils.waitForFxEvents();
        String checks = robot.lookup("#img-icon-small-checks").queryAs(Label.class).getText();
        assertThat(checks).contains("uses http").contains("is 10x10");

        // Unchanged resource text apart from the new image.
        assertThat(resource().at("/assets/container/docker/main").asText()).isEqualTo("example/demo:1.0");
        robot.interact(() -> app.session().undo());
        assertThat(resource().at("/images").isMissingNode()).isTrue();
    }

    @Test
    void editingADockerImageInTheTableChangesResourceJsonAndShowsWhereTheTemplateUsesIt(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<Asset> table = robot.lookup("#assets-docker").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(Asset::alias).containsExactly("main");
        Node usedCell = robot.from(table).lookup(".table-cell").nth(2).queryAs(Node.class);
        assertThat(((javafx.scene.control.TableCell<?, ?>) usedCell).getText()).isEqualTo("at line 2");

        // Start editing the value cell as a double-click would (the table may sit below the fold), then type.
        robot.interact(() -> {
            table.requestFocus();
            table.edit(0, table.getColumns().get(1));
        });
        TextField editor = robot.from(table).lookup(".text-field").queryAs(TextField.class);
        assertThat(editor.getText()).isEqualTo("example/demo:1.0");
        robot.interact(editor::requestFocus);
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("example/demo:2.0").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(resource().at("/assets/container/docker/main").asText()).isEqualTo("example/demo:2.0");
        assertThat(app.session().current().text(RevisionFile.RESOURCE).orElseThrow())
                .isEqualTo(app.session().saved().text(RevisionFile.RESOURCE).orElseThrow()
                        .replace("example/demo:1.0", "example/demo:2.0"));
    }

    @Test
    void droppingALargeImageMakesTheThreeIconsAndSetsTheirUrlsInOneEdit(FxRobot robot) throws Exception {
        Path big = home.resolve("logo.png");
        ImageIO.write(new BufferedImage(600, 600, BufferedImage.TYPE_INT_ARGB), "png", big.toFile());
        ResourcesEditorView view = app.visualEditors().resources();
        WaitForAsyncUtils.asyncFx(() -> view.makeIcons(big.toFile()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#iconsDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#iconsDialog").queryAs(DialogPane.class);
        Stage dialog = (Stage) pane.getScene().getWindow();

        // Only the Resources tab was ever opened: the dialog still belongs to the main window, sits on its
        // centre and wears its theme.
        assertThat(dialog.getOwner()).isSameAs(stage);
        assertThat(pane.getScene().getStylesheets()).isEqualTo(stage.getScene().getStylesheets()).isNotEmpty();
        assertThat(pane.getScene().getRoot().getStyle()).isEqualTo(stage.getScene().getRoot().getStyle());
        assertThat(dialog.getX() + dialog.getWidth() / 2).isCloseTo(stage.getX() + stage.getWidth() / 2, within(40.0));
        assertThat(dialog.getY() + dialog.getHeight() / 2).isCloseTo(stage.getY() + stage.getHeight() / 2, within(80.0));
        assertThat(pane.getHeaderText()).contains("The icons were written to");

        robot.interact(() -> {
            ((TextField) pane.lookup("#iconsBaseUrl")).setText("https://example.com/demo/");
            ButtonType set = pane.getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
            ((Button) pane.lookupButton(set)).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();

        assertThat(resource().at("/images/icon-small").asText()).isEqualTo("https://example.com/demo/icon-small.png");
        assertThat(resource().at("/images/icon-medium").asText()).isEqualTo("https://example.com/demo/icon-medium.png");
        assertThat(resource().at("/images/icon-large").asText()).isEqualTo("https://example.com/demo/icon-large.png");
        Path written = home.resolve("data/icons/demo/icon-large@2x.png");
        assertThat(ImageIO.read(written.toFile()).getWidth()).isEqualTo(512);
        robot.interact(() -> app.session().undo());
        assertThat(resource().at("/images").isMissingNode()).isTrue();
    }

    @Test
    void droppingACliBinaryComputesItsSha256(FxRobot robot) throws Exception {
        Path binary = home.resolve("dcos-demo");
        Files.write(binary, "#!/bin/sh\necho demo\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Node editor = robot.lookup("#resourcesEditor").queryAs(Node.class);
        robot.interact(() -> {
            javafx.scene.Parent p = editor.getParent();
            while (!(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            ((javafx.scene.control.ScrollPane) p).setVvalue(1.0); // the CLI rows are at the bottom
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#cli-linux-url").write("https://example.com/dcos-demo").push(KeyCode.ENTER);
        robot.interact(() -> app.visualEditors().resources().hashInto(io.universestudio.core.resource.CliBinary.Os.LINUX, binary));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> resource().at("/cli/binaries/linux/x86-64/contentHash/0/value")
                .asText().length() == 64);
        JsonNode linux = resource().at("/cli/binaries/linux/x86-64");
        assertThat(linux.get("url").asText()).isEqualTo("https://example.com/dcos-demo");
        assertThat(linux.get("kind").asText()).isEqualTo("executable");
        assertThat(linux.at("/contentHash/0/value").asText())
                .isEqualTo(io.universestudio.core.resource.Sha256.of(Files.readAllBytes(binary)));
    }
}

package io.universestudio.ui.app;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.settings.UserFolders;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Sets the real application up for a screenshot of docs/images, without TestFX: run on a display (e.g.
 * through ../shared/tools/screenshot.sh). Arguments: what to show ({@code windows} or {@code resource-dialog}),
 * a home folder for the user folders, the revision to open, and for {@code resource-dialog} a large image.
 * <ul>
 *   <li>{@code windows}: the Server (serving the default repository) and Repositories windows open beside the
 *   main window, then the dark theme is switched on.</li>
 *   <li>{@code resource-dialog}: only the Resources tab is opened, then an image is dropped on the icon
 *   target, which opens the icons dialog.</li>
 *   <li>{@code broken-config}: a comma of config.json is deleted as typing would, then the Options form is
 *   shown (the last version read, read-only, with the reason).</li>
 * </ul>
 */
public final class ScreenshotProbe extends Application {

    @Override
    public void start(Stage stage) {
        List<String> a = getParameters().getUnnamed();
        Path home = Path.of(a.get(1));
        AppContext app = new AppContext(new UserFolders(home.resolve("config"), home.resolve("data")), Workers.background());
        app.show(stage, Optional.of(Path.of(a.get(2))));
        boolean windows = a.get(0).equals("windows");
        stage.setX(10);
        stage.setY(10);
        stage.setWidth(windows ? 1000 : 1240);
        stage.setHeight(windows ? 660 : 800);
        if (a.get(0).equals("tab")) {
            showTab(stage, app, a);
        } else if (windows) {
            later(2, () -> {
                app.tools().openServer();
                app.tools().openRepositories(null);
                app.server().start();
                for (Window w : List.copyOf(Window.getWindows())) {
                    if (w != stage && w instanceof Stage s && s.getScene().lookup("#serverPanel") != null) {
                        s.setX(690);
                        s.setY(40);
                        s.setWidth(900);
                        s.setHeight(560);
                    } else if (w != stage && w instanceof Stage s && s.getScene().lookup("#repositoriesPane") != null) {
                        s.setX(330);
                        s.setY(560);
                        s.setHeight(430);
                    }
                }
            });
            later(4, () -> app.appearance().setDark(true));
        } else if (a.get(0).equals("broken-config")) {
            later(2, () -> {
                String config = app.session().current().text(RevisionFile.CONFIG).orElseThrow();
                int comma = config.indexOf("\"object\",") + "\"object\"".length();
                app.session().apply(io.universestudio.ui.session.Edit.of("type", r -> r.withText(RevisionFile.CONFIG,
                        config.substring(0, comma) + config.substring(comma + 1))));
                app.tabs().select(RevisionFile.CONFIG, true);
                app.visualEditors().options().select(io.universestudio.core.schema.OptionPath.of("dsenode", "cpus"));
            });
        } else {
            later(2, () -> app.tabs().select(RevisionFile.RESOURCE, true));
            later(3, () -> app.visualEditors().resources().makeIcons(Path.of(a.get(3)).toFile()));
        }
    }

    /**
     * {@code tab HOME REVISION FILE ZOOM_STEPS PRESENTER [LINE]}: the whole screen, the zoom stepped up,
     * presenter mode on or off, the tab of FILE (e.g. TEMPLATE) as a form, or for the template its source
     * with the caret on the first tag of LINE (the preview marks what that tag printed).
     */
    private static void showTab(Stage stage, AppContext app, List<String> a) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        RevisionFile file = RevisionFile.valueOf(a.get(3));
        later(1, () -> {
            app.appearance().resetZoom();
            for (int i = 0; i < Integer.parseInt(a.get(4)); i++) {
                app.appearance().zoomIn();
            }
            app.appearance().setPresenter(Boolean.parseBoolean(a.get(5)));
            app.tabs().select(file, file != RevisionFile.TEMPLATE);
        });
        if (a.size() > 6) {
            later(3, () -> app.tabs().source(RevisionFile.TEMPLATE).ifPresent(editor -> {
                String text = editor.area().getText();
                int line = Integer.parseInt(a.get(6));
                int at = text.indexOf("{{", editor.area().getAbsolutePosition(line - 1, 0));
                editor.area().moveTo(at + 3);
                editor.area().showParagraphAtCenter(line - 1);
                editor.area().requestFocus();
            }));
        }
    }

    private static void later(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    /** The entry point; a class apart, as the java launcher refuses an Application as main class. */
    public static final class Main {
        public static void main(String[] args) {
            launch(ScreenshotProbe.class, args);
        }
    }
}

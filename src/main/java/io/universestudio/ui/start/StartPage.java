package io.universestudio.ui.start;

import io.universestudio.ui.common.Icons;
import io.universestudio.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What the window shows when nothing is open (the first start, File > Close): the ways to begin (a new
 * package, the sample, open, open a repository), what was open lately, and where to drop a folder or file.
 * Plain controls, built in a moment: it is the first thing a new user sees.
 */
public final class StartPage extends ScrollPane {

    /** What the start page's buttons do; the main window's own File menu actions. */
    public record Actions(Runnable newPackage, Runnable sample, Runnable open, Runnable openRepository,
                          Consumer<Path> openRecent) {
    }

    public StartPage(Messages messages, Actions actions, ObservableList<String> recentPackages,
                     ObservableList<String> recentRepositories) {
        setId("startPage");
        getStyleClass().add("start-page");
        setFitToWidth(true);
        setFitToHeight(true);

        Label title = new Label(messages.get("start.title"));
        title.getStyleClass().add("start-title");
        Label intro = new Label(messages.get("start.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("start-intro");

        VBox begin = new VBox(8,
                heading(messages.get("start.begin")),
                action("startNewPackage", messages.get("start.newPackage"), messages.get("start.newPackage.hint"),
                        "mdi2f-file-plus", actions.newPackage()),
                action("startSample", messages.get("start.sample"), messages.get("start.sample.hint"),
                        "mdi2s-school", actions.sample()),
                action("startOpen", messages.get("start.open"), messages.get("start.open.hint"),
                        "mdi2f-folder-open", actions.open()),
                action("startOpenRepository", messages.get("start.openRepository"),
                        messages.get("start.openRepository.hint"), "mdi2s-source-repository", actions.openRepository()));
        begin.setMinWidth(300);

        VBox recent = new VBox(6,
                heading(messages.get("start.recentPackages")),
                recentList("startRecentPackages", recentPackages, messages.get("start.none"), actions.openRecent()),
                heading(messages.get("start.recentRepositories")),
                recentList("startRecentRepositories", recentRepositories, messages.get("start.none"), actions.openRecent()));
        HBox.setHgrow(recent, Priority.ALWAYS);

        HBox columns = new HBox(36, begin, recent);

        Label drop = new Label(messages.get("start.drop"), Icons.of("mdi2t-tray-arrow-down"));
        drop.setId("startDropZone");
        drop.setWrapText(true);
        drop.getStyleClass().add("start-drop-zone");
        drop.setMaxWidth(Double.MAX_VALUE);
        drop.setAlignment(Pos.CENTER);

        VBox page = new VBox(18, title, intro, columns, drop);
        page.setPadding(new Insets(32, 40, 32, 40));
        page.setMaxWidth(980);
        VBox centre = new VBox(page);
        centre.setAlignment(Pos.TOP_CENTER);
        setContent(centre);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("start-heading");
        return l;
    }

    private static Node action(String id, String text, String hint, String icon, Runnable run) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        b.setContentDisplay(ContentDisplay.LEFT);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setOnAction(e -> run.run());
        b.getStyleClass().add("start-action");
        Label h = new Label(hint);
        h.setWrapText(true);
        h.getStyleClass().add("help-text");
        return new VBox(2, b, h);
    }

    /** Links to recent places, kept in step with the list (the io thread sorts it after the page is built). */
    private static Node recentList(String id, ObservableList<String> paths, String none, Consumer<Path> open) {
        VBox box = new VBox(2);
        box.setId(id);
        Runnable fill = () -> {
            box.getChildren().clear();
            if (paths.isEmpty()) {
                Label empty = new Label(none);
                empty.getStyleClass().add("help-text");
                box.getChildren().add(empty);
            }
            for (String p : paths) {
                Path path = Path.of(p);
                Hyperlink link = new Hyperlink(path.getFileName() == null ? p : describe(path));
                link.setMnemonicParsing(false);
                link.setTooltip(new Tooltip(p));
                link.setOnAction(e -> open.accept(path));
                box.getChildren().add(link);
            }
        };
        paths.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        return box;
    }

    /** "kafka 3 — /home/me/universe/packages/K/kafka/3": the last folders name a revision best. */
    static String describe(Path path) {
        int n = path.getNameCount();
        String shortName = n >= 2 && path.getFileName().toString().matches("\\d+")
                ? path.getName(n - 2) + " " + path.getFileName() : path.getFileName().toString();
        Path parent = path.getParent();
        return parent == null ? shortName : shortName + "  \u2014  " + parent;
    }
}

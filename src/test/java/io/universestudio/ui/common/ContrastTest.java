package io.universestudio.ui.common;

import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.Stage;
import org.fxmisc.richtext.TextExt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text and icon colour studio.css sets meets WCAG AA against the background it is shown on, in both
 * themes and in presenter mode: 4.5:1 for text, 3:1 for icons. The colours are not read from the sheet by
 * hand but computed by JavaFX's own CSS on real nodes in a scene with the real theme (AtlantaFX as the
 * user-agent stylesheet, studio.css on the scene), so looked-up colours resolve as they do in the window;
 * the background is the nearest painted ancestor's, translucent fills composed over what is below them.
 * A selector of studio.css that sets a text or icon colour and has no case here fails the test, so a new
 * colour cannot escape it.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastTest {

    private static final double TEXT = 4.5;
    private static final double ICON = 3.0;
    private static final Set<String> FOREGROUND = Set.of("-fx-text-fill", "-fx-fill", "-fx-icon-color");
    /** Selectors whose "fill" paints a shape, not text: the selection and the matched-section box. */
    private static final Set<String> NOT_TEXT = Set.of(".source-editor .selection", ".section-match");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** One colour to check: built under {@code surface}; {@code target} is the node whose colour counts. */
    private record Case(String selector, String surface, Supplier<Node[]> build, boolean icon) {
    }

    /** The backgrounds text without one of its own is shown on: the window, the side panels, the editors. */
    private static final Map<String, Supplier<Region>> SURFACES = new LinkedHashMap<>();

    static {
        SURFACES.put("window", () -> styled(new VBox(), "studio"));
        SURFACES.put("navigator", () -> styled(new VBox(), "navigator"));
        SURFACES.put("status bar", () -> styled(new HBox(), "status-bar"));
        SURFACES.put("preview", () -> styled(new VBox(), "preview"));
    }

    private static <T extends Node> T styled(T node, String... classes) {
        node.getStyleClass().addAll(classes);
        return node;
    }

    /** Node pairs: [what to add under the surface, the node whose foreground is checked]. */
    private static Node[] label(String... classes) {
        Label l = styled(new Label("Text"), classes);
        return new Node[]{l, l};
    }

    private static Node[] inside(Region box, Node target) {
        if (box instanceof Parent) {
            ((javafx.scene.layout.Pane) box).getChildren().add(target);
        }
        return new Node[]{box, target};
    }

    private static Node[] icon(String... classes) {
        FontIcon i = styled(new FontIcon("mdi2a-alert"), classes);
        return new Node[]{i, i};
    }

    /** A code token as RichTextFX draws it, in a source editor, optionally on the caret's line. */
    private static Node[] code(boolean caretLine, String... classes) {
        return code(caretLine ? "-us-current-line" : null, classes);
    }

    /** A code token on {@code behind} (a looked-up colour painted under it), or on the editor alone. */
    private static Node[] code(String behind, String... classes) {
        TextExt t = styled(new TextExt("token"), "text");
        t.getStyleClass().addAll(classes);
        StackPane line = new StackPane(t);
        if (behind != null) {
            line.setStyle("-fx-background-color: " + behind + ";");
        }
        return new Node[]{styled(new StackPane(line), "source-editor"), t};
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String surface : SURFACES.keySet()) {
            for (String c : List.of("panel-title", "help-text", "field-label", "file-name", "error-text", "option-changed",
                    "option-default", "test-ok", "test-failed", "wizard-problems", "gutter-section-mark", "option-type",
                    "required-mark", "required-label", "field-problem")) {
                cases.add(new Case("." + c, surface, () -> label(c), false));
            }
            for (String c : List.of("severity-error", "severity-warning", "severity-info")) {
                cases.add(new Case("." + c, surface, () -> icon(c), true));
            }
        }
        cases.add(new Case(".status-bar .label", "window", () -> inside(styled(new HBox(), "status-bar"), new Label("x")), false));
        cases.add(new Case(".draft-bar .label", "window", () -> inside(styled(new HBox(), "draft-bar"), new Label("x")), false));
        cases.add(new Case(".form-banner", "window", () -> label("form-banner"), false));
        cases.add(new Case(".draft-bar", "window", () -> label("draft-bar"), false));
        cases.add(new Case(".form-banner .icon", "window",
                () -> inside(styled(new HBox(), "form-banner"), styled(new FontIcon("mdi2a-alert"), "icon")), true));
        cases.add(new Case(".chip .label", "window", () -> inside(styled(new HBox(), "chip"), new Label("x")), false));
        cases.add(new Case(".chip-remove .icon", "window", () -> {
            HBox chip = styled(new HBox(), "chip");
            HBox remove = styled(new HBox(), "chip-remove");
            chip.getChildren().add(remove);
            FontIcon i = styled(new FontIcon("mdi2c-close"), "icon");
            remove.getChildren().add(i);
            return new Node[]{chip, i};
        }, true));
        cases.add(new Case(".save-button:dirty .ikonli-font-icon", "window", () -> {
            javafx.scene.control.Button b = styled(new javafx.scene.control.Button("Save"), "save-button");
            FontIcon i = new FontIcon("mdi2c-content-save");
            b.setGraphic(i);
            b.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dirty"), true);
            return new Node[]{b, i};
        }, true));
        cases.add(new Case(".problem-hover", "window", () -> label("problem-hover"), false));
        for (String kind : List.of("", "notification-kind-success", "notification-kind-error")) {
            cases.add(new Case(".notification-bar .label", "window", () -> inside(
                    styled(new HBox(), kind.isEmpty() ? new String[]{"notification-bar"} : new String[]{"notification-bar", kind}),
                    new Label("x")), false));
            cases.add(new Case(".notification-title", "window", () -> inside(
                    styled(new HBox(), kind.isEmpty() ? new String[]{"notification-bar"} : new String[]{"notification-bar", kind}),
                    styled(new Label("x"), "notification-title")), false));
        }
        cases.add(new Case(".preview-failure .label", "preview", () -> inside(styled(new VBox(), "preview-failure"), new Label("x")), false));
        cases.add(new Case(".preview-failure .hyperlink", "preview",
                () -> inside(styled(new VBox(), "preview-failure"), new Hyperlink("x")), false));
        cases.add(new Case(".source-editor .lineno", "window", () -> {
            Label n = styled(new Label(" 12"), "lineno");
            return new Node[]{styled(new StackPane(n), "source-editor"), n};
        }, false));
        cases.add(new Case(".tab-pane > .tab-header-area > .headers-region > .tab:selected > .tab-container > .tab-label",
                "window", () -> {
                    javafx.scene.control.TabPane pane = new javafx.scene.control.TabPane(
                            new javafx.scene.control.Tab("One"), new javafx.scene.control.Tab("Two"));
                    return new Node[]{pane, null};
                }, false));
        for (boolean caretLine : new boolean[]{false, true}) {
            cases.add(new Case(".source-editor .text", "window", () -> code(caretLine), false));
            for (String c : List.of("json-key", "json-string", "json-number", "json-literal", "json-punct",
                    "mustache-tag", "mustache-section")) {
                cases.add(new Case("." + c, "window", () -> code(caretLine, c), false));
            }
        }
        // The preview's values printed by the tag under the template's caret: code on the caret-value mark.
        cases.add(new Case(".source-editor .caret-value", "preview", () -> code("-us-caret-value"), false));
        for (String c : List.of("json-key", "json-string", "json-number", "json-literal", "json-punct")) {
            cases.add(new Case(".source-editor .caret-value", "preview", () -> code("-us-caret-value", c), false));
        }
        for (String c : List.of("severity-error", "severity-warning", "severity-info")) {
            cases.add(new Case(".button .ikonli-font-icon." + c, "window", () -> {
                javafx.scene.control.Button b = new javafx.scene.control.Button("3");
                FontIcon i = styled(new FontIcon("mdi2a-alert"), c);
                b.setGraphic(i);
                return new Node[]{b, i};
            }, true));
        }
        addStartHelpServerAndFindCases(cases);
        return cases;
    }

    /** The start page, the help windows, the server's status item and find (their own blocks of studio.css). */
    private static void addStartHelpServerAndFindCases(List<Case> cases) {
        for (String c : List.of("start-title", "start-intro", "start-heading", "help-heading", "help-title",
                "help-paragraph", "start-drop-zone", "find-hit-where")) {
            cases.add(new Case("." + c, "window", () -> label(c), false));
        }
        cases.add(new Case(".problem-code-link", "window", () -> {
            Hyperlink link = styled(new Hyperlink("PKG-LICENSE-MISSING"), "problem-code-link");
            return new Node[]{link, link};
        }, false));
        cases.add(new Case(".start-action .icon", "window", () -> {
            javafx.scene.control.Button b = styled(new javafx.scene.control.Button("Open"), "start-action");
            FontIcon i = styled(new FontIcon("mdi2a-alert"), "icon");
            b.setGraphic(i);
            return new Node[]{b, i};
        }, true));
        cases.add(new Case(".start-drop-zone .icon", "window",
                () -> inside(styled(new HBox(), "start-drop-zone"), styled(new FontIcon("mdi2a-alert"), "icon")), true));
        cases.add(new Case(".studio:drop-hover .start-drop-zone", "window", () -> {
            VBox window = styled(new VBox(), "studio");
            window.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-hover"), true);
            return inside(window, styled(new Label("Drop here"), "start-drop-zone"));
        }, false));
        cases.add(new Case(".server-status .icon", "status bar",
                () -> inside(styled(new HBox(), "server-status"), styled(new FontIcon("mdi2a-alert"), "icon")), true));
        cases.add(new Case(".server-status .hyperlink", "status bar",
                () -> inside(styled(new HBox(), "server-status"), new Hyperlink("http://127.0.0.1:8085/repo")), false));
        cases.add(new Case("#serverAddresses .list-cell:not-served .label", "window", () -> {
            VBox addresses = new VBox();
            addresses.setId("serverAddresses");
            HBox cell = styled(new HBox(), "list-cell");
            cell.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("not-served"), true);
            Label address = new Label("10.0.0.5");
            cell.getChildren().add(address);
            addresses.getChildren().add(cell);
            return new Node[]{addresses, address};
        }, false));
        for (boolean none : new boolean[]{false, true}) {
            cases.add(new Case(none ? ".find-bar:none .find-count" : ".find-bar .find-count", "window", () -> {
                HBox bar = styled(new HBox(), "find-bar");
                bar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("none"), none);
                return inside(bar, styled(new Label("3 of 17"), "find-count"));
            }, false));
        }
        cases.add(new Case(".find-bar .find-toggle:selected .icon", "window", () -> {
            HBox bar = styled(new HBox(), "find-bar");
            javafx.scene.control.ToggleButton toggle = styled(new javafx.scene.control.ToggleButton(), "find-toggle");
            toggle.setSelected(true);
            FontIcon i = styled(new FontIcon("mdi2a-alert"), "icon");
            toggle.setGraphic(i);
            bar.getChildren().add(toggle);
            return new Node[]{bar, i};
        }, true));
        for (String c : List.of("find-hit-text", "find-hit-match")) {
            cases.add(new Case("." + c, "window", () -> {
                Text t = styled(new Text("\"name\": \"cassandra\""), c);
                return new Node[]{new StackPane(t), t};
            }, false));
        }
    }

    /** The theme's own lists and tables: a selected row, focused elsewhere (the dark theme's complaint). */
    private List<String> checkSelectedRows(Region surface) {
        List<String> failures = new ArrayList<>();
        ListView<String> list = new ListView<>(FXCollections.observableArrayList("first", "second"));
        list.getSelectionModel().select(0);
        TableView<String> table = new TableView<>(FXCollections.observableArrayList("first", "second"));
        TableColumn<String, String> column = new TableColumn<>("Code");
        column.setCellValueFactory(d -> new SimpleStringProperty(d.getValue()));
        table.getColumns().add(column);
        table.getSelectionModel().select(0);
        TextField focusHere = new TextField();
        ((javafx.scene.layout.Pane) surface).getChildren().addAll(focusHere, list, table);
        Parent root = surface.getScene().getRoot();
        stage.show();
        root.applyCss();
        root.layout();
        focusHere.requestFocus();
        root.applyCss();
        root.layout();
        int seen = 0;
        List<Node> cells = new ArrayList<>(list.lookupAll(".list-cell"));
        cells.addAll(table.lookupAll(".table-cell"));
        for (Node cell : cells) {
            Node row = cell.getStyleClass().contains("table-cell") ? cell.getParent() : cell;
            if (row.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected"))
                    && cell instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                seen++;
                Text text = (Text) l.lookup(".text");
                double ratio = ratio(text.getFill(), background(text));
                if (ratio < TEXT) {
                    failures.add(String.format(Locale.ROOT, "selected row (unfocused %s) %.2f:1", cell.getClass().getSimpleName(), ratio));
                }
            }
        }
        if (seen < 2) {
            failures.add("the selected rows of the list and the table were not found (" + seen + ")");
        }
        return failures;
    }

    @Test
    void everyTextAndIconColourMeetsWcagAaInBothThemesAndInPresenterMode(FxRobot robot) {
        List<String> failures = new ArrayList<>();
        List<String> measured = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            for (boolean presenter : new boolean[]{false, true}) {
                robot.interact(() -> failures.addAll(check(theme, presenter, measured)));
            }
        }
        assertThat(measured).as("cases measured").hasSizeGreaterThan(100);
        assertThat(failures).as("colours below WCAG AA").isEmpty();
    }

    @Test
    void aCaseNamesEverySelectorOfStudioCssThatSetsATextOrIconColour() throws IOException {
        Set<String> covered = new LinkedHashSet<>();
        cases().forEach(c -> covered.add(c.selector()));
        Set<String> colouring = colouringSelectors(studioCss());
        colouring.removeAll(NOT_TEXT);
        assertThat(covered).containsAll(colouring);
    }

    /** The measurement can fail: grey #999 text on the light window is 2.8:1, well under 4.5. */
    @Test
    void aGreyLabelOnTheLightWindowFails(FxRobot robot) {
        double[] ratio = new double[1];
        robot.interact(() -> {
            Region surface = scene(Theme.LIGHT, false, SURFACES.get("window").get());
            Label grey = new Label("grey");
            grey.setStyle("-fx-text-fill: #999999;");
            ((javafx.scene.layout.Pane) surface).getChildren().add(grey);
            surface.applyCss();
            ratio[0] = ratio(grey.getTextFill(), background(grey));
        });
        assertThat(ratio[0]).isLessThan(TEXT).isGreaterThan(2.5);
    }

    private List<String> check(Theme theme, boolean presenter, List<String> measured) {
        List<String> failures = new ArrayList<>();
        String setup = theme + (presenter ? " presenter" : "");
        for (Case c : cases()) {
            Region surface = scene(theme, presenter, SURFACES.get(c.surface()).get());
            Node[] built = c.build().get();
            ((javafx.scene.layout.Pane) surface).getChildren().add(built[0]);
            surface.applyCss();
            surface.layout();
            surface.applyCss();
            List<Node> targets = new ArrayList<>();
            if (built[1] != null) {
                targets.add(built[1]);
            } else {
                targets.addAll(built[0].lookupAll(".tab-label"));
            }
            assertThat(targets).as(c.selector()).isNotEmpty();
            for (Node target : targets) {
                Paint fg = foreground(target);
                double ratio = ratio(fg, background(target));
                double needed = c.icon() ? ICON : TEXT;
                measured.add(c.selector());
                if (ratio < needed) {
                    failures.add(String.format(Locale.ROOT, "%s: %s on %s %.2f:1 (needs %.1f) %s on %s", setup,
                            c.selector(), c.surface(), ratio, needed, fg, background(target)));
                }
            }
        }
        Region surface = scene(theme, presenter, SURFACES.get("window").get());
        checkSelectedRows(surface).forEach(f -> failures.add(setup + ": " + f));
        return failures;
    }

    /** A fresh scene with the theme applied as the application applies it, showing {@code surface}. */
    private Region scene(Theme theme, boolean presenter, Region surface) {
        if (!theme.userAgentStylesheet().equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        }
        StackPane root = new StackPane(surface);
        if (theme == Theme.DARK) {
            root.getStyleClass().add("dark");
        }
        if (presenter) {
            root.getStyleClass().add("presenter");
        }
        Scene scene = new Scene(root, 400, 300);
        scene.getStylesheets().setAll(theme.sceneStylesheets());
        stage.setScene(scene);
        return surface;
    }

    private static Paint foreground(Node n) {
        if (n instanceof FontIcon i) {
            return i.getIconColor();
        }
        if (n instanceof Text t) {
            return t.getFill();
        }
        if (n instanceof javafx.scene.control.Labeled l) {
            Node text = l.lookup(".text");
            return text instanceof Text t ? t.getFill() : l.getTextFill();
        }
        throw new IllegalArgumentException("no foreground: " + n);
    }

    /** What is painted behind {@code n}: the fills of it and its ancestors, composed from the root up. */
    static Color background(Node n) {
        List<Paint> layers = new ArrayList<>();
        for (Node at = n; at != null; at = at.getParent()) {
            List<Paint> own = new ArrayList<>();
            if (at instanceof TextExt t && t.getBackgroundColor() != null) {
                own.add(t.getBackgroundColor());
            }
            if (at instanceof Region r && r.getBackground() != null) {
                Background b = r.getBackground();
                for (BackgroundFill f : b.getFills()) {
                    own.add(f.getFill());
                }
            }
            layers.addAll(0, own);
            if (!own.isEmpty() && opaque(own)) {
                break;
            }
        }
        // layers now run from the bottom-most needed to the top; find the last opaque one and compose upwards.
        Color result = Color.WHITE;
        for (Paint p : layers) {
            if (p instanceof Color c) {
                result = over(c, result);
            }
        }
        return result;
    }

    private static boolean opaque(List<Paint> fills) {
        return fills.stream().anyMatch(p -> p instanceof Color c && c.getOpacity() >= 0.999);
    }

    private static Color over(Color top, Color below) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a));
    }

    static double ratio(Paint fg, Color bg) {
        Color f = over((Color) fg, bg);
        double l1 = luminance(f);
        double l2 = luminance(bg);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String studioCss() throws IOException {
        try (InputStream in = ContrastTest.class.getResourceAsStream("/io/universestudio/css/studio.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The selectors of every rule that sets a text, fill or icon colour (comments removed). */
    static Set<String> colouringSelectors(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Set<String> selectors = new LinkedHashSet<>();
        Matcher rule = Pattern.compile("([^{}]+)\\{([^}]*)}").matcher(text);
        while (rule.find()) {
            String body = rule.group(2);
            boolean colours = FOREGROUND.stream().anyMatch(p -> Pattern.compile("(^|[;\\s])" + Pattern.quote(p) + "\\s*:").matcher(body).find());
            if (colours) {
                for (String s : rule.group(1).split(",")) {
                    selectors.add(s.trim().replaceAll("\\s+", " "));
                }
            }
        }
        return selectors;
    }
}

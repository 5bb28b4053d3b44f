package io.universestudio.ui.help;

import io.universestudio.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The contents of the Help windows that are plain pages: the shortcut sheet, How publishing works, About. */
final class HelpPages {

    private HelpPages() {
    }

    /** A searchable table of every shortcut. */
    static Node shortcuts(List<ShortcutSheet.Entry> entries, Messages messages) {
        TextField search = new TextField();
        search.setId("shortcutSearch");
        search.setPromptText(messages.get("help.search"));
        FilteredList<ShortcutSheet.Entry> shown = new FilteredList<>(FXCollections.observableArrayList(entries));
        search.textProperty().addListener((o, a, q) -> {
            String query = q.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(e -> query.isEmpty()
                    || (e.group() + " " + e.action() + " " + e.keys()).toLowerCase(Locale.ROOT).contains(query));
        });
        TableView<ShortcutSheet.Entry> table = new TableView<>(shown);
        table.setId("shortcutTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("help.shortcuts.keys"), ShortcutSheet.Entry::keys, 150));
        table.getColumns().add(column(messages.get("help.shortcuts.action"), ShortcutSheet.Entry::action, 260));
        table.getColumns().add(column(messages.get("help.shortcuts.where"), ShortcutSheet.Entry::group, 160));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, search, table);
        box.setPadding(new Insets(10));
        return box;
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /**
     * A page of the small Markdown subset the help pages use: "# " title, "## " heading, "- " bullet, and
     * paragraphs (lines joined until a blank line); code marks and emphasis are dropped.
     */
    static Node markdownPage(String resource, String id) {
        VBox page = new VBox(6);
        page.setId(id);
        page.setPadding(new Insets(14));
        page.getStyleClass().add("help-page");
        StringBuilder paragraph = new StringBuilder();
        for (String raw : read(resource).split("\\R")) {
            String line = raw.strip();
            boolean block = line.isEmpty() || line.startsWith("#") || line.startsWith("- ");
            if (block && paragraph.length() > 0) {
                page.getChildren().add(text(paragraph.toString(), "help-paragraph"));
                paragraph.setLength(0);
            }
            if (line.startsWith("## ")) {
                page.getChildren().add(text(line.substring(3), "help-heading"));
            } else if (line.startsWith("# ")) {
                page.getChildren().add(text(line.substring(2), "help-title"));
            } else if (line.startsWith("- ")) {
                paragraph.append("\u2022 ").append(line.substring(2));
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
            }
        }
        if (paragraph.length() > 0) {
            page.getChildren().add(text(paragraph.toString(), "help-paragraph"));
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }

    static Label text(String markdown, String styleClass) {
        Label l = new Label(ProblemCodes.plain(markdown));
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.getStyleClass().add(styleClass);
        return l;
    }

    static String read(String resource) {
        try (InputStream in = HelpPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not in the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

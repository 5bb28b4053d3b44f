package io.universestudio.ui.help;

import io.universestudio.cli.AppVersion;
import io.universestudio.ui.common.Messages;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Help > About: the version of the build, of Java and of JavaFX, and every bundled library with its licence. */
public final class AboutView extends VBox {

    public AboutView(Messages messages) {
        super(6);
        setId("aboutView");
        setPadding(new Insets(14));
        Label name = HelpPages.text(messages.get("app.name"), "help-title");
        Label version = label("aboutVersion", messages.get("help.about.version", AppVersion.current()));
        Label java = label("aboutJava", messages.get("help.about.java", System.getProperty("java.version"),
                String.valueOf(System.getProperty("java.vendor"))));
        Label javafx = label("aboutJavaFx", messages.get("help.about.javafx", javaFxVersion()));
        TableView<BundledLibraries.Library> libraries = new TableView<>(FXCollections.observableArrayList(BundledLibraries.list()));
        libraries.setId("aboutLibraries");
        libraries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        libraries.getColumns().add(HelpPages.column(messages.get("help.about.library"), BundledLibraries.Library::id, 280));
        libraries.getColumns().add(HelpPages.column(messages.get("help.about.libraryVersion"), BundledLibraries.Library::version, 110));
        libraries.getColumns().add(HelpPages.column(messages.get("help.about.licence"), BundledLibraries.Library::licence, 240));
        VBox.setVgrow(libraries, Priority.ALWAYS);
        getChildren().addAll(name, version, java, javafx, HelpPages.text(messages.get("help.about.libraries"), "help-heading"),
                libraries);
    }

    /** The JavaFX runtime's version, as JavaFX itself sets it when it starts. */
    static String javaFxVersion() {
        String v = System.getProperty("javafx.runtime.version");
        return v != null ? v : String.valueOf(System.getProperty("javafx.version"));
    }

    private static Label label(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }
}

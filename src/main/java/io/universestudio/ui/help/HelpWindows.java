package io.universestudio.ui.help;

import io.universestudio.ui.common.Messages;
import io.universestudio.ui.common.WindowService;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.util.List;
import java.util.function.Supplier;

/**
 * The Help menu's windows: keyboard shortcuts, problem codes, How publishing works and About. Each is made
 * once (through {@link WindowService}, so it follows the theme and zoom) and kept; the shortcut sheet is
 * read again from the menu bar every time it opens.
 */
public final class HelpWindows {

    private final WindowService windows;
    private final Messages messages;
    private final Supplier<MenuBar> menuBar;
    private final List<ShortcutSheet.Entry> otherShortcuts;
    private Stage shortcutsWindow;
    private Stage codesWindow;
    private ProblemCodesView codesView;
    private Stage publishingWindow;
    private Stage aboutWindow;

    /**
     * @param menuBar        the main window's menu bar, whose accelerators are the sheet
     * @param otherShortcuts keys handled outside the menus, declared by their owners
     */
    public HelpWindows(WindowService windows, Messages messages, Supplier<MenuBar> menuBar,
                       List<ShortcutSheet.Entry> otherShortcuts) {
        this.windows = windows;
        this.messages = messages;
        this.menuBar = menuBar;
        this.otherShortcuts = List.copyOf(otherShortcuts);
    }

    public void showShortcuts() {
        Parent sheet = new StackPane(HelpPages.shortcuts(ShortcutSheet.collect(menuBar.get(), otherShortcuts), messages));
        if (shortcutsWindow == null) {
            shortcutsWindow = windows.secondary(messages.get("help.shortcuts.title"), sheet, 620, 560);
        } else {
            windows.replaceContent(shortcutsWindow, sheet);
        }
        front(shortcutsWindow);
    }

    /** The problem codes window, showing {@code code} when it is given and known. */
    public void showProblemCode(String code) {
        if (codesWindow == null) {
            codesView = new ProblemCodesView(ProblemCodes.bundled(), messages);
            codesWindow = windows.secondary(messages.get("help.codes.title"), codesView, 820, 560);
        }
        if (code != null) {
            codesView.select(code);
        }
        front(codesWindow);
    }

    public void showPublishing() {
        if (publishingWindow == null) {
            publishingWindow = windows.secondary(messages.get("help.publishing.title"),
                    new StackPane(HelpPages.markdownPage("/io/universestudio/help/publishing.md", "publishingPage")), 640, 600);
        }
        front(publishingWindow);
    }

    public void showAbout() {
        if (aboutWindow == null) {
            aboutWindow = windows.secondary(messages.get("help.about.title"), new AboutView(messages), 700, 560);
        }
        front(aboutWindow);
    }

    public ProblemCodesView problemCodesView() {
        return codesView;
    }

    private static void front(Stage stage) {
        stage.show();
        stage.toFront();
    }
}

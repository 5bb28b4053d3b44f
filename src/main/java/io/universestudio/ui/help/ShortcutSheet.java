package io.universestudio.ui.help;

import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;

/**
 * Every keyboard shortcut of the window, read from the real accelerators of the menu bar at the moment the
 * sheet opens (so a menu item added later is on it without anyone updating a list), plus the keys that are
 * handled outside the menus, which their owners declare as {@link Entry entries} from the very
 * {@link KeyCombination} objects they match.
 */
public final class ShortcutSheet {

    /** "Edit", "Undo", "Ctrl+Z". */
    public record Entry(String group, String action, String keys) {

        public static Entry of(String group, String action, KeyCombination keys) {
            return new Entry(group, action, keys.getDisplayText().replace("\u21b5", "Enter"));
        }
    }

    private ShortcutSheet() {
    }

    /** The menu bar's accelerators, in menu order, then the others. */
    public static List<Entry> collect(MenuBar menuBar, List<Entry> others) {
        List<Entry> out = new ArrayList<>();
        for (Menu menu : menuBar.getMenus()) {
            walk(plain(menu.getText()), menu.getItems(), out);
        }
        // A key declared outside the menus that reads like a menu's (Ctrl++ on the keypad) is said once.
        for (Entry other : others) {
            if (out.stream().noneMatch(e -> e.keys().equals(other.keys()) && e.action().equalsIgnoreCase(other.action()))) {
                out.add(other);
            }
        }
        return List.copyOf(out);
    }

    private static void walk(String group, List<MenuItem> items, List<Entry> out) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                walk(group + " > " + plain(sub.getText()), sub.getItems(), out);
            } else if (item.getAccelerator() != null && !(item instanceof CustomMenuItem)) {
                out.add(Entry.of(group, plain(item.getText()), item.getAccelerator()));
            }
        }
    }

    /** A menu text without its mnemonic mark and trailing dots: "_File" is "File", "Open…" is "Open". */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("_", "").replaceAll("(\u2026|\\.\\.\\.)$", "").strip();
    }
}

package io.universestudio.ui.start;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Dropping what File > Open, Open file and Open repository open, anywhere on the window, opens it: a
 * revision folder, a repository folder, a package.json (or another file of a revision, which opens its
 * folder), a package.dcos or a build definition (.json). The first such file of the drop is opened; a drop
 * of anything else is refused while dragging, so the pointer says so before the button is let go.
 */
public final class DropToOpen {

    private static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("drop-hover");

    private DropToOpen() {
    }

    /** Makes {@code target} (the window's root) take drops and hand the path to {@code open}. */
    public static void install(Node target, Consumer<Path> open) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (openable(e.getDragboard()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                target.pseudoClassStateChanged(DRAGGING, true);
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.pseudoClassStateChanged(DRAGGING, false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            target.pseudoClassStateChanged(DRAGGING, false);
            Optional<Path> path = openable(e.getDragboard());
            path.ifPresent(open);
            e.setDropCompleted(path.isPresent());
            e.consume();
        });
    }

    static Optional<Path> openable(Dragboard board) {
        return board != null && board.hasFiles() ? openable(board.getFiles()) : Optional.empty();
    }

    /** The first dropped file the window can open. */
    public static Optional<Path> openable(List<File> files) {
        for (File f : files) {
            Path p = f.toPath();
            String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (Files.isDirectory(p) || Files.isRegularFile(p) && (name.endsWith(".json") || name.endsWith(".dcos")
                    || name.endsWith(".mustache"))) {
                return Optional.of(p.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }
}

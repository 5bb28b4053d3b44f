package io.universestudio.cli;

import io.universestudio.core.settings.UserFolders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the command line's log goes: nowhere a person reads. java.util.logging prints warnings, with their
 * stack traces, to the console by default; a command prints plain sentences instead, so the console
 * handlers are taken away while it runs. With {@code --verbose} everything the application logs, stack
 * traces included, goes to a log file ({@link #defaultFile()}) that the error message names.
 */
final class CliLogging implements AutoCloseable {

    static final String VERBOSE = "--verbose";

    private final Logger root = Logger.getLogger("");
    private final Logger ours = Logger.getLogger("io.universestudio");
    private final List<Handler> removed;
    private final Level rootLevel;
    private final Level ourLevel;
    private final FileHandler file;
    private final Path path;
    private final String unavailable;

    private CliLogging(Path requested) {
        rootLevel = root.getLevel();
        ourLevel = ours.getLevel();
        removed = Arrays.asList(root.getHandlers());
        removed.forEach(root::removeHandler);
        FileHandler handler = null;
        String why = null;
        if (requested != null) {
            try {
                Files.createDirectories(requested.toAbsolutePath().getParent());
                handler = new FileHandler(requested.toString(), true);
                handler.setFormatter(new SimpleFormatter());
                handler.setLevel(Level.ALL);
                root.addHandler(handler);
                ours.setLevel(Level.FINE);
            } catch (IOException | RuntimeException e) {
                why = "the log file " + requested + " could not be opened (" + e.getMessage() + ")";
                handler = null;
            }
        }
        this.file = handler;
        this.path = handler == null ? null : requested;
        this.unavailable = why;
    }

    /** Quiet logging for one command; {@code verbose} adds the log file. Close it to put things back. */
    static CliLogging start(boolean verbose) {
        return new CliLogging(verbose ? defaultFile() : null);
    }

    /** True when the arguments ask for the log file (wherever {@code --verbose} stands). */
    static boolean verbose(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals(VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    /** {@code <data folder>/logs/cli.log}, e.g. {@code ~/.local/share/universe-studio/logs/cli.log}. */
    static Path defaultFile() {
        return UserFolders.forThisUser().data().resolve("logs").resolve("cli.log");
    }

    Optional<Path> file() {
        return Optional.ofNullable(path);
    }

    /** One sentence on where the details of a failure are, for the end of an error message. */
    String whereTheDetailsAre() {
        if (path != null) {
            return "The details are in " + path + ".";
        }
        if (unavailable != null) {
            return "No details were written: " + unavailable + ".";
        }
        return "Run the command again with " + VERBOSE + " to write the details to " + defaultFile() + ".";
    }

    @Override
    public void close() {
        if (file != null) {
            root.removeHandler(file);
            file.close();
        }
        ours.setLevel(ourLevel);
        root.setLevel(rootLevel);
        removed.forEach(root::addHandler);
    }
}

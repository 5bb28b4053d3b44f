package io.universestudio;

import io.universestudio.cli.CommandArguments;
import io.universestudio.cli.StudioCommand;

/**
 * The one entry point. With a subcommand or an option it runs the command line; with no argument, or
 * with a path to a package revision or repository, it opens the window. A plain class, not an
 * Application, so the CLI never loads JavaFX and the jar runs on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (CommandArguments.isCommandLine(args)) {
            // A failure on another thread is logged, never printed as a stack trace to the person.
            Thread.setDefaultUncaughtExceptionHandler((thread, e) -> System.getLogger(Main.class.getName())
                    .log(System.Logger.Level.ERROR, "Uncaught on thread " + thread.getName(), e));
            System.exit(StudioCommand.executeOnConsole(args));
        }
        io.universestudio.ui.app.StudioLauncher.launch(args);
    }
}

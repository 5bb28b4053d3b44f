package io.universestudio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code universe-studio} command line. Exit codes: 0 success, 1 the input has errors (a package
 * that fails validation, a template that does not render), 2 the command could not run (bad usage,
 * unreadable files, a feature not available).
 */
@Command(name = "universe-studio", mixinStandardHelpOptions = true,
        versionProvider = StudioCommand.Version.class,
        description = "Author, check, render and publish DC/OS Universe packages.%n"
                + "Run without a command to open the Universe Studio window.",
        subcommands = {ValidateCommand.class, RenderCommand.class, IndexCommand.class,
                PublishCommand.class, ServeCommand.class, BundleCommand.class, CommandLine.HelpCommand.class})
public final class StudioCommand implements Runnable {

    public static final int OK = 0;
    public static final int INPUT_HAS_ERRORS = 1;
    public static final int COULD_NOT_RUN = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the CLI with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new StudioCommand())
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(e -> COULD_NOT_RUN)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println(cmd.getColorScheme().errorText("Error: " + e.getMessage()));
                    return COULD_NOT_RUN;
                });
        cl.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            if (!(e instanceof NotAvailableYet)) {
                e.getCommandLine().usage(e.getCommandLine().getErr());
            }
            return COULD_NOT_RUN;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** True when the arguments name a subcommand or an option, so the CLI should run instead of the window. */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return first.startsWith("-") || new CommandLine(new StudioCommand()).getSubcommands().containsKey(first);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Universe Studio " + AppVersion.current()};
        }
    }
}

package io.universestudio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code universe-studio} command line. Exit codes: 0 success, 1 the input has errors (a package
 * that fails validation, a template that does not render), 2 the command could not run (bad usage,
 * unreadable files).
 *
 * <p>A person never sees a Java stack trace: failures are plain sentences, anything unexpected (an
 * internal error, even an {@code OutOfMemoryError}) ends with exit code 2 and a sentence saying where the
 * details are; with {@code --verbose} they go to a log file (see {@link CliLogging}).
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

    private static final System.Logger LOG = System.getLogger(StudioCommand.class.getName());

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = CliLogging.VERBOSE, scope = CommandLine.ScopeType.INHERIT,
            description = "Write what the command logs, with the details of any failure, to a log file"
                    + " (the data folder's logs/cli.log).")
    private boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the CLI with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        try (CliLogging logging = CliLogging.start(CliLogging.verbose(args))) {
            CommandLine cl = new CommandLine(new StudioCommand())
                    .setOut(out)
                    .setErr(err)
                    .setExitCodeExceptionMapper(e -> COULD_NOT_RUN)
                    .setExecutionExceptionHandler((e, cmd, parsed) -> unexpected(e, cmd.getErr(), logging));
            cl.setParameterExceptionHandler((e, a) -> {
                e.getCommandLine().getErr().println(e.getMessage());
                e.getCommandLine().usage(e.getCommandLine().getErr());
                return COULD_NOT_RUN;
            });
            int code;
            try {
                code = cl.execute(args);
            } catch (Throwable e) { // an Error such as OutOfMemoryError: picocli passes it on
                code = unexpected(e, err, logging);
            }
            out.flush();
            err.flush();
            return code;
        }
    }

    /** What a person reads when a command fails in a way it does not handle itself; exit code 2. */
    private static int unexpected(Throwable e, PrintWriter err, CliLogging logging) {
        Throwable cause = e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
        LOG.log(System.Logger.Level.ERROR, "The command failed", cause);
        String what;
        if (cause instanceof OutOfMemoryError) {
            what = "Universe Studio ran out of memory, so the command stopped.";
        } else if (cause instanceof StackOverflowError) {
            what = "The input nests too deeply for Universe Studio to follow, so the command stopped.";
        } else {
            what = "An internal error stopped the command; this is a bug in Universe Studio, please report it.";
        }
        err.println("Error: " + what + " " + logging.whereTheDetailsAre());
        err.flush();
        return COULD_NOT_RUN;
    }

    /** Runs the CLI on this process's console (UTF-8 out and err) and returns the exit code. */
    public static int executeOnConsole(String[] args) {
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, utf8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, utf8), true);
        return execute(args, out, err);
    }

    /** True when the arguments name a subcommand or an option, so the CLI should run instead of the window. */
    public static boolean isCommandLine(String[] args) {
        return CommandArguments.isCommandLine(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Universe Studio " + AppVersion.current()};
        }
    }
}

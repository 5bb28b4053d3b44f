package io.universestudio.cli;

import java.util.Set;

/**
 * Tells the command line from the window by the first argument alone, without picocli: building
 * StudioCommand's picocli model (every subcommand's options, by reflection) took about a tenth of a second
 * of every window start, for an answer a set of names gives (ADR 0139). CommandArgumentsTest checks the
 * names against the picocli model, so a new subcommand cannot be forgotten here.
 */
public final class CommandArguments {

    /** StudioCommand's subcommands, as picocli knows them (help included). */
    static final Set<String> SUBCOMMANDS = Set.of("validate", "render", "index", "publish", "serve", "bundle", "help");

    private CommandArguments() {
    }

    /** True when the arguments name a subcommand or an option, so the CLI should run instead of the window. */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return first.startsWith("-") || SUBCOMMANDS.contains(first);
    }
}

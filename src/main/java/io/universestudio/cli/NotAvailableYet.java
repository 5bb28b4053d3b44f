package io.universestudio.cli;

import picocli.CommandLine;

/** Thrown by a subcommand whose feature has not been built yet; the CLI exits with code 2. */
final class NotAvailableYet extends CommandLine.ParameterException {

    private static final long serialVersionUID = 1L;

    NotAvailableYet(CommandLine cmd, String what) {
        super(cmd, what + " is not available yet in this version of Universe Studio.");
    }
}

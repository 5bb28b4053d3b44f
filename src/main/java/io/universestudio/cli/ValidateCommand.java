package io.universestudio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check package revisions or a whole repository against the Universe's rules.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @CommandLine.Parameters(arity = "0..*", paramLabel = "ARG", hidden = true)
    private java.util.List<String> args;

    @Override
    public Integer call() {
        throw new NotAvailableYet(spec.commandLine(), "\"validate\"");
    }
}

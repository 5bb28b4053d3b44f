package io.universestudio.cli;

import io.universestudio.core.validate.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code universe-studio bundle build|definition|extract}: single-file packages (package.dcos) and the
 * build definitions of the DC/OS package registry (package-dcos.md).
 */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = {"Single-file packages (package.dcos) and DC/OS package registry build definitions.",
                "Exit codes: 0 done; 1 refused (the problems say why, nothing was written); 2 could not run."},
        subcommands = {BundleBuildCommand.class, BundleDefinitionCommand.class, BundleExtractCommand.class})
final class BundleCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints problems as {@code validate} does: severity, code, message, then the hint. */
    static void print(PrintWriter out, List<Problem> problems) {
        for (Problem p : problems) {
            out.printf("  %-7s %s %s%n", p.severity().label(), p.code(), p.message());
            if (!p.hint().isEmpty()) {
                out.println("          hint: " + p.hint());
            }
        }
    }

    /** The sentence before a refusal's problems. */
    static void printRefusal(PrintWriter err, String what, List<Problem> problems) {
        long errors = problems.stream().filter(p -> p.severity() == io.universestudio.core.validate.Severity.ERROR)
                .count();
        err.println(what + " was not written (" + errors + (errors == 1 ? " error):" : " errors):"));
        print(err, problems);
    }
}

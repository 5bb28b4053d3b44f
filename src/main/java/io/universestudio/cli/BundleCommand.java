package io.universestudio.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.universestudio.core.validate.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** False, after saying so, when the input a command was given is not there. */
    static boolean exists(PrintWriter err, Path input) {
        if (Files.exists(input)) {
            return true;
        }
        err.println("Error: " + input + " does not exist.");
        return false;
    }

    /**
     * Reports a written file: with {@code --json} one object {@code {key: path}} on standard output and the
     * notes on standard error (so the output stays one parsable object); otherwise the sentence, then the notes.
     */
    static int reportWritten(CommandLine.Model.CommandSpec spec, boolean json, String key, Path file, String sentence,
                             List<Problem> notes) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonNodeFactory.instance.objectNode().put(key, file.toString()));
            print(spec.commandLine().getErr(), notes);
        } else {
            out.println(sentence);
            print(out, notes);
        }
        return StudioCommand.OK;
    }

    /** The sentence before a refusal's problems. */
    static void printRefusal(PrintWriter err, String what, List<Problem> problems) {
        long errors = problems.stream().filter(p -> p.severity() == io.universestudio.core.validate.Severity.ERROR)
                .count();
        err.println(what + " was not written (" + errors + (errors == 1 ? " error):" : " errors):"));
        print(err, problems);
    }
}

package io.universestudio.cli;

import io.universestudio.core.bundle.DefinitionWriter;
import io.universestudio.core.bundle.PackageSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "definition", mixinStandardHelpOptions = true,
        description = {"Write the build definition the DC/OS package registry builds from.",
                "Writes DIR/<name>-<version>.json, as dcos registry migrate does, with @ references to copies of the"
                        + " revision's files in DIR/<name>-<version>/, or everything inline with --inline.",
                "Says when the registry would not take the revision.",
                "Exit codes: 0 written; 1 refused; 2 could not run."})
final class BundleDefinitionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "REVISION",
            description = "A revision folder (or its package.json), a package.dcos or a build definition.")
    private Path input;

    @Option(names = "--output-directory", paramLabel = "DIR", defaultValue = ".",
            description = "Where to write the definition (default: the current folder).")
    private Path outputDirectory;

    @Option(names = "--inline", description = "Put config, resource and the template (base64) in the definition"
            + " instead of referring to copied files.")
    private boolean inline;

    @Option(names = "--json", description = "Print {\"name\": \"...\"} instead of a sentence.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!BundleCommand.exists(err, input)) {
            return StudioCommand.COULD_NOT_RUN;
        }
        DefinitionWriter.Outcome outcome;
        try {
            PackageSources.Opened opened = PackageSources.open(input);
            if (!opened.ok()) {
                BundleCommand.printRefusal(err, "The build definition", opened.problems());
                return StudioCommand.INPUT_HAS_ERRORS;
            }
            outcome = DefinitionWriter.write(opened.revision(), outputDirectory, inline);
        } catch (IOException e) {
            err.println("Error: the build definition could not be written: " + e.getMessage());
            return StudioCommand.COULD_NOT_RUN;
        }
        if (!outcome.written()) {
            BundleCommand.printRefusal(err, "The build definition", outcome.problems());
            return StudioCommand.INPUT_HAS_ERRORS;
        }
        Path definition = outcome.definition();
        String copies = outcome.copies().isEmpty() ? "" : " and the " + outcome.copies().size() + " files it refers to";
        return BundleCommand.reportWritten(spec, json, "name", definition, "Wrote the build definition " + definition
                + copies + "; build it with: dcos registry build --build-definition-file=" + definition
                + " --output-directory=" + definition.getParent(), outcome.problems());
    }
}

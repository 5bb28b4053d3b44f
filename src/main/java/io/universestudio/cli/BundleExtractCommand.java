package io.universestudio.cli;

import io.universestudio.core.bundle.BundleExtractor;
import io.universestudio.core.bundle.BundleLimits;
import io.universestudio.core.model.RevisionFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Turn a package.dcos back into a revision folder.",
                "Writes package.json, config.json, resource.json and marathon.json.mustache (the template byte for"
                        + " byte), never over an existing revision without --force.",
                "Exit codes: 0 extracted; 1 refused; 2 could not run."})
final class BundleExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE.dcos", description = "The package.dcos to extract.")
    private Path bundle;

    @Option(names = "--output-directory", paramLabel = "DIR",
            description = "The revision folder to write (default: <name>-<version> in the current folder).")
    private Path outputDirectory;

    @Option(names = "--force", description = "Replace the package files of a revision already in the folder.")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(bundle)) {
            err.println("Error: " + bundle + (Files.isDirectory(bundle) ? " is a folder, not a package.dcos."
                    : " does not exist."));
            return StudioCommand.COULD_NOT_RUN;
        }
        BundleExtractor.Outcome outcome;
        try {
            outcome = new BundleExtractor(BundleLimits.DEFAULT).extract(bundle, outputDirectory,
                    Path.of("").toAbsolutePath(), force);
        } catch (IOException e) {
            err.println("Error: " + bundle + " could not be extracted: " + e.getMessage());
            return StudioCommand.COULD_NOT_RUN;
        }
        if (!outcome.written()) {
            BundleCommand.printRefusal(err, "The revision folder", outcome.problems());
            return StudioCommand.INPUT_HAS_ERRORS;
        }
        out.println("Extracted " + bundle + " into " + outcome.folder() + ": "
                + outcome.files().stream().map(RevisionFile::fileName).collect(Collectors.joining(", ")) + ".");
        BundleCommand.print(out, outcome.problems());
        return StudioCommand.OK;
    }
}

package io.universestudio.cli;

import io.universestudio.core.bundle.BundleBuilder;
import io.universestudio.core.bundle.BundleLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build a package.dcos from a revision folder or a build definition.",
                "Writes DIR/<name>-<version>-<md5>.dcos, the single-file package of DC/OS 1.9 and 1.10: a zip holding"
                        + " metadata.json and manifest.json. A build definition may name files with @ local"
                        + " references, as the DC/OS CLI and the package registry take them.",
                "Nothing is written when a check fails, and nothing is overwritten.",
                "Exit codes: 0 built; 1 refused; 2 could not run."})
final class BundleBuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH",
            description = "A revision folder (or its package.json), or a build definition (.json).")
    private Path input;

    @Option(names = "--output-directory", paramLabel = "DIR", defaultValue = ".",
            description = "Where to write the package.dcos (default: the current folder).")
    private Path outputDirectory;

    @Option(names = "--json", description = "Print {\"package_path\": \"...\"} instead of a sentence.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!BundleCommand.exists(err, input)) {
            return StudioCommand.COULD_NOT_RUN;
        }
        BundleBuilder.Outcome outcome;
        try {
            outcome = new BundleBuilder(AppVersion.current(), BundleLimits.DEFAULT).build(input, outputDirectory);
        } catch (IOException e) {
            err.println("Error: the package.dcos could not be built: " + e.getMessage());
            return StudioCommand.COULD_NOT_RUN;
        }
        if (!outcome.written()) {
            BundleCommand.printRefusal(err, "The package.dcos", outcome.problems());
            return StudioCommand.INPUT_HAS_ERRORS;
        }
        return BundleCommand.reportWritten(spec, json, "package_path", outcome.file(),
                "Built the package.dcos " + outcome.file() + ".", outcome.problems());
    }
}

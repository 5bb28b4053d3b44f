package io.universestudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.io.IoMessages;
import io.universestudio.core.io.PackageFileReader;
import io.universestudio.core.io.RevisionLoadException;
import io.universestudio.core.io.RevisionPaths;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.json.LocatedJsonReader;
import io.universestudio.core.json.ParsedJson;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.SourceText;
import io.universestudio.core.render.CosmosLabels;
import io.universestudio.core.render.RenderFailure;
import io.universestudio.core.render.RenderRequest;
import io.universestudio.core.render.RenderResult;
import io.universestudio.core.render.RenderSuccess;
import io.universestudio.core.render.Renderer;
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

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render a revision's Marathon app exactly as DC/OS Cosmos would.",
                "Prints the app as /package/render returns it (nulls dropped, 2-space indent, keys in Cosmos's"
                        + " order), or why Cosmos would refuse it and where in the template (exit code 1)."})
final class RenderCommand implements Callable<Integer> {

    /** How the labels DCOS_PACKAGE_OPTIONS and DCOS_PACKAGE_DEFINITION are shown. */
    enum LabelStyle { encoded, decoded }

    /** Output layout. */
    enum Format { pretty, compact }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH",
            description = "The revision folder (e.g. repo/packages/H/hello/3) or its package.json.")
    private Path path;

    @Option(names = "--options", paramLabel = "FILE", description = "A JSON file with the options a user would give.")
    private Path optionsFile;

    @Option(names = "--app-id", paramLabel = "ID", description = "Use this app id instead (a leading / is added).")
    private String appId;

    @Option(names = "--source", paramLabel = "URI",
            description = "The repository URI written to DCOS_PACKAGE_SOURCE (the default is ${DEFAULT-VALUE}).")
    private String source = RenderRequest.DEFAULT_SOURCE;

    @Option(names = "--install", description = "Print what an install sends to Marathon (nulls kept).")
    private boolean install;

    @Option(names = "--labels", paramLabel = "STYLE",
            description = "Show the labels encoded (as Cosmos sets them, the default) or decoded (OPTIONS and"
                    + " DEFINITION as JSON).")
    private LabelStyle labels = LabelStyle.encoded;

    @Option(names = "--no-labels", description = "Leave out the five DCOS_PACKAGE_* labels Cosmos adds.")
    private boolean noLabels;

    @Option(names = "--format", paramLabel = "FORMAT", description = "The layout: pretty (the default) or compact.")
    private Format format = Format.pretty;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Revision revision;
        try {
            revision = RevisionReader.read(RevisionPaths.folderOf(path));
        } catch (RevisionLoadException e) {
            err.println("Cannot read " + path + ": " + e.getMessage());
            return StudioCommand.COULD_NOT_RUN;
        }
        if (!revision.fileIssues().isEmpty()) {
            // The index would refuse this revision, so no cluster would ever render it.
            revision.fileIssues().forEach(i -> err.println("Not rendered: " + i.message()));
            return StudioCommand.INPUT_HAS_ERRORS;
        }
        ObjectNode options;
        try {
            options = readOptions();
        } catch (IllegalArgumentException | IOException e) {
            err.println(e.getMessage());
            return StudioCommand.COULD_NOT_RUN;
        }
        RenderResult result = new Renderer().render(revision, new RenderRequest(options, appId, source));
        if (result instanceof RenderFailure f) {
            err.println(f.describe());
            excerpt(f, err);
            return StudioCommand.INPUT_HAS_ERRORS;
        }
        RenderSuccess s = (RenderSuccess) result;
        JsonNode app = install ? s.installJson()
                : labels == LabelStyle.decoded ? s.renderJsonWithDecodedLabels() : s.renderJson();
        if (noLabels) {
            withoutCosmosLabels((ObjectNode) app);
        }
        if (install && labels == LabelStyle.decoded) {
            err.println("Note: --install prints the labels as Cosmos sends them; --labels decoded is ignored.");
        }
        if (format == Format.compact) {
            out.println(JsonText.compact(app));
        } else {
            out.print(JsonText.pretty(app));
        }
        return StudioCommand.OK;
    }

    private static void withoutCosmosLabels(ObjectNode app) {
        if (app.get("labels") instanceof ObjectNode l) {
            l.remove(java.util.List.of(CosmosLabels.NAME, CosmosLabels.VERSION, CosmosLabels.SOURCE, CosmosLabels.OPTIONS,
                    CosmosLabels.DEFINITION));
            if (l.isEmpty()) {
                app.remove("labels");
            }
        }
    }

    private ObjectNode readOptions() throws IOException {
        if (optionsFile == null) {
            return null;
        }
        if (!Files.isRegularFile(optionsFile)) {
            throw new IllegalArgumentException("The options file " + optionsFile + " does not exist.");
        }
        if (Files.size(optionsFile) > PackageFileReader.MAX_BYTES) {
            throw new IllegalArgumentException("The options file " + optionsFile + " is larger than 32 MB; options"
                    + " are a few kilobytes.");
        }
        String text;
        try {
            text = SourceText.decode(Files.readAllBytes(optionsFile)).text();
        } catch (IOException e) {
            throw new IllegalArgumentException("The options file " + optionsFile + " could not be read: "
                    + IoMessages.plain(e) + ".");
        }
        ParsedJson parsed = LocatedJsonReader.read(text);
        if (!parsed.parsed()) {
            var p = parsed.problems().get(0);
            throw new IllegalArgumentException("The options file " + optionsFile + " is not valid JSON ("
                    + p.position().line() + ":" + p.position().column() + "): " + p.message() + ". " + p.hint());
        }
        if (!parsed.tree().isObject()) {
            throw new IllegalArgumentException("The options file " + optionsFile + " must hold a JSON object.");
        }
        return (ObjectNode) parsed.tree();
    }

    /** The rendered lines around a JSON error, so the cause can be seen without the GUI. */
    private static void excerpt(RenderFailure f, PrintWriter err) {
        if (f.renderedText() == null || f.position() == null) {
            return;
        }
        String[] lines = f.renderedText().split("\n", -1);
        // The line to fix (for a missing comma, the line before the one where reading stopped).
        int line = f.syntaxIfAny().map(s -> s.position().line()).orElse(f.position().line());
        err.println("Rendered text:");
        for (int i = Math.max(1, line - 2); i <= Math.min(lines.length, line + 2); i++) {
            err.printf("%5d%s %s%n", i, i == line ? ">" : " ", lines[i - 1]);
        }
    }
}

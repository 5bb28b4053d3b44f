package io.universestudio.cli;

import io.universestudio.core.io.FileTrees;
import io.universestudio.core.io.PackageNames;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.Revision;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run for the command-line launcher's AOT cache (ADR 0151), started by {@code mvn -Pdist package}
 * (and by the .deb's postinst) with the image's runtime, the CLI launcher's options and
 * {@code -XX:AOTCacheOutput}: it writes the bundled samples into a repository of its own and runs the
 * commands a person runs most on it (validate, index, render, bundle build, the version), through the same
 * entry point as the launcher, their output discarded. The classes they load are then read from the cache
 * by every later command. Exits 1 when a command fails, so an image never ships a cache of a broken run.
 */
public final class CliTraining {

    private CliTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Files.createTempDirectory("universe-studio-cli-training");
        List<String> failed = new ArrayList<>();
        try {
            Path repository = home.resolve("repo");
            Path first = null;
            for (String sample : Samples.NAMES) {
                Revision revision = Samples.load(sample);
                String name = revision.name().orElse(sample);
                Path folder = repository.resolve("packages").resolve(PackageNames.letterOf(name)).resolve(name).resolve("0");
                RevisionWriter.write(revision, folder);
                first = first == null ? folder : first;
            }
            PrintWriter discarded = new PrintWriter(Writer.nullWriter());
            List<String[]> commands = List.of(
                    new String[] {"validate", repository.toString()},
                    new String[] {"index", repository.toString(), home.resolve("index").toString()},
                    new String[] {"render", first.toString()},
                    new String[] {"bundle", "build", first.toString(), "--output-directory=" + home.resolve("bundles")},
                    new String[] {"--version"});
            for (String[] command : commands) {
                int code = StudioCommand.execute(command, discarded, discarded);
                if (code != StudioCommand.OK) {
                    failed.add(String.join(" ", command) + " (exit " + code + ")");
                }
            }
        } finally {
            deleteQuietly(home);
        }
        if (!failed.isEmpty()) {
            System.err.println("CLI training failed: " + String.join("; ", failed));
            System.exit(1);
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            FileTrees.deleteTree(root);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}

package io.universestudio.cli;

import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.index.IndexResult;
import io.universestudio.core.io.RepositoryLock;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.publish.RepositoryRecovery;
import io.universestudio.core.validate.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Write a repository's index files as the Universe's build does.",
                "The files are universe.json, repo-up-to-<DC/OS>.json for 1.8 to 2.0, <DC/OS>/package/<name>.json"
                        + " and their .content_type files.",
                "Revisions that would make DC/OS reject the repository are left out and reported.",
                "Exit codes: 0 indexed, 1 some revisions were left out, 2 could not run."})
final class IndexCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "REPO", description = "The repository folder (it holds packages/ or repo/packages/).")
    private Path repository;

    @CommandLine.Parameters(index = "1", arity = "0..1", paramLabel = "OUT", description = "The output folder (created if needed; an earlier index there is replaced).")
    private Path out;

    @CommandLine.Option(names = "--out", paramLabel = "DIR", description = "The output folder, given as an option.")
    private Path outOption;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path target = out != null ? out : outOption;
        if (target == null) {
            stderr.println("Say where to write the index: universe-studio index REPO OUT");
            return StudioCommand.COULD_NOT_RUN;
        }
        if (!UniverseRepository.isRepository(repository)) {
            stderr.println(repository + " is not a Universe repository: it has neither packages/ nor repo/packages/.");
            return StudioCommand.COULD_NOT_RUN;
        }
        long start = System.nanoTime();
        IndexResult result;
        IndexGenerator generator = new IndexGenerator();
        // A repository Universe Studio publishes to is written by one process at a time: wait for a publish
        // to finish, and repair what an interrupted one left (an index that misses revisions).
        Optional<RepositoryLock> lock = Optional.empty();
        try {
            if (RepositoryRecovery.hasBookkeeping(repository)) {
                lock = RepositoryLock.acquire(repository, stderr::println, () -> false);
                RepositoryRecovery.recoverLocked(repository.toAbsolutePath().normalize(), generator)
                        .forEach(stdout::println);
            }
            result = generator.generate(repository, target);
        } catch (IOException e) {
            stderr.println("The index could not be written to " + target + ": "
                    + io.universestudio.core.io.IoMessages.plain(e) + ".");
            return StudioCommand.COULD_NOT_RUN;
        } finally {
            release(lock);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        stdout.printf("Indexed %s into %s in %d ms (%d files).%n", repository, result.outDir(), ms,
                result.filesWritten());
        result.entryCounts().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> stdout.printf("  %-24s %5d entries%n", e.getKey(), e.getValue()));
        for (Problem p : result.problems()) {
            stdout.println(p.severity() + " " + p.code() + " " + p.where() + ": " + p.message());
        }
        return result.hasErrors() ? StudioCommand.INPUT_HAS_ERRORS : StudioCommand.OK;
    }

    private static void release(Optional<RepositoryLock> lock) {
        lock.ifPresent(l -> {
            try {
                l.close();
            } catch (IOException e) {
                System.getLogger(IndexCommand.class.getName()).log(System.Logger.Level.DEBUG, "Unlocking failed", e);
            }
        });
    }
}
